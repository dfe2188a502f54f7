import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Block, DuplicateIndex, type DuplicateOptions, DEFAULT_DUPLICATE_OPTIONS, normalizeForComparison } from '../../server/src/core/duplicates/index';
import { splitParagraphs } from '../../server/src/core/text';
import { Corpus } from '../../server/src/core/corpus';

const P1 = '会议要求，各单位要进一步提高政治站位，压实工作责任，确保各项措施落实到位，切实维护人民群众生命财产安全。';
const P2 = '会议指出，今年以来全县经济运行总体平稳，主要指标好于预期，但也存在一些困难和问题，必须高度重视。';
const P3 = '在祥云路东延、漓江路东延等断头路施工现场，宋洁实地察看工程进度和工程质量，要求加强统筹协调、合力攻坚。';

function blocks(text: string): Block[] {
  return splitParagraphs(text);
}

function indexOf(docs: Record<string, string>, options?: Partial<DuplicateOptions>): DuplicateIndex {
  const index = new DuplicateIndex({ ...DEFAULT_DUPLICATE_OPTIONS, ...options });
  for (const [doc, text] of Object.entries(docs)) index.setDocument(doc, blocks(text));
  return index;
}

test('an exact repeat later in the same file points at the first copy', () => {
  const text = `${P1}\n\n${P2}\n\n${P1}\n\n${P1}\n`;
  const found = indexOf({ a: text }).duplicatesOf('a');
  assert.equal(found.length, 2);
  for (const d of found) {
    assert.equal(d.kind, 'exact');
    assert.equal(d.similarity, 1);
    assert.deepEqual(d.original, { doc: 'a', start: 0, end: P1.length }, 'every later copy points at the earliest');
  }
  assert.deepEqual(found.map((d) => d.start), [text.indexOf(P1, 1), text.lastIndexOf(P1)]);
});

test('a copy with punctuation widths and a word changed is a near repeat of the earlier file', () => {
  const changed = P1.replace('，压实', ',压实').replace('切实维护', '坚决维护');
  const index = indexOf({ a: `${P1}\n`, b: `${P2}\n${changed}\n` });
  const [d] = index.duplicatesOf('b');
  assert.equal(d.kind, 'near');
  assert.ok(d.similarity >= 0.75 && d.similarity < 1, `similarity ${d.similarity}`);
  assert.equal(d.original.doc, 'a');
  assert.deepEqual(index.duplicatesOf('a'), []);
});

test('a copy differing only in punctuation width is near, not exact, at similarity 1', () => {
  const [d] = indexOf({ a: `${P1}\n${P1.replaceAll('，', ',')}\n` }).duplicatesOf('a');
  assert.equal(d.kind, 'near');
  assert.equal(d.similarity, 1);
  assert.equal(d.contained, true);
});

test('a copy with one word dropped (秋冬季 → 秋冬) is a near repeat', () => {
  const long = '宋洁一行先后来到好时光项目、洛宁路道路修复项目等处，详细查看企业错峰生产情况，并对项目和企业的秋冬季大气污染防治提出要求。';
  const [d] = indexOf({ a: `${long}\n`, b: `${long.replace('秋冬季', '秋冬')}\n` }).duplicatesOf('b');
  assert.equal(d.kind, 'near');
});

test('a fragment cut by a page break after the whole paragraph is a partial repeat on the fragment', () => {
  const fragment = P1.slice(0, 30);
  const text = `${P1}\n\n${P2}\n\n${fragment}\n`;
  const [d] = indexOf({ a: text }).duplicatesOf('a');
  assert.equal(d.kind, 'partial');
  assert.equal(d.fragment, 'self');
  assert.equal(d.contained, true);
  assert.equal(d.start, text.lastIndexOf(fragment));
  assert.equal(d.original.start, 0);
  assert.ok(d.similarity > 0.5 && d.similarity < 0.7, 'similarity is the share of the whole the fragment keeps');
});

test('a fragment printed before the whole paragraph: both are flagged, each naming the other', () => {
  const fragment = P1.slice(0, 30);
  const text = `${fragment}\n\n${P2}\n\n${P1}\n`;
  const [first, later] = indexOf({ a: text }).duplicatesOf('a');
  // The later, complete copy, as the export spec asks: its earlier copy is the fragment.
  assert.equal(later.kind, 'partial');
  assert.equal(later.fragment, 'original');
  assert.equal(later.start, text.lastIndexOf(P1));
  assert.deepEqual(later.original, { doc: 'a', start: 0, end: fragment.length });
  // The fragment, which is what removing fixes: its copy is the later whole.
  assert.equal(first.kind, 'partial');
  assert.equal(first.fragment, 'self');
  assert.equal(first.start, 0);
  assert.deepEqual(first.original, { doc: 'a', start: later.start, end: later.end });
});

test('a fragment in an earlier file whose whole is printed in a later one is flagged in its own file', () => {
  const index = indexOf({ a: `${P2}\n\n${P1.slice(-30)}\n`, b: `${P1}\n` });
  const [d] = index.duplicatesOf('a');
  assert.equal(d.kind, 'partial');
  assert.equal(d.fragment, 'self');
  assert.equal(d.original.doc, 'b');
  assert.equal(index.duplicatesOf('b')[0].fragment, 'original');
});

test('the end of a paragraph, printed again on the next page, is a partial repeat (suffix)', () => {
  const tail = P3.slice(20);
  const [d] = indexOf({ a: `${P3}\n`, b: `${P2}\n\n${tail}\n` }).duplicatesOf('b');
  assert.equal(d.kind, 'partial');
  assert.equal(d.original.doc, 'a');
});

test('a fragment that was also edited is still a partial repeat', () => {
  const fragment = P1.slice(0, 40).replace('政治站位', '政治站立');
  const [d] = indexOf({ a: `${P1}\n`, b: `${fragment}\n` }).duplicatesOf('b');
  assert.equal(d.kind, 'partial');
  assert.equal(d.contained, false);
});

test('short boilerplate such as a byline is never a repeat', () => {
  assert.deepEqual(indexOf({ a: '记者 景静\n\n记者 景静\n' }).duplicatesOf('a'), []);
});

test('unrelated paragraphs in the same style are not repeats', () => {
  assert.deepEqual(indexOf({ a: `${P1}\n${P2}\n${P3}\n` }).duplicatesOf('a'), []);
});

test('document order, not the order of indexing, decides which copy is the original', () => {
  const index = indexOf({ b: `${P1}\n`, a: `${P2}\n${P1}\n` });
  assert.deepEqual(index.duplicatesOf('a'), []);
  assert.equal(index.duplicatesOf('b')[0].original.doc, 'a');
});

test('removing a document removes its paragraphs from the index', () => {
  const index = indexOf({ a: `${P1}\n`, b: `${P1}\n` });
  assert.equal(index.duplicatesOf('b').length, 1);
  index.removeDocument('a');
  assert.deepEqual(index.duplicatesOf('b'), []);
});

test('offsets are UTF-16 indices, with 𠮷 and CRLF', () => {
  const p = `𠮷${P1}`;
  const text = `标题𠮷\r\n\r\n${p}\r\n\r\n${p}\r\n`;
  const [d] = indexOf({ a: text }).duplicatesOf('a');
  assert.equal(text.slice(d.start, d.end), p);
  assert.equal(text.slice(d.original.start, d.original.end), p);
});

test('an edit re-files only what changed, and gives the same answer as indexing afresh', () => {
  const before = `${P1}\n\n${P2}\n`;
  const after = `${P3}\n\n${P1}\n\n${P2}\n\n${P1.replace('切实', '坚决')}\n`;
  const edited = indexOf({ a: `${P2}\n`, b: before });
  edited.setDocument('b', blocks(after));
  assert.deepEqual(edited.duplicatesOf('b'), indexOf({ a: `${P2}\n`, b: after }).duplicatesOf('b'));
  assert.equal(edited.size(), 5);
});

test('in a large archive the planted copies are found, whatever was indexed in between', () => {
  const index = new DuplicateIndex();
  const filler = (i: number) => `第${i}号文件：${[...P2].map((c, j) => ((i + j) % 5 === 0 ? String.fromCharCode(0x4e00 + ((i * 31 + j * 7) % 2000)) : c)).join('')}`;
  for (let i = 0; i < 3000; i++) index.setDocument(`d${String(i).padStart(4, '0')}`, blocks(`${filler(i)}\n${i === 10 ? P1 : ''}\n`));
  index.setDocument('d2999', blocks(`${P1.replace('压实', '夯实')}\n`));
  index.setDocument('d1500', blocks(`${P1}\n`));
  const [near] = index.duplicatesOf('d2999');
  assert.equal(near.kind, 'near');
  assert.equal(near.original.doc, 'd0010');
  assert.equal(index.duplicatesOf('d1500')[0].kind, 'exact');
});

test('the fast normalisation path gives what NFKC gives, for every character it takes', () => {
  const ranges = [[0x20, 0x7e], [0xb7, 0xb7], [0x2014, 0x2014], [0x2018, 0x201d], [0x3000, 0x3011], [0x3014, 0x3015], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xff01, 0xff5e]];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCodePoint(c);
      // An ellipsis is outside the fast path's characters, so the second call goes through NFKC.
      assert.equal(`${normalizeForComparison(ch)}...`, normalizeForComparison(`${ch}…`), `U+${c.toString(16)}`);
    }
  }
});

test('the one-pass fast path gives what the folding passes give, white space and controls included', () => {
  const FOLDED: Record<string, string> = { '“': '"', '”': '"', '「': '"', '」': '"', '『': '"', '』': '"', '‘': "'", '’': "'", '。': '.', '．': '.', '—': '-', '－': '-', '〈': '<', '〉': '>', '《': '<', '》': '>', '【': '[', '】': ']', '〔': '(', '〕': ')' };
  const passes = (text: string) =>
    text
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\s\u3000\u00a0\ufeff\u200b]+/g, '')
      .replace(/[“”「」『』‘’。．—－〈〉《》【】〔〕]/g, (c) => FOLDED[c])
      .toLowerCase();
  const ranges = [[0x00, 0x7f], [0xb7, 0xb7], [0x2014, 0x2014], [0x2018, 0x201d], [0x3000, 0x3011], [0x3014, 0x3015], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xff01, 0xff5e]];
  let all = '';
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      all += ch;
      assert.equal(normalizeForComparison(`a${ch}Ｂ`), passes(`a${ch}Ｂ`), `U+${c.toString(16)}`);
    }
  }
  // A text longer than one chunk of the output.
  assert.equal(normalizeForComparison(all), passes(all));
  assert.equal(normalizeForComparison('　“Ａｂ，ｃ”。\t\r\n—【要闻】'), '"ab,c".-[要闻]');
});

test('a fragment the outline reads as a headline is flagged; a repeated headline is not', () => {
  const corpus = new Corpus({ tag: () => [] });
  const body = '宋洁要求，要坚持问题导向，聚焦污染排放重点行业、重点区域，突出抓好扬尘源、工业源、移动源、城市面源等排查监测，严格落实环保管控要求，确保一抓到底。';
  const headline = '我区召开新冠肺炎疫情防控指挥部工作会议';
  corpus.add('a.txt', `${headline}\n\n本报讯 ${P2}\n\n${body}\n`);
  // Short, one comma, no full stop, a long paragraph next: the outline takes the fragment for a headline.
  const fragment = '宋洁要求，要坚持问题导向，聚焦污染排放重点行业';
  corpus.add('b.txt', `${headline}\n\n本报讯 ${P3}\n\n${fragment}\n\n${P1}\n`);
  const found = corpus.findings('b.txt', 'zh', { duplicates: true, brokenParagraph: false, doubledPhrase: false });
  const text = corpus.text('b.txt')!;
  assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.data?.kind]), [[fragment, 'partial']]);
});

test('a copy with a lead-in added or dropped (本报讯 …) is a near repeat on the later copy, not a cut', () => {
  const index = indexOf({ a: `${P1}\n`, b: `本报讯 ${P1}\n` });
  assert.deepEqual(index.duplicatesOf('a'), [], 'the earlier copy is not a fragment');
  const [d] = index.duplicatesOf('b');
  assert.equal(d.kind, 'near');
  assert.equal(d.contained, false, 'the later copy has words the earlier lacks');
  const [dropped] = indexOf({ a: `本报讯 ${P1}\n`, b: `${P1}\n` }).duplicatesOf('b');
  assert.equal(dropped.kind, 'near');
  assert.equal(dropped.contained, true);
});

test('the start of a later paragraph stopping mid-sentence is a fragment cut by a page break, however much of it it keeps', () => {
  const whole = '各乡镇要把秸秆禁烧责任落实到村组和地块，对重点区域开展全天候巡查，发现火点及时扑灭，坚决防止出现大面积焚烧。';
  const cut = whole.slice(0, whole.indexOf('坚决'));
  assert.ok(cut.length / whole.length >= DEFAULT_DUPLICATE_OPTIONS.nearThreshold, 'the fragment keeps more than the near threshold');
  const text = `${P2}\n${cut}\n（下转第二版）\n\n（上接第一版）\n${whole}\n`;
  const index = indexOf({ a: text });
  const found = index.duplicatesOf('a');
  const fragment = found.find((d) => d.start === text.indexOf(cut));
  assert.ok(fragment, 'the fragment printed first is flagged');
  assert.equal(fragment.kind, 'partial');
  assert.equal(fragment.original.start, text.lastIndexOf(whole));
  // A copy that drops a whole last sentence still reads as finished: a near repeat.
  const finished = '各乡镇要把秸秆禁烧责任落实到村组和地块，对重点区域开展全天候巡查，发现火点及时扑灭。';
  const longer = `${finished}坚决防止焚烧。`;
  const later = indexOf({ a: `${finished}\n\n${P2}\n\n${longer}\n` }).duplicatesOf('a');
  assert.deepEqual(later.map((d) => [d.kind, d.start]), [['near', `${finished}\n\n${P2}\n\n`.length]]);
});
