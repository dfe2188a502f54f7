import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Block, DuplicateIndex } from '../../server/src/core/duplicates';
import { splitParagraphs } from '../../server/src/core/text';

const P1 = '会议要求，各单位要进一步提高政治站位，压实工作责任，确保各项措施落实到位，切实维护人民群众生命财产安全。';
const P2 = '会议指出，今年以来全县经济运行总体平稳，主要指标好于预期，但也存在一些困难和问题，必须高度重视。';

function blocks(text: string): Block[] {
  return splitParagraphs(text);
}

test('an exact repeat later in the same file points at the first copy', () => {
  const text = `${P1}\n\n${P2}\n\n${P1}\n`;
  const index = new DuplicateIndex();
  index.setDocument('a', blocks(text));
  const [d] = index.duplicatesOf('a');
  assert.equal(d.kind, 'exact');
  assert.equal(d.start, text.lastIndexOf(P1));
  assert.deepEqual(d.original, { doc: 'a', start: 0, end: P1.length });
});

test('a copy with punctuation widths and a word changed is a near repeat', () => {
  const changed = P1.replace('，压实', ',压实').replace('切实维护', '坚决维护');
  const index = new DuplicateIndex();
  index.setDocument('a', blocks(`${P1}\n`));
  index.setDocument('b', blocks(`${P2}\n${changed}\n`));
  const [d] = index.duplicatesOf('b');
  assert.equal(d.kind, 'near');
  assert.ok(d.similarity >= 0.75 && d.similarity < 1);
  assert.equal(d.original.doc, 'a');
  assert.deepEqual(index.duplicatesOf('a'), []);
});

test('a paragraph cut short by a page break is a partial repeat, and the fragment is flagged', () => {
  const fragment = P1.slice(0, 30);
  const text = `${fragment}\n\n${P2}\n\n${P1}\n`;
  const index = new DuplicateIndex();
  index.setDocument('a', blocks(text));
  const [d] = index.duplicatesOf('a');
  assert.equal(d.kind, 'partial');
  assert.equal(d.start, 0);
  assert.equal(d.original.start, text.lastIndexOf(P1));
});

test('short boilerplate such as a byline is never a repeat', () => {
  const index = new DuplicateIndex();
  index.setDocument('a', blocks('记者 景静\n\n记者 景静\n'));
  assert.deepEqual(index.duplicatesOf('a'), []);
});

test('removing a document removes its paragraphs from the index', () => {
  const index = new DuplicateIndex();
  index.setDocument('a', blocks(`${P1}\n`));
  index.setDocument('b', blocks(`${P1}\n`));
  assert.equal(index.duplicatesOf('b').length, 1);
  index.removeDocument('a');
  assert.deepEqual(index.duplicatesOf('b'), []);
});
