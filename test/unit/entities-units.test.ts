import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entities, texts } from '../support/entities';

test('suffix: a department with its level, with the full name of its abbreviation', () => {
  const [unit] = entities('县人社局开展就业援助月活动。', 'unit');
  assert.equal(unit.text, '县人社局');
  assert.equal(unit.fullName, '县人力资源和社会保障局');
  assert.deepEqual(texts('市教育局、市卫健委联合召开会议。', 'unit'), ['市教育局', '市卫健委']);
});

test('suffix: the longest name written, through nested suffixes', () => {
  assert.deepEqual(texts('区人大常委会中心路街道工作委员会召开会议。', 'unit'), ['区人大常委会中心路街道工作委员会']);
  assert.deepEqual(texts('市委党史学习教育领导小组办公室印发通知。', 'unit'), ['市委党史学习教育领导小组办公室']);
});

test('suffix: full names of departments keep their 和, two units joined by 和 stay two', () => {
  assert.deepEqual(texts('县住房和城乡建设局、县城市管理和综合执法局联合检查。', 'unit'), ['县住房和城乡建设局', '县城市管理和综合执法局']);
  assert.deepEqual(texts('县委和县政府高度重视。', 'unit'), ['县委', '县政府']);
});

test('suffix: townships, sub-districts, schools, hospitals and companies', () => {
  assert.deepEqual(texts('县委书记带队到红旗镇、柳湾乡调研。', 'unit'), ['红旗镇', '柳湾乡']);
  assert.deepEqual(texts('东城街道办事处联合区市场监管局开展检查。', 'unit'), ['东城街道办事处', '区市场监管局']);
  assert.deepEqual(texts('安阳市第二实验小学开展主题活动。', 'unit'), ['安阳市第二实验小学']);
  assert.deepEqual(texts('白沙镇卫生院、白沙镇派出所联合开展创建活动。', 'unit'), ['白沙镇卫生院', '白沙镇派出所']);
  assert.deepEqual(texts('华新电子科技有限公司总经理邵振宇表示。', 'unit'), ['华新电子科技有限公司']);
});

test('generic: determiners, descriptions and counts name no unit', () => {
  assert.deepEqual(texts('各有关单位、区直各单位、各级各部门要落实责任，各街道办事处要配合。', 'unit'), []);
  assert.deepEqual(texts('社区党组织、居委会、物业公司协同推进，打造特色学校。', 'unit'), []);
  assert.deepEqual(texts('全县3家医养中心投入使用，乡镇卫生院全部达标。', 'unit'), []);
  assert.deepEqual(texts('努力构建新发展格局，服务大局，强化镇办属地责任。', 'unit'), []);
});

test('owners: a part of a unit gives way to the unit', () => {
  assert.deepEqual(texts('新安路街道社区物业开展服务。', 'unit'), ['新安路街道']);
  assert.deepEqual(texts('幸福社区居委会组织志愿者。', 'unit'), ['幸福社区居委会']);
  assert.deepEqual(texts('市人大常委会督导组到我县检查。', 'unit'), ['市人大常委会']);
  assert.deepEqual(texts('区人民法院审判委员会召开会议。', 'unit'), ['区人民法院']);
});

test('titles: a fused title is not a unit, a unit before a title is', () => {
  assert.deepEqual(texts('区委书记宋某带队，区委常委、组织部部长李某参加。', 'unit'), []);
  assert.deepEqual(texts('区人大常委会主任宋某主持会议。', 'unit'), ['区人大常委会']);
});

test('brand companies: a brand and a trade, as an item of a list', () => {
  assert.deepEqual(texts('先后来到鼎丰铝业、恒泰机械等企业。', 'unit'), ['鼎丰铝业', '恒泰机械']);
  assert.deepEqual(texts('推进农业机械化，发展重型机械。', 'unit'), []);
});

test('known: national bodies by name; nothing inside 《》 titles', () => {
  assert.deepEqual(texts('国务院办公厅印发通知，新华社发布消息。', 'unit'), ['国务院办公厅', '新华社']);
  assert.deepEqual(texts('学习《中共中央关于加强基层治理的意见》。', 'unit'), []);
});

test('persons stop a unit: 免去毛某某区信访局局长职务', () => {
  const text = '免去毛建业区信访局局长职务，任命安伯年为区人民政府副区长。';
  assert.deepEqual(texts(text, 'person'), ['毛建业', '安伯年']);
  assert.deepEqual(texts(text, 'unit'), ['区信访局', '区人民政府']);
});

test('a unit inside a quoted honour or campaign name is part of the name; in quoted speech it is a unit', () => {
  assert.deepEqual(texts('全院开展“为群众办实事示范法庭”创建活动。', 'unit'), []);
  assert.deepEqual(texts('他说：“感谢县人民医院的医生们。”', 'unit'), ['县人民医院']);
});

test('villages and their party branches before a role stay units', () => {
  assert.deepEqual(texts('桃源村村民贺某感慨万千。桃源村党支部书记盛国庆带领群众修路。', 'unit'), ['桃源村', '桃源村']);
});

test('and joins two units outside department names; a verb is no unit to own a team', () => {
  assert.deepEqual(texts('温县与河南师范大学签约。市污染防治攻坚战督办督导组开展检查。', 'unit'), ['河南师范大学', '市污染防治攻坚战督办督导组']);
});
