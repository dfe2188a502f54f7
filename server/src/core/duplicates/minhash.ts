/**
 * The keys under which a paragraph is filed, so that its copies are found
 * without comparing it to every other paragraph:
 *
 * - band keys: a MinHash signature of its character pairs, cut into bands;
 *   two paragraphs whose pairs overlap much share a band with high
 *   probability (locality-sensitive hashing). One-permutation hashing with
 *   densification gives all BINS values from one pass over the text.
 * - head and tail keys: its first and last characters, so a copy cut short by
 *   a page break (a prefix or a suffix) meets the whole.
 * - an exact key: a hash of the text itself.
 */

export const BANDS = 16;
export const ROWS = 4;
const BINS = BANDS * ROWS;
/** The top bits of a hash pick its bin (BINS is a power of two). */
const BIN_SHIFT = 32 - Math.log2(BINS);
/** Characters a head or tail key covers (never more than the shortest indexed paragraph). */
export const EDGE = 12;

export const KEY_COUNT = BANDS + 3;
export const HEAD_KEY = BANDS;
export const TAIL_KEY = BANDS + 1;
export const EXACT_KEY = BANDS + 2;

/** The keys of one paragraph; `norm` is its normalised text, `edge` the head/tail length. */
export function keysOf(text: string, norm: string, edge: number): Uint32Array {
  const keys = new Uint32Array(KEY_COUNT);
  const signature = minhash(norm, SIGNATURE, FILLED);
  for (let b = 0; b < BANDS; b++) {
    let h = fmix(0x5bd1e995 + b);
    for (let r = 0; r < ROWS; r++) h = fmix(h ^ Math.imul(signature[b * ROWS + r], 0x9e3779b1));
    keys[b] = h;
  }
  keys[HEAD_KEY] = hashString(norm.slice(0, edge), 0x1b873593);
  keys[TAIL_KEY] = hashString(norm.slice(-edge), 0x85ebca6b);
  keys[EXACT_KEY] = hashString(text, 0xc2b2ae35);
  return keys;
}

/** keysOf's buffers for the signature: it reads the signature at once, and allocating them for every paragraph showed in profiles. */
const SIGNATURE = new Uint32Array(BINS);
const FILLED = new Uint8Array(BINS);

/** One-permutation MinHash over character pairs, empty bins filled by optimal densification (into `sig`, which is returned). */
export function minhash(norm: string, sig = new Uint32Array(BINS), filled = new Uint8Array(BINS)): Uint32Array {
  sig.fill(0xffffffff);
  filled.fill(0);
  const last = Math.max(1, norm.length - 1);
  for (let i = 0; i < last; i++) {
    const pair = ((norm.charCodeAt(i) << 16) | (norm.charCodeAt(i + 1) || 0)) >>> 0;
    const h = fmix(pair) >>> 0;
    const bin = h >>> BIN_SHIFT;
    if (h < sig[bin]) sig[bin] = h;
    filled[bin] = 1;
  }
  if (norm.length === 0) return sig.fill(0);
  for (let bin = 0; bin < BINS; bin++) {
    if (filled[bin]) continue;
    // Borrow from a bin chosen by a fixed sequence per bin, so equal texts borrow alike.
    let from = -1;
    for (let attempt = 1; attempt <= 4 * BINS && from < 0; attempt++) {
      const candidate = (fmix(Math.imul(bin + 1, 0x27d4eb2d) + attempt) >>> 0) % BINS;
      if (filled[candidate]) from = candidate;
    }
    sig[bin] = sig[from >= 0 ? from : filled.indexOf(1)];
  }
  return sig;
}

/** MurmurHash3's finaliser: a cheap, well-mixed 32-bit hash of a 32-bit value. */
export function fmix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** A 32-bit hash of a string's UTF-16 units. */
export function hashString(s: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h ^ s.length);
}
