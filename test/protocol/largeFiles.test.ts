/**
 * The size limit (bulletin.maxFileSize) through the protocol: a workspace
 * file over it is left unread and said so once; an open document over it
 * gets one notice and no analysis; raising the limit analyses it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { DocumentSymbol, SemanticTokens } from 'vscode-languageserver-protocol';
import { bulletinOfSize } from '../../bench/texts';
import { fileUri, LspTestClient, ROOT } from '../support/lspClient';

const BIG = bulletinOfSize(300 * 1024, 5);
let dir: string;
let client: LspTestClient;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'large-files-'));
  fs.writeFileSync(path.join(dir, 'big.txt'), BIG);
  fs.copyFileSync(path.join(ROOT, 'seeds', '000_9ea3192d4f02f8ea.txt'), path.join(dir, 'a.txt'));
  client = await LspTestClient.start({ workspaceFolder: dir, settings: { maxFileSize: 0.1 } });
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('indexing leaves a workspace file over the limit unread and says so once', async () => {
  const said = await client.until(() => client.messages.find((m) => /超过 bulletin\.maxFileSize/.test(m.message)), 'the skipped-files message');
  assert.equal(said.type, 3, 'information');
  assert.match(said.message, /^工作区中有 1 个文件超过 bulletin\.maxFileSize 设定的 0\.1 MB，未读取.*big\.txt/);
});

test('an open document over the limit gets one notice on its first line and nothing else', async () => {
  const uri = fileUri(path.join(dir, 'big.txt'));
  await client.open(uri, BIG);
  const published = await client.diagnosticsAt(uri, 1);
  assert.equal(published.diagnostics.length, 1);
  const [notice] = published.diagnostics;
  assert.equal(notice.code, 'file-too-large');
  assert.equal(notice.severity, 3, 'information');
  assert.equal(notice.range.start.line, 0);
  assert.equal(notice.range.end.line, 0);
  assert.match(String(notice.message), /^文件过大（0\.29 MB，超过 bulletin\.maxFileSize 设定的 0\.1 MB），未作分析/);
  assert.deepEqual(client.statuses.get(uri), { uri, isBulletin: false, reason: 'too-large' });
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.deepEqual(tokens.data, [], 'no entity tokens');
  assert.deepEqual(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), []);
});

test('raising the limit analyses the open document', async () => {
  const uri = fileUri(path.join(dir, 'big.txt'));
  await client.configure({ maxFileSize: 8 });
  await client.until(() => (client.statuses.get(uri)?.isBulletin ? true : undefined), 'the document judged a bulletin', 60000);
  const analysed = () => client.diagnostics.get(uri)?.diagnostics.every((d) => d.code !== 'file-too-large') || undefined;
  await client.until(analysed, 'diagnostics without the notice');
  // Colours asked for while the entities are being found come from the last model (none); the server asks the editor to recolour once they are.
  const refreshes = client.tokenRefreshes;
  let tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  if (!tokens.data.length) {
    await client.until(() => (client.tokenRefreshes > refreshes ? true : undefined), 'a request to recolour', 60000);
    tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
  }
  assert.ok(tokens.data.length / 5 >= 20, `entity tokens: ${tokens.data.length / 5}`);
  assert.ok((await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).length >= 5);
});
