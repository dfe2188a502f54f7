import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeSpans, removalSpan } from '../../server/src/core/removal';

function remove(text: string, target: string, occurrence: 'first' | 'last' = 'last'): string {
  const start = occurrence === 'last' ? text.lastIndexOf(target) : text.indexOf(target);
  const span = removalSpan(text, { start, end: start + target.length });
  return text.slice(0, span.start) + text.slice(span.end);
}

test('removes the paragraph and the blank line after it, nothing else', () => {
  assert.equal(remove('甲段。\n\n乙段。\n\n丙段。\n', '乙段。'), '甲段。\n\n丙段。\n');
});

test('keeps CRLF line ends intact', () => {
  assert.equal(remove('甲段。\r\n\r\n乙段𠮷。\r\n\r\n丙段。\r\n', '乙段𠮷。'), '甲段。\r\n\r\n丙段。\r\n');
});

test('the last paragraph takes the separator before it', () => {
  assert.equal(remove('甲段。\n\n乙段。', '乙段。'), '甲段。');
});

test('a body that shares its line with a headline leaves the headline', () => {
  assert.equal(remove('标题  正文内容。\n下一段。\n', '正文内容。'), '标题\n下一段。\n');
});

test('mergeSpans joins overlapping and touching spans', () => {
  assert.deepEqual(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 7, end: 9 }]), [
    { start: 0, end: 4 },
    { start: 5, end: 9 },
  ]);
});
