import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeSpans, removalSpan, removalSpans } from '../../server/src/core/removal';

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

/** Removes every listed paragraph (each found by its text, last occurrence first) at once. */
function removeAll(text: string, targets: string[]): string {
  const spans = targets.map((t) => {
    const start = text.indexOf(t);
    return { start, end: start + t.length };
  });
  return removalSpans(text, spans).reduceRight((out, s) => out.slice(0, s.start) + out.slice(s.end), text);
}

test('removing the last two paragraphs leaves no blank line behind', () => {
  assert.equal(removeAll('甲段。\n\n乙段。\n\n丙段。\n', ['乙段。', '丙段。']), '甲段。\n');
  assert.equal(removeAll('甲段。\r\n\r\n乙段。\r\n\r\n丙段𠮷。', ['乙段。', '丙段𠮷。']), '甲段。');
});

test('adjacent paragraphs in the middle go as one block, with one separator', () => {
  assert.equal(removeAll('甲段。\n\n乙段。\n\n丙段。\n\n丁段。\n', ['乙段。', '丙段。']), '甲段。\n\n丁段。\n');
  assert.equal(removeAll('甲段。\n乙段。\n丙段。\n丁段。\n', ['乙段。', '丙段。']), '甲段。\n丁段。\n');
});

test('a body sharing its line with a headline goes alone, even next to a removed paragraph', () => {
  assert.equal(removeAll('标题  正文内容。\n\n下一段。\n\n末段。\n', ['正文内容。', '下一段。']), '标题\n\n末段。\n');
});
