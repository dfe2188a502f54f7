/**
 * Requests are not kept waiting behind the analysis of a long bulletin
 * (2 MB of distinct text): what is asserted is the order of the answers,
 * never a time.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { DocumentSymbol, Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bulletinOfSize } from '../../bench/texts';
import { fileUri, LspTestClient, ROOT } from '../support/lspClient';

const LONG = bulletinOfSize(2 * 1024 * 1024, 3);
const SHORT_FILE = path.join(ROOT, 'seeds', '000_9ea3192d4f02f8ea.txt');
const longUri = 'file:///tmp/long-issue.txt';
let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start({});
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0);
});

/** Resolves to `label` when `promise` does, so answers can be put in the order they came. */
function labelled(promise: Promise<unknown>, label: string, order: string[]): Promise<void> {
  return promise.then(() => void order.push(label));
}

test('a short bulletin opened after a long one is outlined before the long one is coloured', async () => {
  const order: string[] = [];
  await client.open(longUri, LONG);
  const shortUri = fileUri(SHORT_FILE);
  await client.open(shortUri, fs.readFileSync(SHORT_FILE, 'utf8'));
  await Promise.all([
    labelled(client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: longUri } }), 'long tokens', order),
    labelled(client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: shortUri } }), 'short symbols', order),
  ]);
  assert.deepEqual(order, ['short symbols', 'long tokens']);
});

test('a hover right after an edit of the long bulletin is answered from the last model, before the new diagnostics', async () => {
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: longUri } });
  const first = { line: tokens.data[0], character: tokens.data[1] + 1 };
  const doc = TextDocument.create(longUri, 'bulletin', 1, LONG);
  const at = doc.positionAt(LONG.indexOf('。', LONG.length / 2));
  const order: string[] = [];
  const diagnostics = client.until(() => (client.diagnostics.get(longUri)?.version === 2 ? true : undefined), 'diagnostics of version 2', 60000);
  await client.notify('textDocument/didChange', { textDocument: { uri: longUri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: '改' }] });
  const hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: longUri }, position: first });
  await Promise.all([labelled(hover, 'hover', order), labelled(diagnostics, 'diagnostics', order)]);
  assert.deepEqual(order, ['hover', 'diagnostics']);
  assert.ok(await hover, 'the entity before the edit is still hovered');
});
