import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countHan, splitLines, splitParagraphs, trimSpan } from '../../server/src/core/text';

test('splitLines handles LF, CRLF and lone CR, with UTF-16 offsets', () => {
  const text = 'a𠮷\r\nb\rc\nd';
  const lines = splitLines(text);
  assert.deepEqual(
    lines.map((l) => text.slice(l.start, l.end)),
    ['a𠮷', 'b', 'c', 'd'],
  );
  assert.deepEqual(lines.map((l) => l.next), [5, 7, 9, 10]);
});

test('splitParagraphs trims ideographic and ASCII spaces and skips blank lines', () => {
  const text = '\u3000\u3000标题𠮷  \r\n \u3000 \r\n正文。';
  const paragraphs = splitParagraphs(text);
  assert.deepEqual(paragraphs.map((p) => p.text), ['标题𠮷', '正文。']);
  for (const p of paragraphs) assert.equal(text.slice(p.start, p.end), p.text);
  assert.deepEqual(paragraphs.map((p) => p.line), [0, 2]);
});

test('trimSpan of an all-space slice is empty', () => {
  const span = trimSpan('ab\u3000 cd', 2, 4);
  assert.equal(span.start, span.end);
});

test('countHan counts a character outside the BMP once', () => {
  assert.equal(countHan('𠮷野家 abc，'), 3);
});
