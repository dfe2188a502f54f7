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

/** NFKC (full width → half width), quotes and stops folded, no spaces, lower case. */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '').replace(FOLD, (c) => FOLDED[c]).toLowerCase();
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
