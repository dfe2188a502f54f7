/**
 * The size limit on a bulletin (setting bulletin.maxFileSize, in MB): a
 * text over it is not analysed at all — no outline, no entities, no repeat
 * search — so a 50 MB log opened by mistake costs nothing but its notice.
 * A file on disk is judged by its size before it is read.
 */
import type { Lang } from './messages';
import type { Finding } from './model';

export const FILE_TOO_LARGE_CODE = 'file-too-large';
export const DEFAULT_MAX_FILE_SIZE_MB = 16;
/** The setting (the command line names its option instead). */
export const MAX_FILE_SIZE_SETTING = 'bulletin.maxFileSize';

const MB = 1024 * 1024;
/** How much of the first line the notice covers. */
const NOTICE_LENGTH = 200;

/** The limit in bytes of a limit in MB; anything not a positive number means the default. */
export function maxFileBytes(megabytes: unknown): number {
  const mb = typeof megabytes === 'number' && Number.isFinite(megabytes) && megabytes > 0 ? megabytes : DEFAULT_MAX_FILE_SIZE_MB;
  return Math.round(mb * MB);
}

/**
 * The size of a text in UTF-8 bytes (as saved), where it is not already
 * plain from its length: each UTF-16 unit takes one to three bytes.
 */
export function exceedsLimit(text: string, limitBytes: number): boolean {
  if (text.length > limitBytes) return true;
  if (text.length * 3 <= limitBytes) return false;
  return Buffer.byteLength(text, 'utf8') > limitBytes;
}

/** A size for people: 20 kB, 0.2 MB, 12.5 MB, 50 MB. */
export function megabytesLabel(bytes: number): string {
  const mb = bytes / MB;
  if (mb < 0.1) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${mb >= 10 ? Math.round(mb) : +mb.toFixed(mb >= 1 ? 1 : 2)} MB`;
}

/** The notice on a text over the limit: its size, the limit, and what to change (`how`: the setting or a command-line option). */
export function fileTooLargeMessage(lang: Lang, bytes: number, limitBytes: number, how: string = MAX_FILE_SIZE_SETTING): string {
  const size = megabytesLabel(bytes);
  const limit = megabytesLabel(limitBytes);
  return lang === 'zh'
    ? `文件过大（${size}，超过 ${how} 设定的 ${limit}），未作分析：不生成大纲、不标注人物单位提法、不查找重复段落。如需分析，请调大 ${how}。`
    : `File too large (${size}, over the ${how} limit of ${limit}): not analysed — no outline, no persons, units or slogans, no repeated-paragraph search. Raise ${how} to analyse it.`;
}

/** Said once after indexing the workspace, when files were left unread: how many, the first few names, the limit. */
export function oversizedFilesMessage(lang: Lang, names: string[], limitBytes: number): string {
  const limit = megabytesLabel(limitBytes);
  const shown = names.slice(0, 3).join(lang === 'zh' ? '、' : ', ') + (names.length > 3 ? (lang === 'zh' ? ' 等' : ', …') : '');
  return lang === 'zh'
    ? `工作区中有 ${names.length} 个文件超过 ${MAX_FILE_SIZE_SETTING} 设定的 ${limit}，未读取，不参与重复段落查找：${shown}。`
    : `${names.length} workspace file(s) over the ${MAX_FILE_SIZE_SETTING} limit of ${limit} were not read and are left out of the repeat search: ${shown}.`;
}

/** What the notice needs of a document: its text and why it is not analysed. */
interface Judged {
  text: string;
  isBulletin: boolean;
  notBulletinReason?: string;
}

/** The notice for a text judged too large, on (the start of) its first line; none otherwise. */
export function fileSizeFindings(doc: Judged, lang: Lang, limitBytes: number): Finding[] {
  if (doc.isBulletin || doc.notBulletinReason !== 'too-large') return [];
  const message = fileTooLargeMessage(lang, Buffer.byteLength(doc.text, 'utf8'), limitBytes);
  return [{ code: FILE_TOO_LARGE_CODE, severity: 'information', start: 0, end: firstLineEnd(doc.text, NOTICE_LENGTH), message, related: [] }];
}

/** Where the first line ends, at most `max` units in and never inside a surrogate pair. */
export function firstLineEnd(text: string, max: number): number {
  const head = text.slice(0, max);
  const firstBreak = head.search(/[\r\n]/);
  const end = firstBreak < 0 ? head.length : firstBreak;
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}
