import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkBulletin } from '../../server/src/core/detect';

const BULLETIN = '区委召开工作会议\n\n11月2日，区委召开全区安全生产工作会议，区委书记主持会议并讲话。';

test('a Chinese news text is a bulletin', () => {
  assert.deepEqual(checkBulletin(BULLETIN), { isBulletin: true });
});

test('an English README is not', () => {
  const readme = '# Project\n\nThis folder holds the scanned issues. See 说明 for details.\nRun make to build.';
  assert.equal(checkBulletin(readme).reason, 'not-chinese');
});

test('empty and whitespace-only texts are not', () => {
  assert.equal(checkBulletin('').reason, 'empty');
  assert.equal(checkBulletin(' \u3000\r\n\t').reason, 'empty');
});

test('text with NUL bytes is binary', () => {
  assert.equal(checkBulletin('PK\u0003\u0004\u0000\u0000abc区委').reason, 'binary');
});

test('GBK bytes decoded as UTF-8 are mojibake', () => {
  const gbk = Buffer.from([0xc7, 0xf8, 0xce, 0xaf, 0xd5, 0xd9, 0xbf, 0xaa, 0xb9, 0xa4, 0xd7, 0xf7, 0xbb, 0xe1, 0xd2, 0xe9]);
  const asUtf8 = Buffer.concat(Array(10).fill(gbk)).toString('utf8');
  assert.equal(checkBulletin(asUtf8).reason, 'mojibake');
  const asLatin1 = Buffer.concat(Array(10).fill(gbk)).toString('latin1');
  assert.equal(checkBulletin(asLatin1).reason, 'mojibake');
});
