import assert from 'node:assert/strict';
import { test } from 'node:test';
import { removeOverlaps } from '../../server/src/core/entities';
import type { Entity } from '../../server/src/core/model';
import { Trie, wordTrie } from '../../server/src/core/trie';

test('a trie finds the longest word at a position, forwards and backwards', () => {
  const forward = wordTrie(['区委', '区委书记', '书记']);
  assert.deepEqual(forward.longest('在区委书记处', 1), { length: 4, value: '区委书记' });
  assert.deepEqual(forward.all('区委书记', 0).map((m) => m.value), ['区委', '区委书记']);
  const reversed = new Trie([['局', 1], ['城管局', 3]], { reversed: true });
  assert.deepEqual(reversed.longest('区城管局开展', 4), { length: 3, value: 3 });
  assert.equal(reversed.longest('区城管局开展', 5), undefined);
});

test('a trie matches characters outside the BMP as their two code units', () => {
  assert.deepEqual(wordTrie(['𠮷祥']).longest('到𠮷祥村', 1), { length: 3, value: '𠮷祥' });
});

const e = (type: Entity['type'], start: number, end: number): Entity => ({ type, start, end, text: 'x'.repeat(end - start) });

test('overlaps: the longer span wins, then slogan over unit over person, in document order', () => {
  const kept = removeOverlaps([e('person', 0, 2), e('unit', 0, 5), e('slogan', 6, 9), e('unit', 6, 9), e('person', 10, 12)]);
  assert.deepEqual(kept.map((k) => [k.type, k.start, k.end]), [['unit', 0, 5], ['slogan', 6, 9], ['person', 10, 12]]);
});

test('overlaps are settled in linear time on many entities', () => {
  const many = Array.from({ length: 200000 }, (_, i) => e(i % 2 ? 'unit' : 'person', i * 2, i * 2 + 3));
  const kept = removeOverlaps(many);
  assert.equal(kept.length, 100000);
});
