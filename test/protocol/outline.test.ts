/**
 * The outline end to end: the bundled server over stdio, the seeds as the
 * workspace, one seed opened — its document symbols and folding ranges — and
 * Go to Symbol in Workspace finding a headline in a seed that is not open.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentSymbol, type FoldingRange, type Location, SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient, ROOT } from '../support/lspClient';

const SEEDS = path.join(ROOT, 'seeds');
const ISSUE = path.join(SEEDS, '001_5ae22829d223a388.txt');
const FEATURE = path.join(SEEDS, '002_741f35d39f5652b9.txt');
/** SymbolKind's names by value (it is a namespace of constants, not an enum). */
const KIND = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name]));
let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start({ workspaceFolder: SEEDS });
  await client.open(fileUri(ISSUE), fs.readFileSync(ISSUE, 'utf8'));
  await client.until(() => client.statuses.get(fileUri(ISSUE)), 'bulletin status');
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0);
});

test('the outline of a seed: masthead, articles, teasers, the 简讯 section with its bullet items', async () => {
  const uri = fileUri(ISSUE);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(
    symbols.map((s) => `${KIND[s.kind]} ${s.name}`),
    [
      'File 郑州市上街区融媒体中心编印',
      'Class 宋洁带队夜查全区大气污染防治工作 调研“断头路”打通、老旧小区改造等民生实事工作',
      'Class 我区召开第十三届人大常委会第四十一次会议',
      'Class 我区召开十一届区委第一轮巡察工作动员部署会',
      'Event 赵晨阳夜查大气污染防治工作、为学校师生讲思政课',
      'Event 挥毫泼墨扬正气 法治精神入人心',
      'Event 我区举行“12.4”国家宪法日第四届法治现场交流笔会',
      'Class 习近平向2021年“读懂中国”国际会议开幕式发表视频致辞',
      'Class 我区召开新冠肺炎疫情防控指挥部工作会议',
      'Class 我区收听收看全国、省、市城镇燃气安全排查整治动员部署电视电话会议',
      'Class 市委党史学习教育领导小组调研我区“我为群众办实事”实践活动开展情况',
      'Namespace 简讯',
      'Class 我区召开健全完善核酸检测常态化机制和应急机制工作会议',
    ],
  );
  const section = symbols[11];
  assert.deepEqual(section.children!.map((c) => KIND[c.kind]), ['Field', 'Field', 'Field']);

  const text = fs.readFileSync(ISSUE, 'utf8');
  const doc = TextDocument.create(uri, 'bulletin', 1, text);
  const meeting = symbols[2];
  const at = text.indexOf('我区召开第十三届');
  assert.deepEqual(meeting.selectionRange, { start: doc.positionAt(at), end: doc.positionAt(at + meeting.name.length) });
  assert.equal(meeting.detail, '记者 王明琪 王慧敏 周星启 · 12月1日');
  assert.equal(doc.getText(meeting.range).split('\n').pop(), '(记者 王明琪 王慧敏 周星启)', 'the article runs to its byline');

  const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(folds.some((f) => f.startLine === meeting.range.start.line && f.endLine === meeting.range.end.line));
  assert.ok(folds.some((f) => f.startLine === section.range.start.line && f.endLine === section.range.end.line));
});

test('Go to Symbol in Workspace finds a headline in a seed that is not open', async () => {
  const uri = fileUri(FEATURE);
  const found = await poll(async () => {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: '特别能战斗' });
    return symbols.find((s) => (s.location as Location).uri === uri);
  }, 'the indexed seed');
  assert.equal(found.name, '一支特别能战斗的队伍');
  assert.deepEqual((found.location as Location).range, { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } });
});

/** Asks again on every message from the server (indexing reports progress) until `ask` gives a value. */
async function poll<T>(ask: () => Promise<T | undefined>, what: string): Promise<T> {
  let value: T | undefined;
  let asked = false;
  await client.until(() => {
    if (!asked) {
      asked = true;
      void ask().then((v) => {
        value = v;
        asked = false;
      });
    }
    return value;
  }, what);
  return value!;
}
