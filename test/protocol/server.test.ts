/**
 * The bundled server as a separate process over stdio: initialize with the
 * seeds as workspace, open a seed, and ask what an editor asks.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, DocumentSymbol, Hover, SemanticTokens, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient, ROOT } from '../support/lspClient';

const SEEDS = path.join(ROOT, 'seeds');
const FIRST = path.join(SEEDS, '000_9ea3192d4f02f8ea.txt');
const SECOND = path.join(SEEDS, '001_5ae22829d223a388.txt');
let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start({ workspaceFolder: SEEDS });
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown');
});

test('a seed opened as plain text is judged a bulletin; an English text is not', async () => {
  const uri = fileUri(FIRST);
  await client.open(uri, fs.readFileSync(FIRST, 'utf8'));
  const status = await client.until(() => client.statuses.get(uri), 'bulletin status');
  assert.equal(status.isBulletin, true);
  const readme = 'file:///tmp/README.txt';
  await client.open(readme, 'Scanned issues live here.\nRun the importer first.\n');
  assert.equal((await client.until(() => client.statuses.get(readme), 'readme status')).isBulletin, false);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: readme } });
  assert.deepEqual(symbols, []);
});

test('document symbols give the outline with clean headlines', async () => {
  const uri = fileUri(FIRST);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols[0].name, '宋洁带队夜查全区大气污染防治工作');
  assert.deepEqual(symbols[0].selectionRange, { start: { line: 0, character: 3 }, end: { line: 0, character: 19 } });
  assert.ok(symbols.length >= 5);
});

test('hover on a person names the type and the title', async () => {
  const uri = fileUri(FIRST);
  const text = fs.readFileSync(FIRST, 'utf8');
  const doc = TextDocument.create(uri, 'bulletin', 1, text);
  const at = doc.positionAt(text.indexOf('区委书记宋洁') + 4);
  const result = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at });
  const value = (result.contents as { value: string }).value;
  assert.match(value, /\*\*人物\*\* 宋洁/);
  assert.match(value, /职务：区委书记/);
  assert.match(value, /工作区共 \d+ 次/);
});

test('semantic tokens are well formed and cover a person', async () => {
  const uri = fileUri(FIRST);
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.equal(tokens.data.length % 5, 0);
  assert.ok(tokens.data.length / 5 >= 10);
  // The first token is the first mention of 宋洁: line 0, character 3, length 2, type variable (0), declaration.
  assert.deepEqual(tokens.data.slice(0, 5), [0, 3, 2, 0, 1]);
});

test('repeats across files carry related information, and the quick fix removes exactly the repeat', async () => {
  const uri = fileUri(SECOND);
  const text = fs.readFileSync(SECOND, 'utf8');
  await client.open(uri, text);
  const published = await client.until(() => {
    const d = client.diagnostics.get(uri);
    return d && d.diagnostics.length ? d : undefined;
  }, 'diagnostics for the second seed');
  const exact = published.diagnostics.find((d) => (d.data as { kind: string }).kind === 'exact')!;
  assert.equal(exact.code, 'duplicate-paragraph');
  assert.equal(exact.relatedInformation![0].location.uri, fileUri(FIRST));

  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: exact.range,
    context: { diagnostics: [exact] },
  });
  const fix = actions.find((a) => a.kind === 'quickfix')!;
  const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
  assert.equal(change.textDocument.version, 1, 'the edit names the version it was computed for');
  const doc = TextDocument.create(uri, 'bulletin', 1, text);
  const fixed = TextDocument.applyEdits(doc, change.edits as TextEdit[]);
  const removed = doc.getText(exact.range);
  assert.equal(fixed.length, text.length - removed.length - 2, 'only the paragraph and one blank line go');
  assert.equal(fixed.split(removed).length, text.split(removed).length - 1);
});
