import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagWithOffsets } from '../../server/src/core/segmenter';
import { tagger } from '../support/tagger';

test('every tagged word sits at its UTF-16 offsets, around 𠮷, CRLF and a lone surrogate', () => {
  const text = '𠮷野家在北京\r\n区委\uD800书记 宋洁\u0000好';
  const words = tagWithOffsets(tagger, text);
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.word);
  assert.equal(words[words.length - 1].end, text.length);
  assert.ok(words.some((w) => w.word === '北京' && w.start === 5));
});

test('a stub tagger that drops a character is resynchronised by search', () => {
  const text = 'ab区委cd';
  const words = tagWithOffsets({ tag: () => [{ word: 'ab', tag: 'x' }, { word: 'cd', tag: 'x' }] }, text);
  assert.deepEqual(words.map((w) => [w.start, w.end]), [[0, 2], [4, 6]]);
});
