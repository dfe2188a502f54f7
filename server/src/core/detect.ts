/**
 * Decides whether a text is a Chinese bulletin, and if not, why: so that an
 * English README stays untouched and a GBK file read as UTF-8 is explained.
 */
import { countHan } from './text';

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
  if (looksMojibake(visible)) return { isBulletin: false, reason: 'mojibake' };
  if (looksBinary(visible)) return { isBulletin: false, reason: 'binary' };
  const han = countHan(visible);
  if (han < MIN_HAN || han / [...visible].length < MIN_HAN_RATIO) return { isBulletin: false, reason: 'not-chinese' };
  return { isBulletin: true };
}

/** Many control characters: not text. */
function looksBinary(visible: string): boolean {
  let controls = 0;
  for (let i = 0; i < visible.length; i++) {
    const c = visible.charCodeAt(i);
    if (c < 32 || (c >= 0x7f && c < 0xa0)) controls++;
  }
  return controls / visible.length > 0.05;
}

/**
 * GBK or GB18030 bytes decoded as UTF-8 give many U+FFFD; decoded as Latin-1
 * or Windows-1252 they give runs of accented Latin letters. Either way, Han
 * characters are rare.
 */
function looksMojibake(visible: string): boolean {
  let replacement = 0;
  let latin1 = 0;
  for (let i = 0; i < visible.length; i++) {
    const c = visible.charCodeAt(i);
    if (c === 0xfffd) replacement++;
    else if (c >= 0x80 && c <= 0xff) latin1++;
  }
  const han = countHan(visible);
  return (replacement + latin1) / visible.length > 0.2 && han < (replacement + latin1);
}
