/**
 * All entities of a text: persons first (a unit's name may not run into a
 * person's), then units and slogans; names inside 《》 titles are not
 * mentions; overlaps are settled by length; the user's dictionary has the
 * last word.
 */
import { applyDictionary, type UserDictionary } from '../dictionary';
import type { Entity } from '../model';
import type { TaggedWord } from '../segmenter';
import { bookTitleSpans, makeContext, type TextContext } from './context';
import { removeOverlaps } from './overlaps';
import { findPersons } from './persons';
export { PersonFinder } from './persons';
import { findSlogans } from './slogans';
import { findUnits } from './units';

export { removeOverlaps } from './overlaps';

/** Persons, units and slogans of `text`, in document order. */
export function findEntities(text: string, words: TaggedWord[], dictionary?: UserDictionary): Entity[] {
  const ctx = makeContext(text, words);
  const entities = withPersons(ctx, findPersons(ctx));
  return dictionary ? applyDictionary(text, entities, dictionary) : entities;
}

/**
 * Units and slogans beside the persons already found, overlaps settled;
 * with `range`, only those starting in it (the rest of the text is context).
 */
export function withPersons(ctx: TextContext, persons: Entity[], range?: { from: number; to: number }): Entity[] {
  const { text } = ctx;
  const inTitle = insideAny(bookTitleSpans(text), text.length, true);
  const inQuote = insideAny(quotedSpans(text), text.length, false);
  const inRange = (e: Entity) => !range || (e.start >= range.from && e.start < range.to);
  // A unit inside a quoted name (“为群众办实事示范法庭”创建) is part of an honour or a campaign, not a mention.
  const units = findUnits(ctx, persons).filter((e) => !inQuote(e) && inRange(e));
  const others = [...units, ...findSlogans(ctx).filter(inRange)].filter((e) => !inTitle(e));
  return removeOverlaps([...persons, ...others]);
}

/**
 * A test for "lies inside one of `spans`" (which include their marks: 《…》,
 * “…”), in constant time per entity; unless `fromStart`, an entity that
 * starts the span (“某某公司”) does not count as inside it.
 */
function insideAny(spans: { start: number; end: number }[], length: number, fromStart: boolean): (e: Entity) => boolean {
  const inside = new Uint8Array(length + 1);
  for (const s of spans) inside.fill(1, s.start + (fromStart ? 1 : 2), s.end - 1);
  return (e) => inside[e.start] === 1 && inside[e.end - 1] === 1;
}

/** Quoted names and labels: short, without punctuation (speech, which has it, may name units as anywhere). */
function quotedSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/“[^“”\r\n，。！？、；：,.!?;:]{2,24}”/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}
