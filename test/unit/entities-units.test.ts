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

test('a shorter suffix stands where jieba spoils the longest (科技股份|有限公司)', () => {
  assert.deepEqual(texts('苏州恒远生物科技股份有限公司成立。', 'unit'), ['苏州恒远生物科技股份有限公司']);
});

test('one character and 部 make a word, not a department: 支部, 大部', () => {
  assert.deepEqual(texts('【支部动态】我国北方大部降水偏少。', 'unit'), []);
});

test('an institution\'s own bodies named by its kind, and kinds of party committee, are units', () => {
  assert.deepEqual(texts('分行党委召开会议。公司工会开展慰问。临时党支部组织学习。', 'unit'), ['分行党委', '公司工会', '临时党支部']);
  assert.deepEqual(texts('集团公司党委宣传部部长出席。', 'unit'), ['集团公司党委宣传部']);
});

test('democratic parties, united-front associations and banks by their short names, as words of their own', () => {
  assert.deepEqual(texts('6月以来，民革、民盟和九三学社开展调研。区新联会组织会员。建行江州支行推出新产品。', 'unit'), ['民革', '民盟', '九三学社', '区新联会', '建行江州支行']);
  assert.deepEqual(texts('村民进行投票，居民建房。', 'unit'), []);
});

test('generic: every body of a kind, of a style or of several levels', () => {
  assert.deepEqual(texts('各民主党派区委参加。按照上级行党委部署。在“花园式”单位创建中。市、县两级纪委监委联动。', 'unit'), []);
});

test('a town or village whose first character jieba reads as another word keeps it', () => {
  assert.deepEqual(texts('　　那洞村党支部推行积分制。2021年以来，番岭村党支部引进企业。　　曲柳镇农技站组织培训。', 'unit'), ['那洞村党支部', '番岭村党支部', '曲柳镇农技站']);
  assert.deepEqual(texts('召开镇党委会议。全镇12个村。', 'unit'), ['镇党委']);
});

test('towns and villages are named without the county or town above them; a place gone into is no unit', () => {
  assert.deepEqual(texts('走进青山县石坪镇柳溪村，看到变化。', 'unit'), ['石坪镇', '柳溪村']);
  assert.deepEqual(texts('组织开展防诈宣传进社区活动。市领导包县、县领导包乡。', 'unit'), []);
});

test('a verb or common word before a place does not join its unit; jieba\'s 会同县 is a verb and a county', () => {
  assert.deepEqual(texts('她立即报告石坪镇妇联，并联系石坪镇派出所处理。', 'unit'), ['石坪镇妇联', '石坪镇派出所']);
  assert.deepEqual(texts('县委组织部将会同县人力资源和社会保障局完善制度。', 'unit'), ['县委组织部', '县人力资源和社会保障局']);
});

test('sections and sub-bodies named by their work: 救助服务中心, 法制科, 第三税务所, X局某某分局', () => {
  const text = '县民政局救助服务中心负责人介绍。局法制科、局社保管理科负责同志参加。在第三税务所办理。生态环境局青山分局开展检查。';
  assert.deepEqual(texts(text, 'unit'), ['县民政局救助服务中心', '局法制科', '局社保管理科', '第三税务所', '生态环境局青山分局']);
});

test('institutions keep verbs and 和 in their names after a level, a place or a university', () => {
  const text = '县文物保护中心承办。海南椰风旅游开发有限公司承办。江南大学食品与营养学院教授。镇综合服务和技术推广中心开展培训。';
  assert.deepEqual(texts(text, 'unit'), ['县文物保护中心', '海南椰风旅游开发有限公司', '江南大学食品与营养学院', '镇综合服务和技术推广中心']);
});

test('a character between a person and a unit is the verb joining them; a team keeps its batch', () => {
  assert.deepEqual(texts('经研究，同意欧阳宏任中国农业银行江州分行副行长。', 'unit'), ['中国农业银行江州分行']);
  assert.deepEqual(texts('江苏省第九批援疆工作队伊宁县工作组组长出席。', 'unit'), ['江苏省第九批援疆工作队伊宁县工作组']);
});

test('precision: a sentence about people is no institution\'s name, nor a generic facility, nor a trade cut from its brand', () => {
  assert.deepEqual(texts('青山区新城街道幸福小区居民赵先生指着便民服务中心说。', 'unit'), ['新城街道']);
  assert.deepEqual(texts('更要激发物业公司党组织的力量。对社区卫生服务中心的医疗条件进行查看。', 'unit'), []);
  // jieba reads the brand 健康元 as other words: better no unit than one named by its trade alone.
  assert.ok(!texts('与健康元药业集团股份有限公司签约。', 'unit').includes('药业集团股份有限公司'));
});

test('every town\'s committee and generic facilities are no units', () => {
  assert.deepEqual(texts('发：各乡镇党委、政府。区级机关、企事业单位妇委会主任参加。全镇设立应急服务站。', 'unit'), []);
});

test('walk: 和 glued by jieba to the level after it (和县) is the conjunction, and the level begins the name', () => {
  assert.deepEqual(texts('各村委会和县交通运输局要尽快拿出方案。', 'unit'), ['县交通运输局']);
  assert.deepEqual(texts('镇政府和县自然资源局联合开展巡查。', 'unit'), ['镇政府', '县自然资源局']);
});

test('brand: a trade after a common qualifier (冷链物流, 智慧物流) is a field of work; after a verb of aim it is no company visited', () => {
  assert.deepEqual(texts('本县重点发展果品加工、冷链物流和电子商务。', 'unit'), []);
  assert.deepEqual(texts('今年将围绕智慧物流、跨境电商等方向招商。', 'unit'), []);
  assert.deepEqual(texts('调研组先后来到鑫源铝业、宇通机械。', 'unit'), ['鑫源铝业', '宇通机械']);
});

test('suffix: a college of a university is named by its field of study, two fields joined by 与 make one name', () => {
  assert.deepEqual(texts('新闻传播学院与外国语学院联合举办讲座。', 'unit'), ['新闻传播学院', '外国语学院']);
  assert.deepEqual(texts('活动由化学化工学院、材料科学与工程学院承办。', 'unit'), ['化学化工学院', '材料科学与工程学院']);
  assert.deepEqual(texts('土木工程学院团队到村开展测绘。', 'unit'), ['土木工程学院']);
  assert.deepEqual(texts('马克思主义学院副教授带队调研。', 'unit'), ['马克思主义学院']);
});

test('title: the committee of a named community keeps its name before the title fused with it (居委会主任)', () => {
  assert.deepEqual(texts('青禾社区居委会主任刘某某说，大家的事大家商量。', 'unit'), ['青禾社区居委会']);
  assert.deepEqual(texts('桃源村村委会主任李某某表示。', 'unit'), ['桃源村村委会']);
  assert.deepEqual(texts('社区居委会主任要带头。', 'unit'), []);
});

test('suffix: 办 doing something (村里办什么事, 实事办实) is a verb, not an office', () => {
  assert.deepEqual(texts('现在村里办什么事、花多少钱，大家都清楚。', 'unit'), []);
  assert.deepEqual(texts('要把好事办好、实事办实。', 'unit'), []);
  assert.deepEqual(texts('县委办、县政府办联合印发通知。', 'unit'), ['县委办', '县政府办']);
});

test('walk: 好 after a verb (用好, 管好) is its result, not the first character of the name after it', () => {
  assert.deepEqual(texts('要用好柏岭区对口帮扶云溪县工作队的资金。', 'unit'), ['柏岭区对口帮扶云溪县工作队']);
});

test('suffix: a joint conference (联席会议) and an alliance (联盟) named by a level are bodies; the mere meeting is not', () => {
  assert.deepEqual(texts('市安全生产工作联席会议召集人王某某出席。', 'unit'), ['市安全生产工作联席会议']);
  assert.deepEqual(texts('会议要求定期召开联席会议，组建产业联盟。', 'unit'), []);
  assert.deepEqual(texts('省儿童医院联盟在此成立。', 'unit'), ['省儿童医院联盟']);
});

test('walk: a measure word opening a paragraph before a loose character is the first character of a place name', () => {
  assert.deepEqual(texts('　　章岭县第二中学开展读书活动。', 'unit'), ['章岭县第二中学']);
  assert.deepEqual(texts('　　张源县人民医院开展义诊。', 'unit'), ['张源县人民医院']);
});

test('suffix: 政治处, the political department of a police or armed body, ends the name of its section', () => {
  assert.deepEqual(texts('抄送：区公安分局政治处，区公安分局指挥中心。', 'unit'), ['区公安分局政治处', '区公安分局指挥中心']);
});

test('naming: a sub-district is a level, and 街道妇联 or 街道党工委 are its bodies', () => {
  assert.deepEqual(texts('发现问题第一时间上报街道妇联，由妇联协调。', 'unit'), ['街道妇联']);
  assert.deepEqual(texts('市妇联联合街道党工委开展活动。', 'unit'), ['市妇联', '街道党工委']);
});

test('walk: 联系 or 支持 before a place name governs the company named after it', () => {
  assert.deepEqual(texts('当即联系杭州恒达燃气有限公司上门维修。', 'unit'), ['杭州恒达燃气有限公司']);
});

test('generic: the writer’s own institution (我院, 全校) is a determiner, and what follows it names no unit of its own', () => {
  assert.deepEqual(texts('江苏专家团队助力我院胸痛中心建设。', 'unit'), []);
});
