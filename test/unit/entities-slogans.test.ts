import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entities, texts } from '../support/entities';

test('quoted formulas: numbers counting items, X加Y, 5+2, a run of single characters', () => {
  const text = '落实“三查三改”“四个到位”，坚持“5+2”“白加黑”，整治“脏乱差”。';
  assert.deepEqual(texts(text, 'slogan'), ['三查三改', '四个到位', '5+2', '白加黑', '脏乱差']);
});

test('quoted formulas: parallel clauses, and clauses on one frame or differing in numbers', () => {
  const text = '推行“马上办、网上办、就近办、一次办”，做到“2分钟接警、10分钟到场、60分钟处置”，守住“双随机、一公开”。';
  assert.deepEqual(texts(text, 'slogan'), ['马上办、网上办、就近办、一次办', '2分钟接警、10分钟到场、60分钟处置', '双随机、一公开']);
});

test('quoted formulas: the patterns of policy language', () => {
  assert.deepEqual(texts('实现“拿地即开工”，坚持“谁主管谁负责”“先治理后开发”“边查边改”。', 'slogan'), ['拿地即开工', '谁主管谁负责', '先治理后开发', '边查边改']);
});

test('campaign names in quotes end like campaigns', () => {
  assert.deepEqual(texts('开展“春雷行动”“作风建设年”和“就业援助月”活动。', 'slogan'), ['春雷行动', '作风建设年', '就业援助月']);
});

test('not slogans: direct speech, sentences, single labels and metaphors, numbers', () => {
  assert.deepEqual(texts('他说：“我们一定把这件事办好。”', 'slogan'), []);
  assert.deepEqual(texts('化身“娘家人”，当好“千里眼”，成立“三方”联动，村“两委”换届，“12”号楼。', 'slogan'), []);
  assert.deepEqual(texts('“读懂今天的中国，必须读懂中国共产党”。', 'slogan'), []);
  assert.deepEqual(texts('让环境“一时好”变成“一直好”。', 'slogan'), []);
});

test('known national formulas: glossed, and found without quotes when distinctive', () => {
  const [quoted] = entities('深入开展“我为群众办实事”实践活动。', 'slogan');
  assert.equal(quoted.text, '我为群众办实事');
  assert.ok(quoted.gloss);
  assert.deepEqual(texts('坚决做到两个维护，树牢四个意识。', 'slogan'), ['两个维护', '四个意识']);
  assert.deepEqual(texts('推动乡村振兴和共同富裕。', 'slogan'), []);
});

test('a slogan inside 《》 is a title, not a slogan', () => {
  assert.deepEqual(texts('学习《“十四五”规划纲要》。', 'slogan'), []);
});
