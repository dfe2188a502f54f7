/**
 * nodejieba's dictionaries cannot be loaded (BULLETIN_JIEBA_DIR points at a
 * folder without them): the server does not crash or repeat itself; it
 * outlines and finds repeats without entities, and says so once.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { DocumentSymbol, SemanticTokens } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient, ROOT } from '../support/lspClient';

const SEEDS = path.join(ROOT, 'seeds');
const FIRST = path.join(SEEDS, '000_9ea3192d4f02f8ea.txt');
const SECOND = path.join(SEEDS, '001_5ae22829d223a388.txt');
const BROKEN = fs.mkdtempSync(path.join(os.tmpdir(), 'no-jieba-'));
const MISSING = path.join(BROKEN, 'jieba.dict.utf8');
let client: LspTestClient;

before(async () => {
  client = await LspTestClient.start({ workspaceFolder: SEEDS, env: { BULLETIN_JIEBA_DIR: BROKEN } });
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown');
  fs.rmSync(BROKEN, { recursive: true, force: true });
});

test('outline and repeats work without the segmenter; entities are empty', async () => {
  const first = fileUri(FIRST);
  const second = fileUri(SECOND);
  await client.open(first, fs.readFileSync(FIRST, 'utf8'));
  await client.open(second, fs.readFileSync(SECOND, 'utf8'));
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: first } });
  assert.equal(symbols[0].name, '宋洁带队夜查全区大气污染防治工作');
  const repeats = await client.until(() => {
    const found = client.diagnostics.get(second)?.diagnostics.filter((d) => d.code === 'duplicate-paragraph');
    return found?.length ? found : undefined;
  }, 'repeats in the second seed');
  assert.equal(repeats[0].relatedInformation![0].location.uri, first);
  for (const uri of [first, second]) {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(tokens.data, []);
  }
  const symbolsAgain = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: second } });
  assert.ok(symbolsAgain.length > 0);
});

test('one warning names the file that could not be loaded and says tagging is off', async () => {
  const warnings = await client.until(() => {
    const found = client.messages.filter((m) => m.type === 2);
    return found.length ? found : undefined;
  }, 'the warning');
  // Edits and more requests after it do not repeat it.
  const uri = fileUri(FIRST);
  await client.change(uri, 2, fs.readFileSync(FIRST, 'utf8') + '\n区委书记王明带队检查。\n');
  await client.diagnosticsAt(uri, 2);
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
  assert.equal(client.messages.filter((m) => m.type === 2).length, 1);
  assert.equal(warnings[0].message, `无法加载分词词典 ${MISSING}：人物、单位和提法的标注已关闭；大纲和重复段落检查照常工作。重新安装扩展可恢复标注。`);
});

test('the command line with a broken dictionary: a clear error and exit code 2', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'annotate', '--json', FIRST], {
    encoding: 'utf8',
    env: { ...process.env, BULLETIN_JIEBA_DIR: BROKEN },
  });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, new RegExp(`cannot load the word segmenter \\(nodejieba\\): nodejieba: file missing: ${MISSING.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});
