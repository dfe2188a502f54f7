/**
 * The outline on layouts where the evidence is in the shape of the issue
 * rather than in leads: how much space sets an article off, what a headline
 * is printed with, how a section or a page header is written. Texts are made
 * up for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLayout, contentBlocks } from '../../server/src/core/analysis';
import { outlineOf, shape } from '../support/outline';

const long = (s: string) => `${s}，各单位要坚持问题导向，细化工作措施，压实各方责任，确保各项工作落地见效，切实提升群众的获得感和满意度。`;

/** Paragraphs one blank line apart; articles two. */
const spaced = (articles: string[][]) => articles.map((a) => a.join('\n\n')).join('\n\n\n');

const masthead = ['某县工作简报', '第3期', '某县委办公室编\u3000\u3000\u3000\u30002024年5月6日'];
const feature = [
  '“田保姆”让撂荒地重新种上庄稼',
  `“以前地没人种，现在有人帮着种。”${long('村民老周说')}`,
  long('去年以来，合作社推行土地托管'),
  '托管服务进村入户',
  long('合作社与各村签订托管协议'),
  '把好事办到群众心坎上',
  long('为让农户放心'),
];

test('articles set off by more blank lines than paragraphs: the paragraph gap inside one makes a subhead, not a headline', () => {
  const text = spaced([
    masthead,
    ['某县召开春耕生产推进会', long('5月3日，某县召开春耕生产推进会'), long('会议要求')],
    feature,
    ['某县举办农技培训班', long('近日，某县举办农技培训班')],
  ]);
  assert.deepEqual(shape(outlineOf(text)), [
    'masthead:某县工作简报',
    'article:某县召开春耕生产推进会',
    'article:“田保姆”让撂荒地重新种上庄稼',
    '  subhead:托管服务进村入户',
    '  subhead:把好事办到群众心坎上',
    'article:某县举办农技培训班',
  ]);
});

/** News that all open with a dateline, and one piece that opens with a quote after the issue's wider gap. */
const leadIssue = spaced([
  masthead,
  ['某县召开春耕生产推进会', long('5月3日，某县召开春耕生产推进会'), long('会议要求')],
  ['某县部署夏粮收购工作', long('5月3日，某县召开夏粮收购工作会议')],
  ['某县开展防汛应急演练', long('5月4日，某县在青河沿岸开展防汛应急演练')],
  ['𠮷祥村推进人居环境整治', `“过去垃圾靠风刮，现在村里天天有人扫。”${long('村民说')}`, long('今年以来，𠮷祥村')],
  ['某县举办农技培训班', long('5月5日，某县举办农技培训班')],
]);

test('in news that opens with datelines, a short line after the wider gap is a headline though no lead follows it', () => {
  assert.deepEqual(shape(outlineOf(leadIssue)), [
    'masthead:某县工作简报',
    'article:某县召开春耕生产推进会',
    'article:某县部署夏粮收购工作',
    'article:某县开展防汛应急演练',
    'article:𠮷祥村推进人居环境整治',
    'article:某县举办农技培训班',
  ]);
});

test('the gap evidence counts lines, not characters: CRLF and a character outside the BMP keep their offsets', () => {
  const text = leadIssue.replace(/\n/g, '\r\n');
  const nodes = outlineOf(text);
  assert.equal(shape(nodes).length, 6);
  const village = nodes[4];
  assert.equal(village.titleStart, text.indexOf('𠮷祥村推进'));
  assert.equal(village.titleEnd, village.titleStart + '𠮷祥村推进人居环境整治'.length);
  assert.equal(village.end, text.indexOf('\r\n', text.indexOf('今年以来，𠮷祥村')));
});

test('with no extra space between articles, a short line between finished paragraphs is still a headline', () => {
  const text = [
    '某县召开春耕生产推进会',
    long('5月3日，某县召开春耕生产推进会'),
    '“田保姆”让撂荒地重新种上庄稼',
    `“以前地没人种，现在有人帮着种。”${long('村民老周说')}`,
  ].join('\n\n');
  assert.deepEqual(shape(outlineOf(text)), ['article:某县召开春耕生产推进会', 'article:“田保姆”让撂荒地重新种上庄稼']);
});

test('a masthead titled like a section (院 务 动 态) over its issue number, a padded publisher line, and a section named by its ending (科室短讯)', () => {
  const pad = '\u3000'.repeat(12);
  const text = [
    '青禾县人民医院',
    '院\u3000务\u3000动\u3000态',
    `2024年第5期${pad}医院办公室编${pad}2024年5月8日`,
    '',
    '医院召开安全生产工作会议',
    '',
    long('5月6日，医院召开安全生产工作会议'),
    '',
    '■ 科室短讯',
    '',
    '● 5月2日，检验科𠮷晓红获评全县优秀青年医师。',
    '',
    '● 5月3日，护理部组织开展应急演练，六十余名护士参加。',
  ].join('\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), [
    'masthead:青禾县人民医院',
    'article:医院召开安全生产工作会议',
    'section:科室短讯',
    '  item:检验科𠮷晓红获评全县优秀青年医师',
    '  item:护理部组织开展应急演练',
  ]);
  assert.equal(nodes[0].end, text.indexOf('2024年5月8日') + '2024年5月8日'.length);
  assert.equal(nodes[2].titleStart, text.indexOf('科室短讯'));
});

test('a page header padded past 40 characters is a header; a photo credit (记者 … 摄) after a caption signs the article off', () => {
  const pad = '\u3000'.repeat(4);
  const text = [
    '青禾河畔的“护绿队”',
    '',
    long('清晨，一支队伍沿河岸巡查'),
    '',
    `图为队员在河边补种树苗。\u3000记者 𠮷晓红 摄`,
    '',
    '县图书馆延长夜间开放时间',
    '',
    long('本报讯（记者 林青）从6月1日起，县图书馆延长开放时间'),
    '',
    '（下转第4版）',
    '',
    `2024年6月12日\u3000星期三${pad}第3版\u3000文化·社会${pad}本版编辑：林\u3000\u3000青${pad}美编：周\u3000\u3000然`,
    '',
    '青禾县举办非遗展演',
    '',
    long('本报讯（记者 林青）6月10日晚，青禾县举办非遗展演'),
  ].join('\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), ['article:青禾河畔的“护绿队”', 'article:县图书馆延长夜间开放时间', 'article:青禾县举办非遗展演']);
  assert.equal(nodes[0].byline?.text, '记者 𠮷晓红 摄');
  assert.equal(nodes[0].end, text.indexOf(' 摄') + 2);
  assert.deepEqual(nodes[1].markers.map((m) => m.kind), ['to']);
});

test('a report opening on its first numbered part right under the headline: 一、 is a subhead, not the subtitle', () => {
  const text = [
    '𠮷祥镇多措并举抓好秋粮收储',
    '',
    '一、早谋划，压实收储责任',
    '',
    long('镇里年初即制定秋粮收储工作方案'),
    '',
    '二、强服务，畅通售粮渠道',
    '',
    long('镇里组织粮食经纪人上门收购'),
    '',
    '（𠮷祥镇）',
  ].join('\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), ['article:𠮷祥镇多措并举抓好秋粮收储', '  subhead:一、早谋划，压实收储责任', '  subhead:二、强服务，畅通售粮渠道']);
  assert.equal(nodes[0].subtitle, undefined);
  assert.equal(nodes[0].children[0].titleStart, text.indexOf('一、'));
});

test('an issue printing headlines on their own lines: a padded name (林  青) mid-article is not an inline headline', () => {
  const text = [
    '青禾镇开展防震减灾应急演练',
    '',
    long('5月12日，青禾镇在中心小学开展防震减灾应急演练'),
    '',
    `演练结束后，县消防大队教官林  青为师生讲解了逃生自救知识。${long('校长表示')}`,
    '',
    '青禾镇召开防汛工作会议',
    '',
    long('6月3日，青禾镇召开防汛工作会议'),
  ].join('\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), ['article:青禾镇开展防震减灾应急演练', 'article:青禾镇召开防汛工作会议']);
  assert.equal(nodes[0].body.length, 2);
});

test('inline headlines: after an author unit a single ideographic space sets one off; of two, the one before a lead', () => {
  const text = [
    '青禾镇召开防汛工作会议\u3000\u30006月3日，青禾镇召开防汛工作会议，部署主汛期各项工作。',
    '',
    long('会议要求'),
    '',
    '（青禾镇）',
    '',
    '𠮷祥村党员带头 村庄变美\u3000𠮷祥村把人居环境整治同党员积分管理结合起来，发动党员带头清理房前屋后。',
    '',
    '（𠮷祥村）',
    '',
    '某行大堂经理及时劝阻\u3000老人养老钱保住了\u30005月20日上午，一位老人来到某支行要求转账，大堂经理及时劝阻。',
  ].join('\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), [
    'article:青禾镇召开防汛工作会议',
    'article:𠮷祥村党员带头 村庄变美',
    'article:某行大堂经理及时劝阻\u3000老人养老钱保住了',
  ]);
  assert.equal(nodes[1].body[0].start, text.indexOf('𠮷祥村把'));
  assert.equal(nodes[2].date?.text, '5月20日');
});

test('a line printing a headline and its body is compared for repeats the same way, whether or not its context starts an article there', () => {
  const inline = '𠮷祥村开展“清洁庭院”评比  村里每月评选清洁庭院，评上的农户在村务公开栏张榜表扬。';
  const underHeadline = ['青禾镇召开人居环境整治推进会', inline].join('\r\n\r\n');
  const midArticle = ['青禾镇召开人居环境整治推进会', long('5月8日，青禾镇召开人居环境整治推进会'), inline].join('\r\n\r\n');
  assert.deepEqual(shape(outlineOf(underHeadline)), ['article:青禾镇召开人居环境整治推进会', 'article:𠮷祥村开展“清洁庭院”评比']);
  assert.deepEqual(shape(outlineOf(midArticle)), ['article:青禾镇召开人居环境整治推进会']);
  const body = '村里每月评选清洁庭院，评上的农户在村务公开栏张榜表扬。';
  for (const text of [underHeadline, midArticle]) {
    const last = contentBlocks(analyzeLayout(text)).at(-1)!;
    assert.equal(last.text, body);
    assert.equal(last.start, text.indexOf(body));
  }
});

test('a table of contents is printed as a block: the kicker after a wider gap belongs to the first headline, not to the contents', () => {
  const text = [
    '本期导读',
    '▲ 𠮷祥村入选省级美丽乡村（详见二版）',
    '▲ 青禾县非遗展演季开幕（详见三版）',
    '',
    '',
    '守牢安全底线\u3000护航夏季农事',
    '青禾县召开防汛工作会议',
    '',
    long('本报讯（记者 林青）6月11日，青禾县召开防汛工作会议'),
  ].join('\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), [
    'teaser:本期导读',
    '  teaser:𠮷祥村入选省级美丽乡村',
    '  teaser:青禾县非遗展演季开幕',
    'article:青禾县召开防汛工作会议',
  ]);
  assert.equal(nodes[1].kicker?.text, '守牢安全底线\u3000护航夏季农事');
  assert.equal(nodes[1].start, text.indexOf('守牢'));
});

test('a subtitle opening on a decimal number (1.5万…) is a subtitle, not a numbered part', () => {
  const text = [
    '青禾县秋粮收购进度过半',
    '1.5万户农民售粮增收',
    '',
    long('本报讯（记者 林青）10月8日，记者从县粮食和物资储备局获悉'),
  ].join('\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), ['article:青禾县秋粮收购进度过半']);
  assert.equal(nodes[0].subtitle?.text, '1.5万户农民售粮增收');
});

test('a section sets its items close: an entry printed like its first (■ 乡镇：…) is a sibling; plain lines under a labelled article are its subheads', () => {
  const text = spaced([
    masthead,
    ['某县召开春耕生产推进会', long('5月3日，某县召开春耕生产推进会')],
    ['某县部署夏粮收购工作', long('5月3日，某县召开夏粮收购工作会议')],
    [
      '【基层动态】',
      '■ 青禾乡：冬季饲草储备到户到圈',
      long('青禾乡组织干部逐户核查饲草储备'),
      '■ 𠮷祥镇：兽医服务队巡回防疫',
      long('𠮷祥镇畜牧兽医站组织服务队进村免疫'),
    ],
    [
      '【基层经验】',
      '南坪乡：“寨老+”调解让矛盾不出寨',
      long('“两家人争了三年，现在握手言和了。”南坪乡'),
      '把矛盾化解在家门口',
      long('村里把调解员的联系电话张贴在公开栏'),
    ],
    ['某县举办农技培训班', long('5月5日，某县举办农技培训班')],
  ]).replace(/\n/g, '\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), [
    'masthead:某县工作简报',
    'article:某县召开春耕生产推进会',
    'article:某县部署夏粮收购工作',
    'section:基层动态',
    '  article:青禾乡：冬季饲草储备到户到圈',
    '  article:𠮷祥镇：兽医服务队巡回防疫',
    'section:基层经验',
    '  article:南坪乡：“寨老+”调解让矛盾不出寨',
    '    subhead:把矛盾化解在家门口',
    'article:某县举办农技培训班',
  ]);
  assert.equal(nodes[3].children[1].titleStart, text.indexOf('𠮷祥镇：'));
});
