import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/core/corpus';
import { exportFile } from '../../server/src/export/annotations';
import { tagger } from '../support/tagger';

const TEXT = '某县召开安全生产工作会议\r\n\r\n本报讯 3月5日，县委书记欧阳明远主持召开全县安全生产工作会议，严格落实“三管三必须”要求，𠮷祥村等村镇负责人参加会议。\r\n';

test('the export slices: every entity text and article title equals the text at its offsets', () => {
  const corpus = new Corpus(tagger);
  corpus.set('a.txt', TEXT);
  const file = exportFile(corpus, 'a.txt', 'zh');
  assert.equal(file.isBulletin, true);
  assert.ok(file.entities.length >= 2);
  for (const e of file.entities) assert.equal(TEXT.slice(e.start, e.end), e.text);
  for (const a of file.articles) assert.equal(TEXT.slice(a.titleStart, a.titleEnd), a.title);
  assert.deepEqual(Object.keys(file.entities.find((e) => e.type === 'person')!).sort(), ['end', 'start', 'text', 'title', 'type']);
});

test('a file that is not a bulletin has empty lists', () => {
  const corpus = new Corpus(tagger);
  corpus.set('readme.txt', 'This is an English readme.\nNothing to see here.');
  assert.deepEqual(exportFile(corpus, 'readme.txt', 'zh'), { path: 'readme.txt', isBulletin: false, articles: [], entities: [], diagnostics: [] });
});

test('a cross-file repeat names the earlier file in related', () => {
  const para = '会议要求，各单位要进一步提高政治站位，压实工作责任，确保各项措施落实到位，切实维护人民群众生命财产安全。';
  const corpus = new Corpus(tagger, { displayName: (d) => d });
  corpus.set('a.txt', `某县召开安全生产工作会议\n\n${para}\n`);
  corpus.set('b.txt', `某县召开防汛工作会议\n\n${para}\n`);
  const [d] = exportFile(corpus, 'b.txt', 'zh').diagnostics;
  assert.equal(d.code, 'duplicate-paragraph');
  assert.equal(d.kind, 'exact');
  assert.deepEqual(d.related, [{ path: 'a.txt', start: 14, end: 14 + para.length }]);
  assert.match(d.message, /a\.txt/);
});
