/**
 * The CLI as a separate process: exit codes of the spec (0 read, 1 a file
 * unreadable, 2 bad arguments), JSON alone on stdout, and files it cannot
 * analyse reported plainly.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/lspClient';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folderWith(files: Record<string, Uint8Array | string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-test-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

test('bad arguments exit 2 with usage on stderr and nothing on stdout', () => {
  for (const args of [[], ['annotate'], ['frobnicate', 'seeds'], ['annotate', '--bogus', 'seeds'], ['annotate', '--lang', 'fr', 'seeds']]) {
    const r = run(...args);
    assert.equal(r.code, 2, `args ${args.join(' ')}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /usage/);
  }
});

test('a folder: sorted *.txt files, binary and GBK files reported as not bulletins', () => {
  const gbk = Uint8Array.from(Array(20).fill([0xc7, 0xf8, 0xce, 0xaf, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2, 0xe9, 0x0a]).flat());
  const binary = fs.readFileSync(path.join(ROOT, 'dist', 'jieba', 'nodejieba.node'));
  const dir = folderWith({ 'b.txt': gbk, 'a.txt': fs.readFileSync(path.join(ROOT, 'seeds', '000_9ea3192d4f02f8ea.txt')), 'c.txt': binary, 'skip.md': '# not a txt' });
  const r = run('annotate', '--json', dir);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.files.map((f: { path: string }) => path.basename(f.path)), ['a.txt', 'b.txt', 'c.txt']);
  const [a, b, c] = out.files;
  assert.equal(a.isBulletin, true);
  assert.equal(b.isBulletin, false);
  assert.deepEqual(b.diagnostics.map((d: { code: string }) => d.code), ['wrong-encoding']);
  assert.deepEqual(c, { path: path.join(dir, 'c.txt'), isBulletin: false, articles: [], entities: [], diagnostics: [] });
});

test('an unreadable path: exit 1, the others still reported, an error field on the failed one', () => {
  const dir = folderWith({ 'a.txt': fs.readFileSync(path.join(ROOT, 'seeds', '000_9ea3192d4f02f8ea.txt')) });
  const missing = path.join(dir, 'missing.txt');
  const r = run('annotate', '--json', path.join(dir, 'a.txt'), missing);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.files[0].isBulletin, true);
  assert.equal(out.files[1].path, missing);
  assert.match(out.files[1].error, /ENOENT|no such file/);
  assert.match(r.stderr, /missing\.txt/);
});

test('the readable report lists the outline, entities and warnings', () => {
  const r = run('annotate', 'seeds');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /== seeds\/001_5ae22829d223a388\.txt/);
  assert.match(r.stdout, /\[article\] 宋洁带队夜查全区大气污染防治工作/);
  assert.match(r.stdout, /完全重复：此段与《000_9ea3192d4f02f8ea\.txt》第 1 行的段落完全相同/);
});

test('a file over --max-file-size is skipped unread: said on stderr, in the export as not a bulletin with the notice', () => {
  const seed = fs.readFileSync(path.join(ROOT, 'seeds', '000_9ea3192d4f02f8ea.txt'), 'utf8');
  const dir = folderWith({ 'a.txt': seed, 'big.txt': seed.repeat(20) });
  const r = run('annotate', '--json', '--lang', 'en', '--max-file-size', '0.1', dir);
  assert.equal(r.code, 0, r.stderr);
  const [a, big] = JSON.parse(r.stdout).files;
  assert.equal(a.isBulletin, true);
  assert.deepEqual(Object.keys(big), ['path', 'isBulletin', 'articles', 'entities', 'diagnostics']);
  assert.deepEqual([big.isBulletin, big.articles, big.entities], [false, [], []]);
  assert.deepEqual(big.diagnostics.map((d: { code: string; severity: string }) => [d.code, d.severity]), [['file-too-large', 'information']]);
  assert.match(big.diagnostics[0].message, /^File too large \(0\.\d+ MB, over the --max-file-size limit of 0\.1 MB\)/);
  assert.match(r.stderr, /skipped .*big\.txt: File too large/);
  assert.equal(run('annotate', '--max-file-size', 'lots', dir).code, 2);
});
