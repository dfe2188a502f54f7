/**
 * Repeats and layout lints through the protocol, against the bundled server:
 * a workspace of two bulletins where only the later one is open, CRLF line
 * ends and 𠮷 in the text, a client that resolves code actions lazily.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspTestClient, progressSpans } from '../support/lspClient';

const P1 = '会议要求，各单位要进一步提高政治站位，压实工作责任，确保各项措施落实到位，切实维护𠮷祥村人民群众生命财产安全。';
const P2 = '会议指出，今年以来全县经济运行总体平稳，主要指标好于预期，但也存在一些困难和问题，必须高度重视秋冬季安全生产。';
const P3 = '在祥云路东延、漓江路东延等断头路施工现场，宋洁实地察看工程进度和工程质量，要求各相关单位加强统筹协调、合力攻坚，在保证质量和安全的前提下全力加快工程进度。';
const DOUBLED = '各单位要建档建档立卡，切实做好困难群众帮扶救助工作，确保群众温暖过冬。';
const P4 = '李兵强调，各级各部门要严格落实疫情防控责任，各司其职、各负其责、协调联动，进一步细化完善防控方案和措施。';
const CUT_HEAD = '区城管局按照属地化管理原则，将问题移交所属执法中队，由执法中队对违章当事人下达通知书，责令当事';
const CUT_TAIL = '人限期改正到位，执法督查工作人员到现场核查整改结果。';

const EARLIER = ['某县召开安全生产工作会议', P1, P2, P3].join('\r\n\r\n') + '\r\n';
const LATER = [
  '某县召开冬季防火工作会议',
  P1,
  P2.replace('，今年', ',今年').replace('秋冬季', '秋冬'),
  P4,
  P3.slice(0, 40),
  CUT_HEAD,
  CUT_TAIL,
  DOUBLED,
  P4,
].join('\r\n\r\n') + '\r\n';

let dir: string;
let client: LspTestClient;
let uri: string;
let earlierUri: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-dup-'));
  fs.writeFileSync(path.join(dir, 'a-earlier.txt'), EARLIER);
  fs.writeFileSync(path.join(dir, 'b-later.txt'), LATER);
  uri = fileUri(path.join(dir, 'b-later.txt'));
  earlierUri = fileUri(path.join(dir, 'a-earlier.txt'));
  client = await LspTestClient.start({ workspaceFolder: dir, codeActionResolve: true });
  await client.until(() => client.progress.find((p) => p.kind === 'end'), 'the workspace index to finish');
  await client.open(uri, LATER);
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

const repeatsOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'duplicate-paragraph');
const kindOf = (d: Diagnostic) => (d.data as { kind: string }).kind;

test('the workspace index reports progress while it builds, then the entities of the files in the background', async () => {
  const indexing = client.progress.filter((p) => p.token === client.progress[0].token);
  assert.equal(indexing[0].kind, 'begin');
  assert.match(indexing[0].title ?? '', /Indexing bulletins/);
  assert.equal(indexing.at(-1)!.kind, 'end');
  assert.ok(indexing.some((p) => p.kind === 'report' && /\d+\/2/.test(p.message ?? '')));
  const entities = await client.until(() => progressSpans(client.progress, /persons and units/).find((s) => s.end), 'the entities of the workspace');
  assert.ok(entities.begin >= indexing.at(-1)!.at, 'entities are found once the repeats are indexed');
});

test('repeats of a file that is not open point at it through related information, ranges by its own text', async () => {
  const { diagnostics } = await client.diagnosticsAt(uri, 1);
  const earlier = TextDocument.create(earlierUri, 'bulletin', 0, EARLIER);
  const later = TextDocument.create(uri, 'bulletin', 1, LATER);
  const cross = repeatsOf(diagnostics).filter((d) => d.relatedInformation?.[0].location.uri === earlierUri);
  assert.deepEqual(cross.map(kindOf), ['exact', 'near', 'partial']);
  const [exact, near, partial] = cross;
  assert.equal(later.getText(exact.range), P1);
  assert.equal(earlier.getText(exact.relatedInformation![0].location.range), P1);
  assert.equal(earlier.getText(near.relatedInformation![0].location.range), P2);
  assert.equal(earlier.getText(partial.relatedInformation![0].location.range), P3);
  assert.equal(later.getText(partial.range), P3.slice(0, 40));
  assert.equal(exact.severity, 2, 'warning');
  assert.match(exact.message as string, /a-earlier\.txt/);
  assert.match(near.message as string, /相似度 \d+%/);
});

test('repeats within the file and the layout lints are published with their own codes', async () => {
  const { diagnostics } = await client.diagnosticsAt(uri, 1);
  const later = TextDocument.create(uri, 'bulletin', 1, LATER);
  const inFile = repeatsOf(diagnostics).filter((d) => d.relatedInformation?.[0].location.uri === uri);
  assert.deepEqual(inFile.map((d) => [kindOf(d), later.offsetAt(d.range.start)]), [['exact', LATER.lastIndexOf(P4)]]);
  const broken = diagnostics.filter((d) => d.code === 'broken-paragraph').map((d) => later.getText(d.range));
  assert.deepEqual(broken, ['各\r\n\r\n区', '事\r\n\r\n人'], 'the fragment stops mid-sentence too');
  const doubled = diagnostics.find((d) => d.code === 'doubled-phrase')!;
  assert.equal(later.getText(doubled.range), '建档');
});

test('fix-all through the protocol: one versioned edit that removes every repeat and nothing else', async () => {
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.bulletin');
  assert.equal(actions[0].edit, undefined, 'the edit is computed on resolve');
  const resolved = await client.request<CodeAction>('codeAction/resolve', actions[0]);
  assert.equal(resolved.edit!.documentChanges!.length, 1, 'one document edit: one undo step');
  const change = resolved.edit!.documentChanges![0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri, version: 1 });
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'bulletin', 1, LATER), change.edits as TextEdit[]);
  const expected = ['某县召开冬季防火工作会议', P4, CUT_HEAD, CUT_TAIL, DOUBLED].join('\r\n\r\n') + '\r\n';
  assert.equal(fixed, expected);

  await client.change(uri, 2, fixed);
  const { diagnostics } = await client.diagnosticsAt(uri, 2);
  assert.deepEqual(repeatsOf(diagnostics), []);
  assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['broken-paragraph', 'doubled-phrase']);
  assert.equal(TextDocument.create(uri, 'bulletin', 2, fixed).getText(diagnostics.find((d) => d.code === 'doubled-phrase')!.range), '建档');
});

test('a fix offered for an older version is refused, and the fresh one applies', async () => {
  const text = `${P4}\r\n\r\n${P4}\r\n`;
  await client.change(uri, 3, text);
  const { diagnostics } = await client.diagnosticsAt(uri, 3);
  const [repeat] = repeatsOf(diagnostics);
  const ask = async (d: Diagnostic) =>
    (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).find(
      (a) => a.kind === 'quickfix',
    )!;
  const offered = await ask(repeat);
  // Text added after the repeat leaves its offsets alone: only the version tells the fix is stale.
  const edited = `${text}新增一段结尾文字。\r\n`;
  await client.change(uri, 4, edited);
  await assert.rejects(client.request('codeAction/resolve', offered), (e: { code: number; message: string }) => {
    assert.equal(e.code, -32801, 'ContentModified');
    assert.match(e.message, /文档已修改/);
    return true;
  });

  const [current] = repeatsOf((await client.diagnosticsAt(uri, 4)).diagnostics);
  const fresh = await client.request<CodeAction>('codeAction/resolve', await ask(current));
  const change = fresh.edit!.documentChanges![0] as TextDocumentEdit;
  assert.equal(change.textDocument.version, 4);
  const doc = TextDocument.create(uri, 'bulletin', 4, edited);
  assert.equal(TextDocument.applyEdits(doc, change.edits as TextEdit[]), `${P4}\r\n\r\n新增一段结尾文字。\r\n`);
});

test('each layout lint has a quick fix: join the cut paragraph, remove the double', async () => {
  const text = `某县召开会议\r\n\r\n${CUT_HEAD}\r\n\r\n${CUT_TAIL}\r\n\r\n各单位要建档建档立卡。\r\n`;
  await client.change(uri, 5, text);
  const { diagnostics } = await client.diagnosticsAt(uri, 5);
  const doc = TextDocument.create(uri, 'bulletin', 5, text);
  const apply = async (code: string) => {
    const d = diagnostics.find((x) => x.code === code)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = await client.request<CodeAction>('codeAction/resolve', actions.find((a) => a.kind === 'quickfix')!);
    assert.deepEqual(fix.diagnostics, [d]);
    return TextDocument.applyEdits(doc, (fix.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
  };
  assert.equal(await apply('broken-paragraph'), `某县召开会议\r\n\r\n${CUT_HEAD}${CUT_TAIL}\r\n\r\n各单位要建档建档立卡。\r\n`);
  assert.equal(await apply('doubled-phrase'), text.replace('建档建档', '建档'));
});

test('each lint can be turned off in the settings', async () => {
  const quiet = await LspTestClient.start({ settings: { lint: { brokenParagraph: { enabled: false }, doubledPhrase: { enabled: true } } } });
  try {
    const other = 'untitled:quiet.txt';
    await quiet.open(other, LATER);
    const { diagnostics } = await quiet.until(() => quiet.diagnostics.get(other), 'diagnostics');
    const codes = new Set(diagnostics.map((d) => d.code));
    assert.ok(codes.has('doubled-phrase') && codes.has('duplicate-paragraph'));
    assert.ok(!codes.has('broken-paragraph'));
  } finally {
    assert.equal(await quiet.stop(), 0);
  }
});
