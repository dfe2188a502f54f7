import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixTarget, planFixAll } from '../../server/src/core/duplicates/fixPlan';
import type { Duplicate } from '../../server/src/core/duplicates/types';

/** A repeat of the paragraph at `start` (10 long) whose original is at `of` (in `doc`, default this file). */
function repeat(start: number, of: number, kind: Duplicate['kind'], extra: Partial<Duplicate> = {}, doc = 'a'): Duplicate {
  return { start, end: start + 10, kind, similarity: kind === 'exact' ? 1 : 0.8, contained: kind === 'exact', original: { doc, start: of, end: of + 10 }, ...extra };
}

const starts = (spans: { start: number }[]) => spans.map((s) => s.start);

test('every later exact copy goes; the first stays', () => {
  assert.deepEqual(starts(planFixAll('a', [repeat(20, 0, 'exact'), repeat(40, 0, 'exact')])), [20, 40]);
});

test('exact copies of a paragraph that is itself a near copy all go: their text lives on as near as before', () => {
  // 0 ← near ← 20; 20 ← exact ← 40, 60
  const plan = planFixAll('a', [repeat(20, 0, 'near'), repeat(40, 20, 'exact'), repeat(60, 20, 'exact')]);
  assert.deepEqual(starts(plan), [20, 40, 60]);
});

test('a near copy of a near copy stays when its witness goes: the two steps may drift too far', () => {
  const plan = planFixAll('a', [repeat(20, 0, 'near'), repeat(40, 20, 'near')]);
  assert.deepEqual(starts(plan), [20]);
});

test('an exact fragment of a paragraph that goes as an exact copy goes too (containment carries over)', () => {
  const plan = planFixAll('a', [repeat(20, 0, 'exact'), repeat(40, 20, 'partial', { fragment: 'self', contained: true })]);
  assert.deepEqual(starts(plan), [20, 40]);
});

test('an exact fragment of a paragraph that goes as a near copy stays', () => {
  const plan = planFixAll('a', [repeat(20, 0, 'near'), repeat(40, 20, 'partial', { fragment: 'self', contained: true })]);
  assert.deepEqual(starts(plan), [20]);
});

test('a fragment printed before its complete copy: the fix removes the fragment, never the complete copy', () => {
  const d = repeat(40, 0, 'partial', { fragment: 'original', contained: true });
  assert.deepEqual(fixTarget('a', d), { start: 0, end: 10 });
  assert.deepEqual(starts(planFixAll('a', [d])), [0]);
});

test('a complete copy whose fragment is in another file has no fix here', () => {
  const d = repeat(40, 0, 'partial', { fragment: 'original', contained: true }, 'other');
  assert.equal(fixTarget('a', d), undefined);
  assert.deepEqual(planFixAll('a', [d]), []);
});

test('copies of paragraphs in another file all go: that file is not edited', () => {
  const plan = planFixAll('a', [repeat(0, 0, 'near', {}, 'other'), repeat(20, 0, 'exact', {}, 'other'), repeat(40, 20, 'exact')]);
  assert.deepEqual(starts(plan), [0, 20, 40]);
  assert.deepEqual(starts(planFixAll('a', [repeat(0, 0, 'near', {}, 'other'), repeat(40, 0, 'near')])), [0], 'a near copy of what goes stays');
});

test('a fragment whose complete copy goes in favour of a later complete copy stays only if containment breaks', () => {
  // 0 is a fragment of 20; 20 is an exact fragment of 40 (both printed before 40).
  const contained = planFixAll('a', [
    repeat(20, 0, 'partial', { fragment: 'original', contained: true }),
    repeat(40, 20, 'partial', { fragment: 'original', contained: true }),
  ]);
  assert.deepEqual(starts(contained), [0, 20]);
  const approximate = planFixAll('a', [
    repeat(20, 0, 'partial', { fragment: 'original', contained: true }),
    repeat(40, 20, 'partial', { fragment: 'original', contained: false }),
  ]);
  assert.deepEqual(starts(approximate), [20], '20 goes as an approximate fragment of 40, so 0 loses its literal witness and stays');
});

test('a fragment flagged twice (on itself, and on its later whole) is removed once, the whole kept', () => {
  const onFragment = repeat(0, 40, 'partial', { fragment: 'self', contained: true });
  const onWhole = repeat(40, 0, 'partial', { fragment: 'original', contained: true });
  assert.deepEqual(starts(planFixAll('a', [onFragment, onWhole])), [0]);
  assert.deepEqual(fixTarget('a', onFragment), { start: 0, end: 10 });
});
