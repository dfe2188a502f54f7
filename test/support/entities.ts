/** Entity helpers for tests: run the tagger and the rules on a text, and check every span slices it. */
import assert from 'node:assert/strict';
import { findEntities } from '../../server/src/core/entities';
import type { UserDictionary } from '../../server/src/core/dictionary';
import type { Entity, EntityType } from '../../server/src/core/model';
import { tagWithOffsets } from '../../server/src/core/segmenter';
import { tagger } from './tagger';

export function entities(text: string, type?: EntityType, dictionary?: UserDictionary): Entity[] {
  const found = findEntities(text, tagWithOffsets(tagger, text), dictionary);
  for (const e of found) assert.equal(text.slice(e.start, e.end), e.text, `offsets of ${e.text} must slice the text`);
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start, 'entities must not overlap');
  return type ? found.filter((e) => e.type === type) : found;
}

/** The texts of the entities of one type. */
export function texts(text: string, type: EntityType): string[] {
  return entities(text, type).map((e) => e.text);
}
