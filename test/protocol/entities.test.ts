/**
 * Entities over the protocol, against the bundled server in a workspace of
 * two bulletins written for the test (CRLF, 𠮷): hover, semantic tokens,
 * highlights, references, workspace symbols, and the dictionary quick
 * fixes end to end (the edit applied to disk, the file change notified,
 * the tags changed, the change undone).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction, DocumentHighlight, Hover, Location, PublishDiagnosticsParams, SemanticTokens, SymbolInformation,
} from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from '../support/lspClient';
import { applyToDisk } from '../support/workspaceEdit';

const A = [
  '𠮷祥镇召开防汛工作会议',
  '',
  '本报讯（记者 贾文静）6月8日，县委副书记、县长蒋立群带队到𠮷祥镇调研防汛工作。县应急局、县水利局负责人参加。',
  '',
  '蒋立群强调，要严格落实“三查三改”要求，做到“两个维护”。县应急局要加强值守，确保安全度汛。',
  '',
].join('\r\n');
const B = '柳湾乡开展防汛演练\n\n6月9日，县应急局、县人社局在柳湾乡组织演练。县长蒋立群观摩演练并讲话。\n';

let dir: string;
let client: LspTestClient;
let legend: { tokenTypes: string[]; tokenModifiers: string[] };
const uriA = () => fileUri(path.join(dir, 'a.txt'));
const uriB = () => fileUri(path.join(dir, 'b.txt'));
const dictFile = () => path.join(dir, '.vscode', 'bulletin-dictionary.txt');
const docA = () => TextDocument.create(uriA(), 'bulletin', 1, A);
const at = (text: string, nth = 0, delta = 1) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = A.indexOf(text, i + 1);
  return docA().positionAt(i + delta);
};

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-entities-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), A);
  fs.writeFileSync(path.join(dir, 'b.txt'), B);
  client = await LspTestClient.start({ workspaceFolder: dir });
  await client.open(uriA(), A);
  await client.open(uriB(), B);
  await client.until(() => client.statuses.get(uriB()), 'the second bulletin analysed');
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Decodes relative semantic tokens into absolute ones with their text. */
async function tokens(): Promise<{ line: number; char: number; length: number; type: string; modifiers: string[]; text: string }[]> {
  const result = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uriA() } });
  const doc = docA();
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < result.data.length; i += 5) {
    const [dl, dc, length, type, mods] = result.data.slice(i, i + 5);
    line += dl;
    char = dl ? dc : char + dc;
    const start = doc.offsetAt({ line, character: char });
    out.push({
      line, char, length, type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, k) => mods & (1 << k)),
      text: A.slice(start, start + length),
    });
  }
  return out;
}

test('the legend uses standard token types and modifiers only', () => {
  const provider = client.initializeResult!.capabilities.semanticTokensProvider!;
  legend = provider.legend;
  const standardTypes = ['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator'];
  const standardModifiers = ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary'];
  assert.deepEqual(legend.tokenTypes, ['variable', 'type', 'string']);
  assert.ok(legend.tokenTypes.every((t) => standardTypes.includes(t)));
  assert.ok(legend.tokenModifiers.every((m) => standardModifiers.includes(m)));
});

test('semantic tokens are well formed, on one line each, never overlapping, and 𠮷 counts two units', async () => {
  const all = await tokens();
  for (let i = 1; i < all.length; i++) {
    const [p, t] = [all[i - 1], all[i]];
    assert.ok(t.line > p.line || t.char >= p.char + p.length, `token ${t.text} overlaps ${p.text}`);
  }
  for (const t of all) assert.ok(!/[\r\n]/.test(t.text), 'a token stays on its line');
  const town = all.find((t) => t.text === '𠮷祥镇')!;
  assert.deepEqual([town.line, town.char, town.length, town.type], [0, 0, 4, 'type']);
  const people = all.filter((t) => t.text === '蒋立群');
  assert.deepEqual(people.map((t) => [t.line, t.type, t.modifiers]), [[2, 'variable', ['declaration']], [4, 'variable', []]]);
  assert.deepEqual(all.find((t) => t.text === '两个维护')?.modifiers, ['declaration', 'defaultLibrary']);
  assert.equal(all.find((t) => t.text === '三查三改')?.type, 'string');
  assert.ok(all.some((t) => t.text === '贾文静'));
});

test('hover on a person: type, title, counts here and in the workspace, first line, rule', async () => {
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriA() }, position: at('蒋立群') });
  const value = (hover.contents as { value: string }).value;
  assert.match(value, /\*\*人物\*\* 蒋立群/);
  assert.match(value, /职务：县委副书记、县长/);
  assert.match(value, /本文出现 2 次；工作区共 3 次，见于 2 个文件/);
  assert.match(value, /本文首次出现：第 3 行/);
  assert.match(value, /识别依据：名字前的职务或身份/);
  assert.deepEqual(hover.range, { start: at('蒋立群', 0, 0), end: at('蒋立群', 0, 3) });
});

test('hover on a unit gives its full name; on a known slogan, its gloss', async () => {
  const unit = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriB() }, position: TextDocument.create(uriB(), 'bulletin', 1, B).positionAt(B.indexOf('县人社局') + 1) });
  assert.match((unit.contents as { value: string }).value, /全称：县人力资源和社会保障局/);
  const slogan = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriA() }, position: at('两个维护') });
  assert.match((slogan.contents as { value: string }).value, /\*\*提法\*\* 两个维护[\s\S]*释义：/);
  assert.equal(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriA() }, position: at('调研') }), null);
});

test('document highlights mark every mention of the entity in this file', async () => {
  const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: uriA() }, position: at('县应急局', 1) });
  assert.deepEqual(highlights.map((h) => h.range.start), [at('县应急局', 0, 0), at('县应急局', 1, 0)]);
});

test('find all references covers the workspace; without the declaration the first mention goes', async () => {
  const params = (includeDeclaration: boolean) => ({ textDocument: { uri: uriA() }, position: at('县应急局'), context: { includeDeclaration } });
  const all = await client.request<Location[]>('textDocument/references', params(true));
  assert.deepEqual(all.map((l) => path.basename(l.uri)), ['a.txt', 'a.txt', 'b.txt']);
  const rest = await client.request<Location[]>('textDocument/references', params(false));
  assert.deepEqual(rest, all.slice(1));
});

test('workspace symbols list persons and units per file, matched by name or title', async () => {
  const units = await client.request<SymbolInformation[]>('workspace/symbol', { query: '应急' });
  assert.deepEqual(units.map((s) => [s.name, s.kind, path.basename(s.location.uri)]), [['县应急局', 5, 'a.txt'], ['县应急局', 5, 'b.txt']]);
  const byTitle = await client.request<SymbolInformation[]>('workspace/symbol', { query: '县长' });
  assert.ok(byTitle.some((s) => s.name === '蒋立群' && s.kind === 13 && /县长/.test(s.containerName ?? '')));
});

async function changed(): Promise<void> {
  await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dictFile()), type: 2 }] });
}

async function personTexts(): Promise<string[]> {
  return (await tokens()).filter((t) => t.type === 'variable').map((t) => t.text);
}

test('quick fix "not an entity" creates the dictionary, the tags change, and undoing it brings them back', async () => {
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: uriA() }, range: { start: at('蒋立群'), end: at('蒋立群') }, context: { diagnostics: [] },
  });
  const not = actions.find((a) => a.title === '不是实体：蒋立群（写入用户词典）')!;
  assert.equal(not.kind, 'quickfix.bulletin.dictionary');
  assert.ok(actions.some((a) => a.title === '总是标注为单位：蒋立群'));
  const refreshes = client.tokenRefreshes;
  applyToDisk(not.edit!);
  assert.match(fs.readFileSync(dictFile(), 'utf8'), /^#.*\nnot 蒋立群\n$/);
  await changed();
  await client.until(() => (client.tokenRefreshes > refreshes ? true : undefined), 'a request to recolour');
  assert.ok(!(await personTexts()).includes('蒋立群'));

  fs.writeFileSync(dictFile(), '# emptied, as an undo would\n');
  await changed();
  await client.until(() => (client.tokenRefreshes > refreshes + 1 ? true : undefined), 'a second request to recolour');
  assert.ok((await personTexts()).includes('蒋立群'));
});

test('quick fix "always tag as" on a selection appends to the existing dictionary', async () => {
  const range = { start: at('防汛工作', 0, 0), end: at('防汛工作', 0, 4) };
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriA() }, range, context: { diagnostics: [] } });
  const slogan = actions.find((a) => a.title === '总是标注为提法：防汛工作')!;
  assert.equal(slogan.edit!.documentChanges!.length, 1, 'the file exists: no create');
  applyToDisk(slogan.edit!);
  assert.match(fs.readFileSync(dictFile(), 'utf8'), /\nslogan 防汛工作\n$/);
  await changed();
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline && !(await tokens()).some((t) => t.text === '防汛工作' && t.type === 'string')) await new Promise((r) => setTimeout(r, 100));
  assert.ok((await tokens()).some((t) => t.text === '防汛工作' && t.type === 'string'));
});

test('a bad dictionary line is reported on the file, with its line, and does not stop the others', async () => {
  fs.appendFileSync(dictFile(), 'persn 张三\nperson 贾文静\n');
  await changed();
  const published = await client.until(() => {
    const d: PublishDiagnosticsParams | undefined = client.diagnostics.get(fileUri(dictFile()));
    return d && d.diagnostics.length ? d : undefined;
  }, 'diagnostics on the dictionary');
  const [problem] = published.diagnostics;
  assert.equal(problem.code, 'dictionary-unknown-kind');
  assert.equal(problem.range.start.line, fs.readFileSync(dictFile(), 'utf8').split('\n').indexOf('persn 张三'));
  assert.match(String(problem.message), /persn/);
});

test('with an English locale, hover and quick fixes speak English', async () => {
  const en = await LspTestClient.start({ workspaceFolder: dir, locale: 'en' });
  try {
    await en.open(uriA(), A);
    await en.until(() => en.statuses.get(uriA()), 'status');
    const hover = await en.request<Hover>('textDocument/hover', { textDocument: { uri: uriA() }, position: at('贾文静') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Person\*\* 贾文静/);
    assert.match(value, /Titles: 记者/);
    assert.match(value, /Found by: a byline/);
    const actions = await en.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriA() }, range: { start: at('贾文静'), end: at('贾文静') }, context: { diagnostics: [] },
    });
    assert.ok(actions.some((a) => a.title === '"贾文静" is not an entity (add to the user dictionary)'));
  } finally {
    assert.equal(await en.stop(), 0);
  }
});

test('a dictionary at a path of the user\'s choosing is watched there and applied', async () => {
  const custom = await LspTestClient.start({ workspaceFolder: dir, settings: { userDictionary: 'words/custom.dic' } });
  try {
    const registration = await custom.until(
      () => custom.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'a file watcher registration',
    );
    const [watcher] = (registration.registerOptions as { watchers: { globPattern: { baseUri: string; pattern: string } }[] }).watchers;
    assert.deepEqual(watcher.globPattern, { baseUri: fileUri(path.join(dir, 'words')), pattern: 'custom.dic' });
    await custom.open(uriB(), B);
    await custom.until(() => custom.statuses.get(uriB()), 'status');
    fs.mkdirSync(path.join(dir, 'words'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'words', 'custom.dic'), 'unit 柳湾乡组织演练\n');
    await custom.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, 'words', 'custom.dic')), type: 1 }] });
    const position = TextDocument.create(uriB(), 'bulletin', 1, B).positionAt(B.indexOf('组织演练'));
    const deadline = Date.now() + 10000;
    let value = '';
    while (Date.now() < deadline && !value.includes('柳湾乡组织演练')) {
      const h = await custom.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriB() }, position });
      value = h ? (h.contents as { value: string }).value : '';
      if (!value.includes('柳湾乡组织演练')) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(value, /\*\*单位\*\* 柳湾乡组织演练[\s\S]*识别依据：用户词典/);
  } finally {
    assert.equal(await custom.stop(), 0);
  }
});
