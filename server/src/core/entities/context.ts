/**
 * What every entity rule reads: the text and jieba's words, indexed by
 * offset so a rule can ask in O(1) which word covers a character and whether
 * a word boundary falls at a position.
 */
import type { TaggedWord } from '../segmenter';
import { isHan } from '../text';

export interface TextContext {
  text: string;
  words: TaggedWord[];
  /** Index into `words` of the word covering each offset, or -1. */
  wordAt: Int32Array;
}

/** Indexes the words by offset (one pass). */
export function makeContext(text: string, words: TaggedWord[]): TextContext {
  const wordAt = new Int32Array(text.length + 1).fill(-1);
  words.forEach((w, i) => wordAt.fill(i, w.start, w.end));
  return { text, words, wordAt };
}

/** The word covering `pos`, if any. */
export function wordCovering(ctx: TextContext, pos: number): TaggedWord | undefined {
  const i = pos >= 0 && pos < ctx.text.length ? ctx.wordAt[pos] : -1;
  return i >= 0 ? ctx.words[i] : undefined;
}

/** The word that starts exactly at `pos`, if any. */
export function wordStartingAt(ctx: TextContext, pos: number): TaggedWord | undefined {
  const w = wordCovering(ctx, pos);
  return w && w.start === pos ? w : undefined;
}

/** jieba put a word boundary at `pos` (the ends of the text count). */
export function isBoundary(ctx: TextContext, pos: number): boolean {
  if (pos <= 0 || pos >= ctx.text.length) return true;
  const w = wordCovering(ctx, pos);
  return !w || w.start === pos;
}

/**
 * A dictionary word runs across `pos` (covers pos-1 and pos). Words jieba
 * made up itself (tag `x`, glued by its HMM: 局要, 为区) are not trusted.
 */
export function crossedByWord(ctx: TextContext, pos: number): boolean {
  const w = wordCovering(ctx, pos);
  return !!w && w.start < pos && w.tag !== 'x';
}

/** True for the character at `pos` being a Han ideograph (𠮷, outside the BMP, included). */
export function hanAt(text: string, pos: number): boolean {
  return pos >= 0 && pos < text.length && isHan(text.codePointAt(pos)!);
}

/** Spans inside 《…》: titles of documents and works, whose words are not mentions. */
export function bookTitleSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/《[^《》\r\n]{1,60}》/g)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}
