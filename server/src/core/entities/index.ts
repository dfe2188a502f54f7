/**
 * All entities of a text: persons first (a unit's name may not run into a
 * person's), then units and slogans; names inside 《》 titles are not
 * mentions; overlaps are settled by length; the user's dictionary has the
 * last word.
 */
import { applyDictionary, type UserDictionary } from '../dictionary';
import type { Entity } from '../model';
import type { TaggedWord } from '../segmenter';
import { bookTitleSpans, makeContext } from './context';
import { removeOverlaps } from './overlaps';
import { findPersons } from './persons';
import { findSlogans } from './slogans';
import { findUnits } from './units';

export { removeOverlaps } from './overlaps';

/** Persons, units and slogans of `text`, in document order. */
export function findEntities(text: string, words: TaggedWord[], dictionary?: UserDictionary): Entity[] {
  const ctx = makeContext(text, words);
  const persons = findPersons(ctx);
  const inTitle = insideAny(bookTitleSpans(text), text.length);
  const others = [...findUnits(ctx, persons), ...findSlogans(ctx)].filter((e) => !inTitle(e));
  const entities = removeOverlaps([...persons, ...others]);
  return dictionary ? applyDictionary(text, entities, dictionary) : entities;
}

/** A test for "lies inside one of `spans`", in constant time per entity. */
function insideAny(spans: { start: number; end: number }[], length: number): (e: Entity) => boolean {
  const inside = new Uint8Array(length + 1);
  for (const s of spans) inside.fill(1, s.start + 1, s.end - 1);
  return (e) => inside[e.start] === 1 && inside[e.end - 1] === 1;
}
