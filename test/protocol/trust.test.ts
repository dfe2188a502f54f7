/**
 * Untrusted and virtual workspaces: the server reads no user dictionary from
 * an untrusted folder until trust is granted, and a workspace whose folders
 * are not on disk still gets its open documents analysed.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { DocumentSymbol, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspTestClient } from '../support/lspClient';

const TEXT = '某镇召开防汛工作会议\n\n本报讯 6月8日，镇党委书记蒋立群主持召开全镇防汛工作会议，要求各村压实责任。\n';

async function hoverOnName(client: LspTestClient, uri: string): Promise<Hover | null> {
  const position = TextDocument.create(uri, 'bulletin', 1, TEXT).positionAt(TEXT.indexOf('蒋立群') + 1);
  return client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
}

test('a dictionary inside an untrusted folder is not read until the workspace is trusted', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-trust-'));
  fs.mkdirSync(path.join(dir, '.vscode'));
  const dictionary = path.join(dir, '.vscode', 'bulletin-dictionary.txt');
  fs.writeFileSync(dictionary, 'not 蒋立群\n');
  fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
  const client = await LspTestClient.start({ workspaceFolder: dir, initializationOptions: { workspaceTrusted: false } });
  try {
    const uri = fileUri(path.join(dir, 'a.txt'));
    await client.open(uri, TEXT);
    await client.until(() => client.statuses.get(uri), 'the bulletin analysed');
    assert.ok(await hoverOnName(client, uri), 'untrusted: the dictionary\'s "not" entry is not applied');
    const note = await client.until(() => client.diagnostics.get(fileUri(dictionary)), 'a note on the dictionary file');
    assert.deepEqual(note.diagnostics.map((d) => d.code), ['dictionary-untrusted']);

    await client.notify('bulletin/workspaceTrusted', {});
    const cleared = await client.until(() => {
      const d = client.diagnostics.get(fileUri(dictionary)) as PublishDiagnosticsParams | undefined;
      return d && d.diagnostics.length === 0 ? d : undefined;
    }, 'the note cleared once trusted');
    assert.ok(cleared);
    assert.equal(await hoverOnName(client, uri), null, 'trusted: 蒋立群 is no longer tagged');
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a virtual workspace: no folder on disk, open documents still analysed', async () => {
  const client = await LspTestClient.start({ workspaceFolderUris: ['vscode-vfs://github/someone/bulletins'] });
  try {
    const uri = 'vscode-vfs://github/someone/bulletins/a.txt';
    await client.open(uri, TEXT);
    assert.equal((await client.until(() => client.statuses.get(uri), 'status')).isBulletin, true);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].name, '某镇召开防汛工作会议');
    assert.ok(await hoverOnName(client, uri));
    assert.equal(await client.stop(), 0, 'the server exits cleanly');
  } catch (error) {
    await client.stop().catch(() => undefined);
    throw error;
  }
});
