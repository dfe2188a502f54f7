import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entities, texts } from '../support/entities';

test('titled: a name after an office title, the whole title chain recorded', () => {
  const text = '县委常委、常务副县长桂海明主持会议，副县长姚芳陪同。';
  assert.deepEqual(entities(text, 'person').map((p) => [p.text, p.title]), [['桂海明', '县委常委、常务副县长'], ['姚芳', '副县长']]);
});

test('titled: two- and three-character names are cut where the follower starts', () => {
  assert.deepEqual(texts('镇长罗斌带队检查，书记祝永年陪同。', 'person'), ['罗斌', '祝永年']);
  assert.deepEqual(texts('区长章岚在会上指出，要抓好落实。', 'person'), ['章岚']);
});

test('titled: roles of ordinary people need a name jieba does not read as a word', () => {
  assert.deepEqual(texts('村民鲁大成告诉记者，今年种了辣椒。', 'person'), ['鲁大成']);
  assert.deepEqual(texts('值班员乔欣然第一时间发出预警。', 'person'), ['乔欣然']);
  assert.deepEqual(texts('镇党委、政府领导班子成员参加。', 'person'), []);
  assert.deepEqual(texts('以企业和群众满意为标准。', 'person'), []);
  assert.deepEqual(texts('教师向名师和专家型教师发展。', 'person'), []);
});

test('titled: forms of address are not names', () => {
  assert.deepEqual(texts('前来办事的市民黎女士说，方便多了。居民张师傅高兴地说。', 'person'), []);
});

test('bylines: reporters after their role, padded names spanning their spaces', () => {
  const text = '本报讯（记者 贾文静 通讯员 毛思远）\n（记者 邝文波 甘霖 伍一鸣）\n责任编辑：鲍  青   骆  敏\n';
  assert.deepEqual(texts(text, 'person'), ['贾文静', '毛思远', '邝文波', '甘霖', '伍一鸣', '鲍  青', '骆  敏']);
  assert.equal(entities(text, 'person')[1].title, '通讯员');
});

test('bylines: a reporter in running text is not followed by a name', () => {
  assert.deepEqual(texts('记者从县人社局获悉，记者来到现场看到，记者了解到。', 'person'), []);
});

test('credits: the author after a unit in brackets', () => {
  const text = '全县完成培训300人次。（县农业农村局　石秋菊）\n已转移群众120人。（县防指办　卜成林　供稿）';
  assert.deepEqual(texts(text, 'person'), ['石秋菊', '卜成林']);
});

test('triggers: names in an appointment notice, listed with 、', () => {
  const text = '会议决定任命鄢志刚、甄慧为县人民政府副县长；免去滕建国县交通运输局局长职务。';
  assert.deepEqual(texts(text, 'person'), ['鄢志刚', '甄慧', '滕建国']);
});

test('lists: names after a title continue through 、, and back before a name found by its verb', () => {
  assert.deepEqual(texts('县领导孔庆丰、冉小军、柏杨参加活动。', 'person'), ['孔庆丰', '冉小军', '柏杨']);
  assert.deepEqual(texts('会上，柴华、冉静、郜光明分别作交流发言。', 'person'), ['柴华', '冉静', '郜光明']);
});

test('speakers: a name jieba splits, followed by what people do', () => {
  assert.deepEqual(texts('郜光明表示，公司将加大投入。', 'person'), ['郜光明']);
  assert.deepEqual(texts('韩梅梅同学获得一等奖。', 'person'), ['韩梅梅']);
});

test('speakers: jieba nr alone is not a person (幸福感, 智慧, 廉政)', () => {
  assert.deepEqual(texts('增强群众获得感、幸福感、安全感，建设智慧城市，加强廉政教育。', 'person'), []);
});

test('repeats: later mentions of a name found, as words of their own', () => {
  const text = '县委书记欧阳明远带队检查。欧阳明远指出，要压实责任。扩张超过预期。';
  assert.deepEqual(entities(text, 'person').map((p) => [p.text, p.rule]), [['欧阳明远', 'titled'], ['欧阳明远', 'repeat']]);
});

test('rare surnames (the rest of 百家姓, minority surnames) only where the context vouches', () => {
  assert.deepEqual(texts('副主任同建平、雷敏参加。通讯员 区嘉敏', 'person'), ['同建平', '雷敏', '区嘉敏']);
  assert.deepEqual(texts('新建博士后工作站3家。区安委办牵头。', 'person'), []);
});

test('names with a character outside the BMP keep UTF-16 offsets, across CRLF', () => {
  const text = '𠮷祥村\r\n镇长杨𠮷明带队检查。\r\n杨𠮷明强调，要守住底线。';
  const persons = entities(text, 'person');
  assert.deepEqual(persons.map((p) => p.text), ['杨𠮷明', '杨𠮷明']);
  assert.equal(persons[0].start, text.indexOf('杨𠮷明'));
  assert.equal(persons[0].end - persons[0].start, 4);
});

test('Tibetan names, which have no surname, after a title or role', () => {
  assert.deepEqual(texts('县长扎西多吉带队检查，村民才让卓玛说，今年收成好。副县长次仁、强巴参加。', 'person'), ['扎西多吉', '才让卓玛', '次仁', '强巴']);
});

test('roles hidden in other words and counts are not titles: 确保安全, 居民楼院, 百余人', () => {
  assert.deepEqual(texts('要确保安全生产。走访居民楼院。全村二百余人参加，成员都以饱满的热情投入。', 'person'), []);
});
