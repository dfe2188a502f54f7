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

test('surnames that are also common characters (么, 粘) after a title; surname-only characters (禤, 仉) anywhere', () => {
  assert.deepEqual(texts('副主任卢振江、么晓东出席。任命粘国栋为县交通运输局局长。职工么立新分享经验。', 'person'), ['卢振江', '么晓东', '粘国栋', '么立新']);
  assert.deepEqual(texts('据禤嘉豪介绍，工程已完工。为什么这么做？', 'person'), ['禤嘉豪']);
});

test('家 may stand inside a given name but does not end one', () => {
  assert.deepEqual(texts('县政协主席蓝家栋列席会议。王家的院子很干净。', 'person'), ['蓝家栋']);
});

test('roles of ordinary people: riders, heirs of a craft, taxpayers, family members, clergy', () => {
  const text = '外卖骑手甘小川把车停在路边。非遗传承人蓝玉梅说，要传下去。纳税人鲍志强表示满意。她的女儿戚晓霞赶来了。寺院住持释圆通带领僧众参加。';
  assert.deepEqual(texts(text, 'person'), ['甘小川', '蓝玉梅', '鲍志强', '戚晓霞', '释圆通']);
});

test('a role after a place is not a form of address: 钟山|市民广场 holds no name', () => {
  assert.deepEqual(texts('活动在钟山市民广场举行。', 'person'), []);
  assert.deepEqual(texts('向丽娟同志作报告。', 'person'), ['向丽娟']);
});

test('a credit naming a unit is not a name: （供稿：区科协）', () => {
  assert.deepEqual(texts('（供稿：区科协）\n（供稿：县文明办）', 'person'), []);
});

test('Mongolian names of one to three elements after a title or role, each cut where what follows begins', () => {
  const text = '嘎查长巴雅尔介绍，牧民乌云塔娜的丈夫在外打工。副旗长阿古达木，旗人大主任娜仁托娅及班子成员参加。聘任特木尔巴根为总经理。';
  assert.deepEqual(texts(text, 'person'), ['巴雅尔', '乌云塔娜', '阿古达木', '娜仁托娅', '特木尔巴根']);
});

test('element names win over a surname reading that runs short (白玛曲珍|说, 白音巴根|出席)', () => {
  assert.deepEqual(texts('合作社理事长白玛曲珍说，订单多了。董事长白音巴根出席会议。', 'person'), ['白玛曲珍', '白音巴根']);
});

test('Amdo Tibetan names ending in 措 or 吉; one element after an office title before a following character', () => {
  assert.deepEqual(texts('乡长仁青措说，要抓好防火。镇党委书记万玛在会上强调。', 'person'), ['仁青措', '万玛']);
});

test('names with a middle dot are Uyghur or Kazakh names when both sides are name elements', () => {
  assert.deepEqual(texts('来自喀什的吾斯曼·肉孜开起了馕店。热依拉·吐尔逊是护士。开展“春风化雨·润物无声”活动。', 'person'), ['吾斯曼·肉孜', '热依拉·吐尔逊']);
});

test('bylines and credits name people of elements too; □ marks a commentary\'s author', () => {
  const text = '本报讯（记者 巴雅尔 通讯员 娜仁托娅）近日。编辑：次旦卓玛　　审核：罗布\n□ 孟根\n（县应急管理局　索南扎西）';
  assert.deepEqual(texts(text, 'person'), ['巴雅尔', '娜仁托娅', '次旦卓玛', '罗布', '孟根', '索南扎西']);
  assert.deepEqual(texts('□ 短评\n安全是最大的效益。', 'person'), []);
});

test('说 follows a speaker; 家 follows a name as a home', () => {
  assert.deepEqual(texts('在镇上开了一家面馆的柯秀兰说，生意不错。走访了村民邹国平家。', 'person'), ['柯秀兰', '邹国平']);
});

test('surnames that are everyday verbs (包, 修, 边) and titles for given names are not names; jieba\'s given name vouches', () => {
  assert.deepEqual(texts('帮村民修水管、讲政策。边吃饭边听汇报。由村委会主任任组长。领导干部包片、包户。', 'person'), []);
  assert.deepEqual(texts('党支部书记包丽华说，联建以来变化很大。', 'person'), ['包丽华']);
});

test('no one speaks inside a quoted label', () => {
  assert.deepEqual(texts('组建的“林海宣讲队”在开展宣讲。', 'person'), []);
});

test('names listed without a title and counted after 等', () => {
  assert.deepEqual(texts('会上，钟丽萍、龙建华等8名优秀党员作了发言。', 'person'), ['钟丽萍', '龙建华']);
  assert.deepEqual(texts('石桥、柳湾等3个村完成改造。', 'person'), []);
});

test('a padded name after a title, in running text', () => {
  assert.deepEqual(texts('县气象局工作人员苗  青为群众讲解。', 'person'), ['苗  青']);
});

test('after a title, a name spelt in transliteration characters that jieba does not know is a name', () => {
  assert.deepEqual(texts('退休教师阿木尔巴图今年72岁。书记多次强调，主任其实很忙。', 'person'), ['阿木尔巴图']);
});
