/**
 * The form paragraphs are compared in: copies that differ only in spaces,
 * punctuation widths (“，” vs “,”) or quote styles compare equal.
 */

/** Punctuation NFKC leaves alone but copies write either way. */
const FOLDED: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '「': '"', '」': '"', '『': '"', '』': '"',
  '‘': "'", '’': "'",
  '。': '.', '．': '.', '｡': '.',
  '—': '-', '–': '-', '―': '-', '－': '-',
  '〈': '<', '〉': '>', '《': '<', '》': '>',
  '【': '[', '】': ']', '〔': '(', '〕': ')',
};
const FOLD = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');
const SPACES = /[\s\u3000\u00a0\ufeff\u200b]+/g;

/**
 * Characters NFKC leaves as they are, or (full-width ASCII) maps by a fixed
 * offset: most bulletin text, which then skips the costlier NFKC pass.
 */
const PLAIN = /^[\u0000-\u007f\u00b7\u2014\u2018-\u201d\u3000-\u3011\u3014-\u3015\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]*$/;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

/** NFKC (full width → half width), quotes and stops folded, no spaces, lower case. */
export function normalizeForComparison(text: string): string {
  const nfkc = PLAIN.test(text) ? text.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text.normalize('NFKC');
  return nfkc.replace(SPACES, '').replace(FOLD, (c) => FOLDED[c]).toLowerCase();
}

/** Number of code points (a character outside the BMP counts once). */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * The character pairs of a normalised text as sorted, distinct numbers (one
 * pair of UTF-16 units each; a text of one unit gives that unit alone).
 */
export function charPairs(norm: string): Int32Array {
  if (norm.length < 2) return Int32Array.from(norm.length ? [norm.charCodeAt(0)] : []);
  const out = new Int32Array(norm.length - 1);
  for (let i = 0; i + 1 < norm.length; i++) out[i] = (norm.charCodeAt(i) << 16) | norm.charCodeAt(i + 1);
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.subarray(0, n);
}
