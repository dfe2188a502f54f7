/**
 * All entities of a text, without overlaps: where two overlap, the longer
 * span wins (a unit's name holds place words that are not persons).
 */
import type { Entity } from '../model';
import type { TaggedWord } from '../segmenter';
import { findPersons } from './persons';
import { findSlogans } from './slogans';
import { findUnits } from './units';

/** Persons, units and slogans of `text`, in document order. */
export function findEntities(text: string, words: TaggedWord[]): Entity[] {
  return removeOverlaps([...findSlogans(text), ...findUnits(text, words), ...findPersons(text, words)]);
}

const RANK: Record<Entity['type'], number> = { slogan: 3, unit: 2, person: 1 };

/** Keeps, of overlapping entities, the longer one (then by type rank). */
export function removeOverlaps(entities: Entity[]): Entity[] {
  const byStrength = [...entities].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || RANK[b.type] - RANK[a.type] || a.start - b.start,
  );
  const kept: Entity[] = [];
  for (const e of byStrength) {
    if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start);
}
