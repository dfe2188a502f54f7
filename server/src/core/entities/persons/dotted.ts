/**
 * Names written with a middle dot: a Uyghur or Kazakh name and its
 * father's (热依拉·吐尔逊, 达吾列提·加肯). Each side is read as name
 * elements or spelt only in the characters of those sounds, so a dotted
 * title (“春风化雨·润物无声”) is not one. Where a side ends is told by
 * jieba's words: no word it knows runs across its edge (参加|阿依古丽,
 * 吐尔逊|多次).
 */
import type { Entity } from '../../model';
import { DOTTED_NAME_CHARS } from '../../lexicon/minorityNames';
import { crossedByWord, type TextContext } from '../context';
import { elementReadings } from './elements';
import { person } from './person';

/** Middle dots as typed in bulletins, the full-width full stop among them (迪力夏提．艾买尔江). */
const DOTS = /[·•・‧．]/g;
/** The longest side of a dotted name, in UTF-16 units. */
const MAX_SIDE = 6;

export function* dottedNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (const m of text.matchAll(DOTS)) {
    const dot = m.index!;
    const start = leftStart(ctx, dot);
    if (start === undefined) continue;
    const end = rightEnd(ctx, dot + 1);
    if (end !== undefined) yield person(text, start, end, 'dotted');
  }
}

/** The given name of a dotted name (达吾列提 of 达吾列提·加肯), by which the text may call the person later. */
export function dottedGivenName(name: string): string | undefined {
  const dot = name.search(/[·•・‧．]/);
  return dot >= 2 ? name.slice(0, dot) : undefined;
}

/** Where the side ending at the dot begins, reading the longest run (古再努尔, not 再努尔; 阿依古丽, not 古丽). */
function leftStart(ctx: TextContext, dot: number): number | undefined {
  const { text } = ctx;
  for (let start = Math.max(0, dot - MAX_SIDE); start <= dot - 2; start++) {
    if (elementReadings(text, start).some((r) => r.end === dot)) return start;
    if (spelt(text, start, dot) && !crossedByWord(ctx, start) && !holdsFunctionWord(ctx, start, dot)) return start;
  }
  return undefined;
}

/** Where the side after the dot ends: its elements, or the longest spelt run that no known word runs out of. */
function rightEnd(ctx: TextContext, from: number): number | undefined {
  const { text } = ctx;
  let run = from;
  while (run < text.length && run - from < MAX_SIDE && DOTTED_NAME_CHARS.has(text[run])) run++;
  let end = run;
  while (end - from >= 2 && (crossedByWord(ctx, end) || holdsFunctionWord(ctx, from, end))) end--;
  const spelled = end - from >= 2 ? end : undefined;
  const elements = elementReadings(text, from)[0]?.end;
  return elements === undefined ? spelled : spelled === undefined ? elements : Math.max(elements, spelled);
}

/** Tags of words that are no part of a name: numbers, times, adverbs, particles (吐尔逊|多次/m). */
const FUNCTION_TAGS = /^(m|mq|q|t|d|ad|p|c|r.*|f|u.*|y|e|o)$/;

/** jieba reads a word of two or more characters of a function kind inside [start, end). */
function holdsFunctionWord(ctx: TextContext, start: number, end: number): boolean {
  for (let i = ctx.wordAt[start] ?? -1; i >= 0 && i < ctx.words.length && ctx.words[i].start < end; i++) {
    const w = ctx.words[i];
    if (w.start >= start && w.end - w.start >= 2 && FUNCTION_TAGS.test(w.tag)) return true;
  }
  return false;
}

/** [start, end) is spelt only in the characters of Uyghur and Kazakh sounds. */
function spelt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!DOTTED_NAME_CHARS.has(text[i])) return false;
  return true;
}
