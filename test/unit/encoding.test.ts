import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/core/corpus';
import { decodeBulletin } from '../../server/src/core/decode';
import { WRONG_ENCODING_CODE } from '../../server/src/core/encoding';
import { exportFile } from '../../server/src/export/annotations';
import { tagger } from '../support/tagger';

const UTF8 = '区委召开全区安全生产工作会议，区委书记主持会议并讲话，要求各单位压实责任。\n';

test('GBK bytes read as UTF-8: not a bulletin, and one warning that says how to reopen', () => {
  const garbled = Buffer.from(new TextEncoder().encode(UTF8)).toString('latin1');
  const gbkAsUtf8 = new TextDecoder('utf-8').decode(gbkBytes());
  for (const text of [gbkAsUtf8, garbled]) {
    const corpus = new Corpus(tagger);
    corpus.set('x.txt', text);
    const file = exportFile(corpus, 'x.txt', 'zh');
    assert.equal(file.isBulletin, false);
    assert.deepEqual(file.articles, []);
    assert.deepEqual(file.entities, []);
    assert.equal(file.diagnostics.length, 1);
    assert.equal(file.diagnostics[0].code, WRONG_ENCODING_CODE);
    assert.match(file.diagnostics[0].message, /GB18030/);
    assert.ok(file.diagnostics[0].end <= text.length);
  }
});

test('a UTF-8 bulletin and an English text get no encoding warning', () => {
  const corpus = new Corpus(tagger);
  corpus.set('a.txt', UTF8);
  corpus.set('b.txt', 'Plain English notes.\nNothing else.');
  assert.deepEqual(corpus.findings('a.txt'), []);
  assert.deepEqual(corpus.findings('b.txt'), []);
});

/** The bytes of some Chinese text in GBK (区委召开会议 …), repeated. */
function gbkBytes(): Uint8Array {
  const one = [0xc7, 0xf8, 0xce, 0xaf, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2, 0xe9, 0xa3, 0xac, 0xd2, 0xaa, 0xc7, 0xf3, 0x0a];
  return Uint8Array.from(Array(20).fill(one).flat());
}

test('a byte-order mark (UTF-8, UTF-16 LE or BE) is not part of the text', () => {
  const text = '𠮷区委书记宋洁\r\n带队检查。';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  assert.equal(decodeBulletin(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), text);
  assert.equal(decodeBulletin(Buffer.concat([Buffer.from([0xff, 0xfe]), le])), text);
  assert.equal(decodeBulletin(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), text);
  assert.equal(decodeBulletin(Buffer.from(text)), text);
});
