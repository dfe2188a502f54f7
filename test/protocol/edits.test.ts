/**
 * Edits arrive as incremental changes to a document the server updates in
 * place (as VS Code sends them): every answer after an edit must describe
 * the new text. Found by the editor suite, where a quick fix's warning
 * stayed behind at the old offsets.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, DocumentSymbol, PublishDiagnosticsParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient, ROOT } from '../support/lspClient';

const SEEDS = path.join(ROOT, 'seeds');
const SECOND = path.join(SEEDS, '001_5ae22829d223a388.txt');
let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start({ workspaceFolder: SEEDS, locale: 'en' });
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0);
});

/** Diagnostics for `version`, once they hold at least `repeats` repeated-paragraph warnings. */
function published(uri: string, version: number, repeats = 0): Promise<PublishDiagnosticsParams> {
  return client.until(() => {
    const d = client.diagnostics.get(uri);
    const found = d?.diagnostics.filter((x) => x.code === 'duplicate-paragraph').length ?? 0;
    return d && d.version === version && found >= repeats ? d : undefined;
  }, `diagnostics for version ${version}`);
}

test('after an incremental edit, diagnostics and symbols describe the new text', async () => {
  const uri = fileUri(SECOND);
  const text = fs.readFileSync(SECOND, 'utf8');
  await client.open(uri, text);
  const first = await published(uri, 1, 4); // once the workspace is indexed: 001 repeats four paragraphs of 000
  const masthead = (await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).find((s) => s.name === '郑州市上街区融媒体中心编印');
  assert.ok(masthead, 'the masthead is in the outline');
  const repeat = first.diagnostics[0];
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: repeat.range, context: { diagnostics: [repeat] } });
  const edits = (actions.find((a) => a.kind === 'quickfix')!.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
  await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });

  const doc = TextDocument.update(TextDocument.create(uri, 'plaintext', 1, text), edits.map((e) => ({ range: e.range, text: e.newText })), 2);
  const second = await published(uri, 2);
  assert.equal(second.diagnostics.length, first.diagnostics.length - 1, 'the removed repeat takes its warning with it');
  const textsBefore = first.diagnostics.slice(1).map((d) => TextDocument.create(uri, 'plaintext', 1, text).getText(d.range));
  assert.deepEqual(second.diagnostics.map((d) => doc.getText(d.range)), textsBefore, 'the other warnings moved with their paragraphs');

  await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n\n' }] });
  await published(uri, 3);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const moved = symbols.find((s) => s.name === masthead.name);
  assert.equal(moved?.selectionRange.start.line, masthead.selectionRange.start.line + 2, 'the outline moved down with the two inserted lines');
});
