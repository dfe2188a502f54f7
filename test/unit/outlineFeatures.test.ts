/**
 * The outline's features over in-memory documents: document symbols,
 * folding ranges, headline symbols across documents, and the export's
 * articles. Positions are checked through TextDocument, with CRLF and 𠮷.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind } from 'vscode-languageserver';
import { Corpus } from '../../server/src/core/corpus';
import { exportFile } from '../../server/src/export/annotations';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/folding';
import { type Headline, headlinesOf, headlineSymbols } from '../../server/src/features/headlineSymbols';
import { tagger } from '../support/tagger';

const ISSUE = [
  '青禾县融媒体中心编印',
  '2023年5月8日 星期一',
  '第18期(总第402期)',
  '',
  '# 𠮷祥村召开村民代表大会',
  '',
  '本报讯(记者 王小川)5月6日，𠮷祥村召开村民代表大会，审议通过了村规民约修订草案，与会代表一致表示赞同。',
  '',
  '会议要求，各村民小组要广泛宣传，确保村规民约家喻户晓、人人遵守，切实发挥村民自治作用。',
  '',
  '简讯',
  '',
  '● 5月5日，县图书馆举办读书分享会，六十余名读者参加活动，分享阅读心得。',
  '',
  '(记者 孙悦)',
  '',
  '(上接第一版)',
  '',
  '产业兴旺添动能',
  '',
  '今年以来，该县着力优化营商环境，新引进项目二十余个，总投资五十亿元，为高质量发展注入了新动能。',
  '',
  '县人社局搭建就业服务“快车道”  县人社局通过线上线下联动，举办专场招聘会六场，提供岗位两千余个。（县人社局）',
].join('\r\n');

function analysed(text = ISSUE) {
  const corpus = new Corpus(tagger);
  corpus.set('issue.txt', text);
  return { corpus, model: corpus.model('issue.txt')!, doc: TextDocument.create('file:///issue.txt', 'bulletin', 1, text) };
}

test('document symbols: masthead, clean headline with its selection, section with an item named by its words, continuation', () => {
  const { model, doc } = analysed();
  const symbols = documentSymbols(doc, model);
  assert.deepEqual(
    symbols.map((s) => [s.kind, s.name, s.children?.map((c) => c.name)]),
    [
      [SymbolKind.File, '青禾县融媒体中心编印', []],
      [SymbolKind.Class, '𠮷祥村召开村民代表大会', []],
      [SymbolKind.Namespace, '简讯', ['县图书馆举办读书分享会']],
      [SymbolKind.Object, '上接第一版', ['产业兴旺添动能']],
      [SymbolKind.Class, '县人社局搭建就业服务“快车道”', []],
    ],
  );
  const article = symbols[1];
  assert.deepEqual(article.selectionRange, { start: { line: 4, character: 2 }, end: { line: 4, character: 2 + '𠮷祥村召开村民代表大会'.length } });
  assert.deepEqual(article.range.start, { line: 4, character: 0 });
  assert.deepEqual(article.range.end, { line: 8, character: doc.getText().split('\r\n')[8].length });
  assert.equal(article.detail, '记者 王小川 · 5月6日');
  assert.equal(symbols[2].children![0].detail, '记者 孙悦 · 5月5日');
  for (const s of symbols) {
    assert.ok(doc.offsetAt(s.range.start) <= doc.offsetAt(s.selectionRange.start));
    assert.ok(doc.offsetAt(s.selectionRange.end) <= doc.offsetAt(s.range.end));
  }
});

test('folding ranges: one per node spanning lines (not the one-line article), nested, on CRLF lines', () => {
  const { model, doc } = analysed();
  assert.deepEqual(
    foldingRanges(doc, model).map((r) => [r.startLine, r.endLine]),
    [
      [0, 2], // masthead
      [4, 8], // article
      [10, 14], // 简讯
      [12, 14], // its item with the byline
      [16, 20], // continuation
      [18, 20], // its subhead
    ],
  );
});

test('the export lists articles, sections and subheads only: no bullet item, no continuation, its subhead kept', () => {
  const { corpus } = analysed();
  const { articles } = exportFile(corpus, 'issue.txt', 'zh');
  assert.deepEqual(
    articles.map((a) => [a.kind, a.title, a.children.map((c) => c.kind)]),
    [
      ['masthead', '青禾县融媒体中心编印', []],
      ['article', '𠮷祥村召开村民代表大会', []],
      ['section', '简讯', []],
      ['subhead', '产业兴旺添动能', []],
      ['article', '县人社局搭建就业服务“快车道”', []],
    ],
  );
  for (const a of articles) assert.equal(ISSUE.slice(a.titleStart, a.titleEnd), a.title);
});

test('headline symbols search every document, substring matches first, ranges through each document', () => {
  const other = '某县召开村民大会部署换届工作\n\n本报讯 5月9日，某县召开村民大会，部署村级换届选举各项准备工作。\n';
  const corpus = new Corpus(tagger);
  corpus.set('file:///a/issue.txt', ISSUE);
  corpus.set('file:///b/other.txt', other);
  const docs = new Map([
    ['file:///a/issue.txt', TextDocument.create('file:///a/issue.txt', 'bulletin', 1, ISSUE)],
    ['file:///b/other.txt', TextDocument.create('file:///b/other.txt', 'bulletin', 0, other)],
  ]);
  const headlines = corpus.entries().map(([u, m]): [string, Headline[]] => [u, headlinesOf(m.outline)]);
  const ctx = { headlines, lookup: (u: string) => docs.get(u), displayName: (u: string) => u.slice(u.lastIndexOf('/') + 1) };

  // 村民大会 is in the second file's headline; the first file's has its characters in order only.
  assert.deepEqual(headlineSymbols('村民 大会', ctx).map((s) => s.name), ['某县召开村民大会部署换届工作', '𠮷祥村召开村民代表大会']);
  const exact = headlineSymbols('村民代表', ctx);
  assert.deepEqual(exact.map((s) => s.name), ['𠮷祥村召开村民代表大会']);
  const location = exact[0].location as { uri: string; range: unknown };
  assert.equal(location.uri, 'file:///a/issue.txt');
  assert.deepEqual(location.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 2 + '𠮷祥村召开村民代表大会'.length } });
  assert.equal(exact[0].containerName, 'issue.txt');

  const subhead = headlineSymbols('产业', ctx);
  assert.deepEqual(subhead.map((s) => [s.name, s.kind]), [['产业兴旺添动能', SymbolKind.Method]]);
  assert.equal(headlineSymbols('', ctx).length, 4, 'an empty query lists every article and subhead');
  assert.deepEqual(headlineSymbols('不存在的标题', ctx), []);
});
