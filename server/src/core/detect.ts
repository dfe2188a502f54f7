/**
 * Decides whether a text is a Chinese bulletin, and if not, why: so that an
 * English README stays untouched and a GBK file read as UTF-8 is explained.
 */
import { isHan } from './text';

/** `too-large`: over the size limit, not looked at (fileSize.ts). */
export type NotBulletinReason = 'empty' | 'binary' | 'mojibake' | 'not-chinese' | 'too-large';

export interface BulletinCheck {
  isBulletin: boolean;
  reason?: NotBulletinReason;
}

/** How much of the text is looked at: enough to judge, cheap on huge files. */
const SAMPLE_LENGTH = 20000;
const MIN_HAN = 10;
const MIN_HAN_RATIO = 0.3;

/** Judges a text from its first part. */
export function checkBulletin(text: string): BulletinCheck {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const visible = sample.replace(/[\s\u3000]/g, '');
  if (visible.length === 0) return { isBulletin: false, reason: 'empty' };
  if (visible.includes('\u0000')) return { isBulletin: false, reason: 'binary' };
  // One pass over the characters for every count (bulk indexing calls this on each file).
  const c = countChars(visible);
  if (looksMojibake(c, visible.length)) return { isBulletin: false, reason: 'mojibake' };
  if (c.controls / visible.length > 0.05) return { isBulletin: false, reason: 'binary' };
  if (c.han < MIN_HAN || c.han / c.codePoints < MIN_HAN_RATIO) return { isBulletin: false, reason: 'not-chinese' };
  return { isBulletin: true };
}

interface CharCounts {
  /** Characters as `for…of` reads them: a surrogate pair counts once. */
  codePoints: number;
  han: number;
  /** U+FFFD. */
  replacement: number;
  /** U+0080–U+00FF. */
  latin1: number;
  /** C0 and C1 control characters (not text). */
  controls: number;
}

function countChars(visible: string): CharCounts {
  const counts: CharCounts = { codePoints: 0, han: 0, replacement: 0, latin1: 0, controls: 0 };
  for (let i = 0; i < visible.length; i++) {
    const c = visible.charCodeAt(i);
    counts.codePoints++;
    if (c < 32 || (c >= 0x7f && c < 0xa0)) counts.controls++;
    if (c === 0xfffd) counts.replacement++;
    else if (c >= 0x80 && c <= 0xff) counts.latin1++;
    let codePoint = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < visible.length) {
      const low = visible.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isHan(codePoint)) counts.han++;
  }
  return counts;
}

/**
 * GBK or GB18030 bytes decoded as UTF-8 give many U+FFFD; decoded as Latin-1
 * or Windows-1252 they give runs of accented Latin letters. Either way, Han
 * characters are rare.
 */
function looksMojibake(c: CharCounts, length: number): boolean {
  return (c.replacement + c.latin1) / length > 0.2 && c.han < c.replacement + c.latin1;
}
