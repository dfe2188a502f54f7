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

test('formulas with + are no speech, even after a headline colon; a trailing + opens a formula', () => {
  assert.deepEqual(texts('某某钢厂：“党建+生产”筑牢防线。推行“茶叶+”发展模式。', 'slogan'), ['党建+生产', '茶叶+']);
});

test('single verbs in a list, short clauses on one head, longer clauses sharing a character', () => {
  const text = '坚持“访、听、办”一体推进，做到“抓早、抓小、抓了”，落实“镇干部包村、村干部包组、党员包户”的要求，建设“进学校、进企业、进村居、进宗教场所”宣讲。';
  assert.deepEqual(texts(text, 'slogan'), ['访、听、办', '抓早、抓小、抓了', '镇干部包村、村干部包组、党员包户', '进学校、进企业、进村居、进宗教场所']);
});

test('policy patterns: A就是B, 以A促B, doing a thing once; a number and one character', () => {
  assert.deepEqual(texts('坚持“安全就是效益”，推行“以案促改”“最多查一次”，开展“三送”活动。', 'slogan'), ['安全就是效益', '以案促改', '最多查一次', '三送']);
});

test('four characters ending in a verb or quality are a call to act; ending in a noun, a name', () => {
  assert.deepEqual(texts('坚持“快速响应”，实现“闻令而动”。评选“爱心妈妈”，邀请“乡村名医”。', 'slogan'), ['快速响应', '闻令而动']);
});

test('a known formula applied to a field; accounts and quoted teams are not slogans', () => {
  assert.deepEqual(texts('落实“安全生产党政同责”。关注“江州发布”微信公众号。成立“爱心车队”。', 'slogan'), ['安全生产党政同责']);
});

test('a quote named as a project, a policy, a goal or a model is a formula, whatever its shape', () => {
  const text = '镇里启动“绿岸护河”工程，推广门前“四净”责任制，树立“让群众少跑腿”的服务理念，开展“送技进村”活动。';
  assert.deepEqual(texts(text, 'slogan'), ['绿岸护河', '四净', '让群众少跑腿', '送技进村']);
});

test('a quote that is upheld or carried out is a policy; a date before 活动 is not', () => {
  const text = '学校坚持“把课堂搬进田间”，医院推行“床旁结算”，街道严格落实“首接负责”。开展“五四”活动。';
  assert.deepEqual(texts(text, 'slogan'), ['把课堂搬进田间', '床旁结算', '首接负责']);
});

test('a nickname given to a person is a label, not a slogan', () => {
  assert.deepEqual(texts('老李被村民称为“万能工”，她被誉为“拼命三郎”。', 'slogan'), []);
});

test('well-known national formulas are tagged without quotes, and a quoted whole still wins', () => {
  const text = '组织大学生三下乡社会实践，学习千万工程经验，坚持少捕慎诉慎押，落实门前三包，实现“小病不出村、大病不出县”。';
  assert.deepEqual(texts(text, 'slogan'), ['三下乡', '千万工程', '少捕慎诉慎押', '门前三包', '小病不出村、大病不出县']);
  const [known] = entities('弘扬浦江经验。', 'slogan');
  assert.equal(known.known, true);
});

test('a quote that is carried on, deepened or achieved is a policy too', () => {
  assert.deepEqual(texts('社区开展“敲门问需”，深化“县乡一体”，做到“件件回音”。', 'slogan'), ['敲门问需', '县乡一体', '件件回音']);
});
