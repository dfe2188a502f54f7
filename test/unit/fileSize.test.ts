import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/core/corpus';
import { DEFAULT_MAX_FILE_SIZE_MB, exceedsLimit, FILE_TOO_LARGE_CODE, fileTooLargeMessage, maxFileBytes } from '../../server/src/core/fileSize';
import { tagger } from '../support/tagger';

const LINE = '区委书记宋洁带队检查全区安全生产工作，要求区城管局压实责任。\n';

test('the limit is in MB; anything but a positive number means the default', () => {
  assert.equal(maxFileBytes(2), 2 * 1024 * 1024);
  assert.equal(maxFileBytes(0.5), 512 * 1024);
  for (const bad of [0, -1, Number.NaN, Infinity, '8', undefined, null]) assert.equal(maxFileBytes(bad), DEFAULT_MAX_FILE_SIZE_MB * 1024 * 1024);
});

test('the size is counted in UTF-8 bytes, as the file is saved', () => {
  assert.equal(exceedsLimit('a'.repeat(100), 100), false);
  assert.equal(exceedsLimit('a'.repeat(101), 100), true);
  // 34 Han characters: 102 bytes, 34 units.
  assert.equal(exceedsLimit('区'.repeat(34), 101), true);
  assert.equal(exceedsLimit('区'.repeat(34), 102), false);
  // 𠮷 is two UTF-16 units and four bytes.
  assert.equal(exceedsLimit('𠮷'.repeat(25), 100), false);
  assert.equal(exceedsLimit('𠮷'.repeat(26), 100), true);
  assert.equal(exceedsLimit('', 0), false);
});

test('a bulletin over the limit is not analysed: no outline, entities or repeats, one notice on its first line', () => {
  const text = `# 宋洁带队夜查\r\n${LINE.repeat(40)}`;
  const corpus = new Corpus(tagger, { maxFileBytes: 1024 });
  corpus.set('big.txt', text);
  corpus.set('copy.txt', text);
  const model = corpus.model('big.txt')!;
  assert.equal(model.isBulletin, false);
  assert.equal(model.notBulletinReason, 'too-large');
  assert.deepEqual([model.outline, model.entities, model.paragraphs], [[], [], []]);
  const findings = corpus.findings('copy.txt', 'zh');
  assert.equal(findings.length, 1, 'the notice and no repeat of big.txt');
  const [notice] = findings;
  assert.equal(notice.code, FILE_TOO_LARGE_CODE);
  assert.equal(notice.severity, 'information');
  assert.deepEqual([notice.start, notice.end], [0, text.indexOf('\r')]);
  assert.match(notice.message, /^文件过大（\d+ kB，超过 bulletin\.maxFileSize 设定的 1 kB），未作分析/);
  assert.match(corpus.findings('copy.txt', 'en')[0].message, /^File too large \(\d+ kB, over the bulletin\.maxFileSize limit of 1 kB\)/);
});

test('under the limit the same text is analysed; changing the limit applies when the text is set again', () => {
  const text = LINE.repeat(10);
  const corpus = new Corpus(tagger, { maxFileBytes: 100 });
  assert.equal(corpus.set('a.txt', text).notBulletinReason, 'too-large');
  assert.equal(corpus.setMaxFileBytes(100), false);
  assert.equal(corpus.setMaxFileBytes(1024 * 1024), true);
  const model = corpus.set('a.txt', text);
  assert.equal(model.isBulletin, true);
  assert.ok(model.entities.some((e) => e.text === '宋洁'));
  assert.deepEqual(corpus.findings('a.txt').filter((f) => f.code === FILE_TOO_LARGE_CODE), []);
});

test('the notice names the size, the limit and what to change, in Chinese or English', () => {
  const zh = fileTooLargeMessage('zh', 50 * 1024 * 1024, 8 * 1024 * 1024);
  assert.equal(zh, '文件过大（50 MB，超过 bulletin.maxFileSize 设定的 8 MB），未作分析：不生成大纲、不标注人物单位提法、不查找重复段落。如需分析，请调大 bulletin.maxFileSize。');
  assert.match(fileTooLargeMessage('en', 12.3 * 1024 * 1024, 8 * 1024 * 1024, '--max-file-size'), /^File too large \(12 MB, over the --max-file-size limit of 8 MB\)/);
});
