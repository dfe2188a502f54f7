/**
 * The outline of 工作简报 and news layouts beyond the seeds' five: a
 * publisher-and-date masthead line, page headers, a feature whose first
 * subhead follows its byline, subheads inside 本报讯 news, numbered parts of
 * a report, and an issue-level 编者按. Texts are made up for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outlineOf, shape } from '../support/outline';

const outline = (lines: string[]) => outlineOf(lines.join('\n'));
const long = (s: string) => `${s}，各单位要坚持问题导向，细化工作措施，压实各方责任，确保各项工作落地见效，切实提升群众的获得感和满意度。`;

test('a 工作简报 masthead: name, issue, and the publisher with the date on one line', () => {
  const nodes = outline([
    '青禾镇工作简报',
    '',
    '第12期',
    '',
    '青禾镇党政办公室编\u3000\u3000\u3000\u3000\u3000\u30002024年3月8日',
    '',
    '青禾镇开展春季森林防火大排查\u3000\u30003月6日，镇党委书记带队深入各村开展森林防火隐患排查，查看防火通道和物资储备情况。',
  ]);
  assert.deepEqual(shape(nodes), ['masthead:青禾镇工作简报', 'article:青禾镇开展春季森林防火大排查']);
  assert.equal(nodes[0].detail, '第12期 青禾镇党政办公室编\u3000\u3000\u3000\u3000\u3000\u30002024年3月8日');
});

test('a page header (date, weekday, page, column) between articles is neither article nor body', () => {
  const nodes = outline([
    '某区召开河长制工作会议',
    '',
    '本报讯 3月5日，某区召开河长制工作会议，部署今年河湖治理重点任务。',
    '',
    '2024年3月6日\u3000星期三\u3000\u3000第二版\u3000综合新闻',
    '',
    '某街道开展消防安全演练',
    '',
    '本报讯 3月4日，某街道组织辖区商户开展消防安全演练，提升群众自救能力。',
  ]);
  assert.deepEqual(shape(nodes), ['article:某区召开河长制工作会议', 'article:某街道开展消防安全演练']);
  assert.equal(nodes[0].body.length, 1);
});

test('a feature whose first subhead comes right after the byline', () => {
  const nodes = outline([
    '守护万家灯火的人',
    '——记某区供电抢修班',
    '',
    '编者按 万家灯火的背后，是一群默默坚守的人。本报推出系列报道，讲述他们的故事。',
    '',
    '本报记者\u3000林晓\u3000\u3000通讯员\u3000周舟',
    '',
    '',
    '一通电话，连着千家万户',
    '',
    long('凌晨两点，抢修班的电话又响了'),
    '',
    '一张清单，排除百处隐患',
    '',
    long('入夏以来，抢修班对辖区线路开展拉网式巡查'),
  ]);
  assert.deepEqual(shape(nodes), ['article:守护万家灯火的人', '  subhead:一通电话，连着千家万户', '  subhead:一张清单，排除百处隐患']);
});

test('subheads inside 本报讯 news, where every article opens with a lead; a line cut by a page break is not one', () => {
  const nodes = outline([
    '某县召开经济工作会议',
    '',
    long('本报讯（记者 陈默）12月20日，某县召开经济工作会议，总结今年经济工作'),
    '',
    '全年经济运行稳中向好',
    '',
    long('会议指出，今年全县上下攻坚克难'),
    '',
    '明年工作总体要求',
    '',
    long('会议强调，做好明年经济工作'),
    '',
    '会议现场观摩了某园区党建引领安',
    '',
    '全生产主体责任落实情况,听取了有关部门工作汇报,部署了岁末年初安全生产重点工作。',
    '',
    '某镇开展冬季送温暖活动',
    '',
    long('本报讯 12月19日，某镇组织干部走访慰问困难群众'),
    '',
    '某街道召开老旧小区改造推进会',
    '',
    long('本报讯 12月18日，某街道召开老旧小区改造推进会'),
  ]);
  assert.deepEqual(shape(nodes), [
    'article:某县召开经济工作会议',
    '  subhead:全年经济运行稳中向好',
    '  subhead:明年工作总体要求',
    'article:某镇开展冬季送温暖活动',
    'article:某街道召开老旧小区改造推进会',
  ]);
  assert.equal(nodes[0].children[1].body.length, 3, 'the cut line and its rest stay in the body');
});

test('numbered parts of a report are subheads; numbered headlines of an issue stay articles', () => {
  const report = outline([
    '某县防汛抗旱工作简报',
    '第3期',
    '某县防汛抗旱指挥部办公室\u3000\u3000\u3000\u30002024年6月20日',
    '',
    '我县全力应对强降雨过程',
    '',
    long('6月18日至19日，我县普降大到暴雨。县委、县政府高度重视，现将有关情况报告如下'),
    '',
    '一、雨水情况',
    '',
    long('全县平均降雨量八十六毫米，最大降雨出现在东河镇'),
    '',
    '二、主要措施',
    '',
    long('县防指提前启动应急响应，组织转移受威胁群众'),
  ]);
  assert.deepEqual(shape(report), ['masthead:某县防汛抗旱工作简报', 'article:我县全力应对强降雨过程', '  subhead:一、雨水情况', '  subhead:二、主要措施']);

  const issue = outline(['一、某镇扎实开展春耕生产', long('某镇组织农技人员深入田间地头指导春耕'), '二、某街道推进垃圾分类', long('某街道在辖区小区推行垃圾定时定点投放')]);
  assert.deepEqual(shape(issue), ['article:一、某镇扎实开展春耕生产', 'article:二、某街道推进垃圾分类']);
});

test('an 编者按 for the whole issue: the articles after it are articles, each ending with its author unit', () => {
  const nodes = outline([
    '某县党建',
    '',
    '“比学赶超”活动专刊（二）',
    '',
    '中共某县县委组织部\u3000\u3000\u3000\u30002024年5月10日',
    '',
    '',
    '\u3000\u3000编者按：今年以来，全县各级党组织深入开展“比学赶超”活动，涌现出一批经验做法。本期选编两篇，供学习借鉴。',
    '',
    '',
    '东河镇：小积分兑出文明新风\u3000村民争当好邻居',
    '',
    long('\u3000\u3000今年以来，东河镇在各村推行文明积分制'),
    '',
    '\u3000\u3000（东河镇党委）',
    '',
    '',
    '某县供电公司党委：把支部建在项目上',
    '',
    long('\u3000\u3000某县供电公司党委推动党建与业务深度融合'),
    '',
    '\u3000\u3000（某县供电公司党委）',
  ]);
  assert.deepEqual(shape(nodes), [
    'masthead:某县党建',
    'fragment:编者按',
    'article:东河镇：小积分兑出文明新风\u3000村民争当好邻居',
    'article:某县供电公司党委：把支部建在项目上',
  ]);
  assert.equal(nodes[2].byline?.text, '（东河镇党委）');
});

test('a table of contents: its entries are teasers, the articles after it are articles', () => {
  const nodes = outline([
    '本期要目',
    '某区召开一季度经济运行分析会',
    '【新城街道】“小网格”撬动“大治理”',
    '',
    '某区召开一季度经济运行分析会',
    '4月10日，区政府召开一季度经济运行分析会，通报主要经济指标完成情况，安排部署下一步工作。',
    '【新城街道】“小网格”撬动“大治理”',
    '新城街道将辖区划分为86个网格，推行“网格吹哨、部门报到”机制，今年以来化解矛盾纠纷312件。（新城街道办事处）',
  ]);
  assert.deepEqual(shape(nodes), [
    'teaser:本期要目',
    '  teaser:某区召开一季度经济运行分析会',
    '  teaser:【新城街道】“小网格”撬动“大治理”',
    'article:某区召开一季度经济运行分析会',
    'article:【新城街道】“小网格”撬动“大治理”',
  ]);
});

test('web news: a 来源/发布时间 line and a 文/图 byline under the headline, a rule between articles, a 新华社…电 lead', () => {
  const nodes = outline([
    '某县举行重点项目集中开工仪式',
    '来源：某县融媒体中心  发布时间：2024-03-15',
    '3月14日上午，某县举行重点项目集中开工仪式，此次集中开工项目共28个，总投资86.5亿元。',
    '',
    '某县开展安全生产宣传咨询活动',
    '文/图 张敏',
    '为进一步增强群众安全意识，县应急管理局在中心广场开展安全生产宣传咨询活动，现场发放宣传资料3000余份。',
    '------------------------------------------------------------',
    '某县召开春季植树造林动员会',
    '新华社某县3月12日电（记者 王立）某县12日召开春季植树造林动员会，部署今年国土绿化工作。',
  ]);
  assert.deepEqual(shape(nodes), ['article:某县举行重点项目集中开工仪式', 'article:某县开展安全生产宣传咨询活动', 'article:某县召开春季植树造林动员会']);
  assert.equal(nodes[1].byline?.text, '文/图 张敏');
  assert.equal(nodes[2].byline?.text, '记者 王立');
});

test('a bare 【编者按】 label: the note is the paragraph after it, and the byline after that still heads the feature', () => {
  const nodes = outline([
    '小巷里的“跑腿书记”',
    '',
    '【编者按】',
    '',
    '基层干部是联系群众的“最后一米”。本报今起推出“身边的好干部”专栏，敬请关注。',
    '',
    '本报记者 林晓',
    '',
    long('早上七点，社区书记已经走在巷子里'),
    '',
    '把群众的事当自己的事',
    '',
    long('居民有事，第一个想到的就是他'),
  ]);
  assert.deepEqual(shape(nodes), ['article:小巷里的“跑腿书记”', '  subhead:把群众的事当自己的事']);
  assert.match(nodes[0].editorNote!.text, /^基层干部/);
  assert.equal(nodes[0].byline?.text, '本报记者 林晓');
});
