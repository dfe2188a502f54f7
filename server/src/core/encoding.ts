/**
 * A file that is not UTF-8: GBK/GB18030 bytes shown as UTF-8 turn into
 * replacement characters (U+FFFD) or Latin-1 letters. The analysis cannot
 * read them, so it says how to reopen the file with the right encoding.
 */
import type { Lang } from './messages';
import type { Finding } from './model';

export const WRONG_ENCODING_CODE = 'wrong-encoding';

const MESSAGES = {
  zh: '此文件似乎不是 UTF-8 编码（可能是 GBK/GB18030），内容显示为乱码，无法分析。请用“通过编码重新打开”(Reopen with Encoding) 选择“Simplified Chinese (GB 18030)”或“GBK”，或将文件另存为 UTF-8。',
  en: 'This file does not look like UTF-8 (probably GBK/GB18030): its text is garbled and cannot be analysed. Use "Reopen with Encoding" and pick "Simplified Chinese (GB 18030)" or "GBK", or save the file as UTF-8.',
};

/** What the check needs of a document: its text and why it is not a bulletin. */
interface Judged {
  text: string;
  isBulletin: boolean;
  notBulletinReason?: string;
}

/** The finding for a file judged mojibake, covering its first line; none otherwise. */
export function encodingFindings(model: Judged, lang: Lang): Finding[] {
  if (model.isBulletin || model.notBulletinReason !== 'mojibake') return [];
  const firstBreak = model.text.search(/[\r\n]/);
  const end = firstBreak < 0 ? Math.min(model.text.length, 200) : Math.min(firstBreak, 200);
  return [{ code: WRONG_ENCODING_CODE, severity: 'warning', start: 0, end: endOnBoundary(model.text, end), message: MESSAGES[lang], related: [] }];
}

/** Moves an end offset back off the middle of a surrogate pair. */
function endOnBoundary(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}
