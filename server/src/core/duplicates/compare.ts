/**
 * Decides how a later paragraph repeats an earlier one, if it does: the same
 * text (exact), a few characters changed (near), or one copy cut short by a
 * page break (partial: a prefix or suffix of the other).
 */
import type { DuplicateKind } from './types';
import { charPairs } from './normalize';

/** One side of a comparison: the trimmed text and its normalised form. */
export interface Side {
  text: string;
  norm: string;
  pairs?: Int32Array;
}

export interface Match {
  kind: DuplicateKind;
  similarity: number;
  fragment?: 'self' | 'original';
  contained: boolean;
}

/** How `later` repeats `earlier`, or undefined. `threshold` is the near-duplicate similarity. */
export function compareCopies(later: Side, earlier: Side, threshold: number): Match | undefined {
  if (later.text === earlier.text) return { kind: 'exact', similarity: 1, contained: true };
  if (later.norm === earlier.norm) return { kind: 'near', similarity: 1, contained: true };
  const laterIsShort = later.norm.length < earlier.norm.length;
  const [short, long] = laterIsShort ? [later, earlier] : [earlier, later];
  const fragment = laterIsShort ? 'self' : 'original';
  if (isCut(short.norm, long.norm)) {
    const share = short.norm.length / long.norm.length;
    // Missing a few words (a lead-in such as 本报讯 added or dropped) is a near copy, not a cut paragraph;
    // the start of the other stopping mid-sentence (…立即整改，) is one a page break cut, however much it keeps.
    if (share >= threshold && !stopsMidSentence(short.text, long.norm.startsWith(short.norm))) return { kind: 'near', similarity: round(share), contained: laterIsShort };
    return { kind: 'partial', similarity: round(share), fragment, contained: true };
  }
  const shared = sharedCount(pairsOf(later), pairsOf(earlier));
  const similarity = shared / (pairsOf(later).length + pairsOf(earlier).length - shared || 1);
  if (similarity >= threshold) return { kind: 'near', similarity: round(similarity), contained: false };
  // A fragment close to the start or end of the other shares most of its pairs with it; skip the search otherwise.
  if (shared < 0.8 * ((2 * threshold) / (1 + threshold)) * pairsOf(short).length) return undefined;
  const cut = approximateCut(short, long.norm, threshold);
  if (cut === undefined) return undefined;
  return { kind: 'partial', similarity: round(cut * (short.norm.length / long.norm.length)), fragment, contained: false };
}

/** `short` is exactly the start or the end of `long`, and what is missing holds words, not only punctuation. */
function isCut(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  const rest = long.startsWith(short) ? long.slice(short.length) : long.endsWith(short) ? long.slice(0, -short.length) : undefined;
  return rest !== undefined && /[\p{L}\p{N}]/u.test(rest);
}

/** A page break ends a fragment anywhere but at a sentence's end: after a comma, a word, an open quote. */
const SENTENCE_END = /[。！？!?；;…”’"」』）)】]$/;

/** `short`, the start of the other copy (`isStart`), stops where no sentence ends. */
function stopsMidSentence(short: string, isStart: boolean): boolean {
  return isStart && !SENTENCE_END.test(short.trimEnd());
}

/** Similarity of `short` to the start or end of `long` of the same length, when at or above threshold. */
function approximateCut(short: Side, long: string, threshold: number): number | undefined {
  if (long.length - short.norm.length < 2) return undefined;
  const n = short.norm.length;
  const best = Math.max(jaccard(pairsOf(short), charPairs(long.slice(0, n))), jaccard(pairsOf(short), charPairs(long.slice(-n))));
  return best >= threshold ? best : undefined;
}

function pairsOf(side: Side): Int32Array {
  return (side.pairs ??= charPairs(side.norm));
}

/** Jaccard similarity of two sorted, distinct number lists. */
export function jaccard(a: Int32Array, b: Int32Array): number {
  const shared = sharedCount(a, b);
  const union = a.length + b.length - shared;
  return union ? shared / union : 1;
}

/** How many numbers two sorted, distinct lists have in common. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/** Two decimals, rounded down: a near copy never shows as 100 %. */
function round(x: number): number {
  return Math.floor(x * 100 + 1e-9) / 100;
}
