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

/** NFKC (full width → half width), quotes and stops folded, no spaces, lower case. */
export function normalizeForComparison(text: string): string {
  if (PLAIN.test(text)) return foldPlain(text);
  return text.normalize('NFKC').replace(SPACES, '').replace(FOLD, (c) => FOLDED[c]).toLowerCase();
}

/** What each UTF-16 unit of a PLAIN text becomes: itself, another unit, or nothing (-1, a space). */
const PLAIN_MAP = (() => {
  const map = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (!PLAIN.test(ch)) continue;
    const folded = (c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch).replace(SPACES, '').replace(FOLD, (x) => FOLDED[x]).toLowerCase();
    map[c] = folded.length ? folded.charCodeAt(0) : -1;
  }
  return map;
})();
const CHUNK = 8192;
let scratch = new Uint16Array(1024);

/**
 * The slow path's passes in one, for a text PLAIN holds: each unit maps to
 * at most one unit on its own, so a table built from the passes gives the
 * same string (a test checks every such character).
 */
function foldPlain(text: string): string {
  if (scratch.length < text.length) scratch = new Uint16Array(Math.max(text.length, scratch.length * 2));
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const to = PLAIN_MAP[text.charCodeAt(i)];
    if (to >= 0) scratch[n++] = to;
  }
  let out = '';
  for (let at = 0; at < n; at += CHUNK) out += String.fromCharCode.apply(null, scratch.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]);
  return out;
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
