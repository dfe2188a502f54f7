/**
 * The outline, one test per layout the bulletins show. Every text here is
 * written for the test (places and people are made up), in the layout's
 * shape, not copied from the seeds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outlineOf as outline, shape } from '../support/outline';

const para = (topic: string) =>
  `${topic}，各有关单位要进一步提高思想认识，细化工作措施，压实工作责任，确保各项任务按时保质完成，切实把好事办实、把实事办好。`;

test('inline headlines: two spaces (ASCII or ideographic) before the body, indented lines, author units, a closing block', () => {
  const text = [
    '\u3000\u3000青禾镇开展春季爱国卫生运动  4月2日，青禾镇组织干部群众开展春季爱国卫生运动，清理卫生死角三十余处。（青禾镇）',
    '',
    '\u3000  县市场监管局“三查三看”守护舌尖安全\u3000\u3000一是查进货台账，看来源是否可溯；二是查后厨环境，看操作是否规范。（县市场监管局）',
    '县人社局搭建就业服务“快车道”  县人社局通过线上线下联动，举办专场招聘会六场，提供岗位两千余个。（县人社局）',
    '\u3000',
    '本期送：县级领导',
    '',
    '发：各乡镇、县直各单位',
    '',
    '责任编辑：林  青',
  ].join('\n');
  const nodes = outline(text);
  assert.deepEqual(shape(nodes), [
    'article:青禾镇开展春季爱国卫生运动',
    'article:县市场监管局“三查三看”守护舌尖安全',
    'article:县人社局搭建就业服务“快车道”',
    'closing:本期送：县级领导',
  ]);
  assert.equal(nodes[0].byline?.text, '（青禾镇）');
  assert.equal(nodes[0].date?.text, '4月2日');
  assert.equal(text.slice(nodes[1].body[0].start, nodes[1].body[0].start + 4), '一是查进');
});

test('masthead, short headlines with datelines, a teaser for another page, a 简讯 section of bullet items, bylines in brackets', () => {
  const text = [
    '',
    '青禾县融媒体中心编印',
    '',
    '2023年5月',
    '8',
    '星期一',
    '癸卯年三月十九',
    '第18期(总第402期)',
    '内部资料 免费交流',
    '',
    '县委书记刘明远调研春耕备耕工作',
    '',
    '5月6日，县委书记刘明远到东河镇调研春耕备耕工作，详细了解种子化肥供应、农机检修和田间管理情况。',
    '',
    para('刘明远要求'),
    '',
    '在东河镇、西河镇、南山乡',
    '',
    '等地，调研组还察看了高标准农田建设现场，听取了有关情况汇报。',
    '',
    '刘明远指出，要抓住农时，统筹推进，全力保障粮食安全',
    '',
    '(记者 王小川 李青)',
    '',
    '全民健身绿满城乡',
    '',
    '详见三版',
    '',
    '乡村学校少年宫开放（详见四版）',
    '',
    '我县召开防汛抗旱工作会议',
    '',
    '5月7日，我县召开防汛抗旱工作会议，安排部署今年防汛抗旱工作。',
    '',
    '(记者 赵一鸣)',
    '',
    '简讯',
    '',
    '● 5月5日，县图书馆举办读书分享会，六十余名读者参加活动，分享阅读心得。',
    '',
    '(记者 孙悦)',
    '',
    '● 5月6日，县供电公司开展线路巡检，排查并消除隐患十二处。',
    '',
    '(记者 周航)',
  ].join('\n');
  const nodes = outline(text);
  assert.deepEqual(shape(nodes), [
    'masthead:青禾县融媒体中心编印',
    'article:县委书记刘明远调研春耕备耕工作',
    'teaser:全民健身绿满城乡',
    'teaser:乡村学校少年宫开放',
    'article:我县召开防汛抗旱工作会议',
    'section:简讯',
    '  item:县图书馆举办读书分享会',
    '  item:县供电公司开展线路巡检',
  ]);
  const [masthead, first, teaser, , second, section] = nodes;
  assert.equal(masthead.end, text.indexOf('免费交流') + 4);
  assert.equal(first.byline?.text, '(记者 王小川 李青)');
  assert.equal(first.detail, '记者 王小川 李青 · 5月6日');
  assert.equal(first.end, teaser.start - 2, 'the article ends with its byline');
  assert.equal(teaser.detail, '详见三版');
  assert.equal(second.start, text.indexOf('我县召开防汛'));
  assert.equal(section.children[0].detail, '记者 孙悦 · 5月5日');
  assert.equal(section.end, text.length);
});

test('a feature: subtitle, 编者按, byline, subheads; a continuation from page one; an article starting mid-text after a page break', () => {
  const long = (s: string) => `${s}，${para('在这里')}${para('群众纷纷表示')}`;
  const text = [
    '一座小城的绿色转身',
    '',
    '——某县推进生态修复工作纪实',
    '',
    '编者按 近年来，某县坚持生态优先，走出了一条绿色发展的新路子。今日本报推出纪实报道，敬请关注。',
    '',
    '本报记者 陈思远',
    '',
    long('清晨的河岸边，白鹭翩翩'),
    '',
    '治水先治源',
    '',
    long('治水的关键在于截污'),
    '',
    '护林有新招',
    '',
    long('林长制让每一片林子都有了“主人”'),
    '',
    '实施全域清洁行动,推行“乡村微更',
    '',
    '新”和精细化管理,彻底改变了背街小巷脏乱差的面貌,群众的获得感明显增强。',
    '',
    '',
    '',
    '以实干推动乡村振兴',
    '',
    long('驰而不息抓落实，形成了比学赶超的浓厚氛围'),
    '',
    '(上接第一版①)',
    '',
    '以创新激活发展动能',
    '',
    long('今年以来，该县着力优化营商环境'),
  ].join('\n');
  const nodes = outline(text);
  assert.deepEqual(shape(nodes), [
    'article:一座小城的绿色转身',
    '  subhead:治水先治源',
    '  subhead:护林有新招',
    'article:以实干推动乡村振兴',
    'fragment:上接第一版①',
    '  subhead:以创新激活发展动能',
  ]);
  const feature = nodes[0];
  assert.equal(feature.subtitle?.text, '——某县推进生态修复工作纪实');
  assert.match(feature.editorNote!.text, /^编者按/);
  assert.equal(feature.byline?.text, '本报记者 陈思远');
  assert.equal(feature.body.length, 5, 'a sentence cut inside quotes by a page break is body, not a subhead');
  assert.deepEqual(nodes[2].markers.map((m) => m.kind), ['from']);
});

test('# headlines: the mark goes, a kicker pairs with its headline, two event headlines stay two, ## is a subhead', () => {
  const text = [
    '# 某区召开全国文明城市创建工作推进会',
    '',
    '# 某区召开秋冬季大气污染防治工作推进会',
    '',
    '本报讯(记者 韩梅 通讯员 吴桐)10月9日，某区召开秋冬季大气污染防治工作推进会，分析研判当前形势。',
    '',
    '#  志愿服务结硕果',
    '',
    '# 某区文明实践项目荣获市级一等奖',
    '',
    '了某区青年志愿宣讲团，宣讲团成立以来，先后开展各类志愿宣讲活动近百场，受到群众欢迎。',
    '',
    '## 宣讲进村入户',
    '',
    para('宣讲团走进田间地头'),
  ].join('\n');
  const nodes = outline(text);
  assert.deepEqual(shape(nodes), [
    'article:某区召开全国文明城市创建工作推进会',
    'article:某区召开秋冬季大气污染防治工作推进会',
    'article:某区文明实践项目荣获市级一等奖',
    '  subhead:宣讲进村入户',
  ]);
  assert.equal(nodes[1].byline?.text, '记者 韩梅 通讯员 吴桐');
  assert.equal(nodes[2].kicker?.text, '志愿服务结硕果');
  assert.equal(nodes[2].start, 0 + text.indexOf('#  志愿服务'), 'the article starts at its kicker');
});

test('subtitles, 本报讯 leads, a ■ 短讯 section, bylines alone or ending a paragraph; page-break fragments are not headlines', () => {
  const text = [
    '某区召开生态建设工作推进会',
    '',
    '抢抓冬春关键时节,确保绿化任务完成',
    '',
    '本报讯 11月5日上午，某区召开生态建设工作推进会，研究部署今冬明春重大生态建设项目。',
    '',
    '会议要求，各单位要提前谋划，统筹安排，倒排工期，确保各项任务圆满完成。记者 韩冰',
    '',
    '■ 短讯',
    '',
    '某区组织观看廉政教育片',
    '',
    '本报讯 近日，某区组织党员干部观看廉政教育片，引导大家筑牢思想防线。记者 韩冰',
    '',
    '集全区之力 聚万众之心',
    '',
    '某区坚决打赢污染防治攻坚战',
    '',
    '本报讯 11月6日上午，某区召开污染防治攻坚推进会，通报近期工作开展情况。',
    '',
    '针对下一阶段大气污染防治工',
    '',
    '作,区长陈立强调:一要压实责任;二要加大问责力度;三要强化预警调度,确保取得实效。',
    '',
    '会议现场观摩了某大厦党建引领安',
    '',
    '全生产主体责任落实情况,传达了上级安全生产会议精神,总结了三季度安全生产工作,部署了第四季度重点工作。',
    '',
    '记者 韩冰 通讯员 钱程',
    '',
    '某区召开智慧团建工作推进会',
    '',
    '本报讯 11月7日，某区召开智慧团建工作推进会，讲解系统录入流程和常见问题。',
    '',
    '某区召开冬季征兵工作会议',
    '',
    '某区召开河长制工作推进会',
    '',
    '本报讯 11月8日，某区召开河长制工作推进会，通报河道巡查中发现的问题。',
  ].join('\n');
  const nodes = outline(text);
  assert.deepEqual(shape(nodes), [
    'article:某区召开生态建设工作推进会',
    'section:短讯',
    '  article:某区组织观看廉政教育片',
    'article:某区坚决打赢污染防治攻坚战',
    'article:某区召开智慧团建工作推进会',
    'article:某区召开冬季征兵工作会议',
    'article:某区召开河长制工作推进会',
  ]);
  assert.equal(nodes[4].body.length, 0, 'two event headlines printed together: the first has its body elsewhere');
  assert.equal(nodes[0].subtitle?.text, '抢抓冬春关键时节,确保绿化任务完成');
  assert.equal(nodes[0].byline?.text, '记者 韩冰');
  assert.equal(nodes[2].kicker?.text, '集全区之力 聚万众之心');
  assert.equal(nodes[2].byline?.text, '记者 韩冰 通讯员 钱程');
  assert.equal(nodes[2].body.length, 5);
});

test('a bare layout (no leads, no bylines): a short line between paragraphs is a headline, a line cut mid-word is not', () => {
  const text = [
    '某镇开展安全生产大检查',
    para('某镇组织专班对辖区企业开展拉网式排查'),
    '某街道推进老旧小区改造',
    para('某街道把老旧小区改造作为民生实事'),
    '街道全面推进雨污分流和管网改',
    para('造，同时'),
  ].join('\n');
  assert.deepEqual(shape(outline(text)), ['article:某镇开展安全生产大检查', 'article:某街道推进老旧小区改造']);
});

test('CRLF line ends and a headline with a character outside the BMP keep UTF-16 offsets', () => {
  const text = '# 𠮷祥村召开村民代表大会\r\n\r\n本报讯 3月5日，𠮷祥村召开村民代表大会，审议通过了村规民约修订草案。\r\n\r\n\u3000\u3000𠮷祥村推进人居环境整治\u3000\u30003月6日，𠮷祥村组织村民清理房前屋后杂物，村容村貌明显改观。（𠮷祥村）\r\n';
  const [first, second] = outline(text);
  assert.equal(first.title, '𠮷祥村召开村民代表大会');
  assert.equal(first.titleStart, 2);
  assert.equal(first.titleEnd, 2 + '𠮷祥村召开村民代表大会'.length);
  assert.equal(first.end, text.indexOf('草案。') + 3);
  assert.equal(second.title, '𠮷祥村推进人居环境整治');
  assert.equal(second.titleStart, text.indexOf('𠮷祥村推进'));
  assert.equal(second.date?.text, '3月6日');
  assert.equal(second.byline?.text, '（𠮷祥村）');
  assert.equal(second.end, text.lastIndexOf('\r\n'));
});
