/**
 * A user dictionary that cannot be used — a folder where the file should be,
 * binary or GBK bytes, a path the settings name that does not exist — is
 * named in a message to the user with the reason, and tagging goes on.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileUri, LspTestClient } from '../support/lspClient';

const TEXT = '某镇召开防汛工作会议\n\n本报讯 6月8日，镇党委书记蒋立群主持召开全镇防汛工作会议，要求各村压实责任。\n';

async function messagesFor(setup: (dir: string) => string | undefined, expected = 1): Promise<{ messages: string[]; tagged: boolean }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-dict-'));
  fs.mkdirSync(path.join(dir, '.vscode'));
  fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
  const setting = setup(dir);
  const client = await LspTestClient.start({ workspaceFolder: dir, settings: setting ? { userDictionary: setting } : undefined });
  try {
    const uri = fileUri(path.join(dir, 'a.txt'));
    await client.open(uri, TEXT);
    await client.until(() => client.statuses.get(uri), 'the bulletin analysed');
    // The dictionary is read once the settings are in; wait for the message where one is expected.
    if (expected) await client.until(() => (client.messages.length >= expected ? true : undefined), 'a message about the dictionary');
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    return { messages: client.messages.map((m) => m.message), tagged: tokens.data.length > 0 };
  } finally {
    assert.equal(await client.stop(), 0, 'the server never crashes over a dictionary');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a folder where the dictionary file should be', async () => {
  const { messages, tagged } = await messagesFor((dir) => {
    fs.mkdirSync(path.join(dir, '.vscode', 'bulletin-dictionary.txt'));
    return undefined;
  });
  assert.equal(messages.length, 1);
  assert.match(messages[0], /bulletin-dictionary\.txt/);
  assert.match(messages[0], /文件夹/);
  assert.ok(tagged, 'tagging goes on without the dictionary');
});

test('a dictionary in GBK or with NUL bytes is not UTF-8 text', async () => {
  for (const bytes of [Buffer.from([0xb2, 0xbb, 0xca, 0xc7, 0x20, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]), Buffer.from('not \u0000x\n')]) {
    const { messages } = await messagesFor((dir) => {
      fs.writeFileSync(path.join(dir, '.vscode', 'bulletin-dictionary.txt'), bytes);
      return undefined;
    });
    assert.equal(messages.length, 1);
    assert.match(messages[0], /不是 UTF-8/);
  }
});

test('a path the settings name that does not exist is said; the default missing is not', async () => {
  const chosen = await messagesFor(() => 'words/my-dictionary.txt');
  assert.equal(chosen.messages.length, 1);
  assert.match(chosen.messages[0], /my-dictionary\.txt：文件不存在/);
  const absent = await messagesFor(() => undefined, 0);
  assert.deepEqual(absent.messages, []);
});
