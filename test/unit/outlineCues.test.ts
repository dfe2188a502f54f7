/**
 * The outline on cues a reader takes from the shape of a few lines: a short
 * label over bullet items, a headline printed on two lines, inline headlines
 * set off by one ideographic space throughout an issue, an article signed
 * at its end. Texts are made up for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outlineOf, shape } from '../support/outline';

const long = (s: string) => `${s}，各单位要坚持问题导向，细化工作措施，压实各方责任，确保各项工作落地见效，切实提升群众的获得感和满意度。`;
const masthead = ['某县工作简报', '第9期', '某县委办公室编\u3000\u3000\u3000\u30002024年6月6日', ''];

test('a short label of any words right above bullet items is a section; an event line above a list is a headline', () => {
  const text = [
    ...masthead,
    '某县召开夏粮收购工作会议',
    '',
    long('本报讯 6月3日，某县召开夏粮收购工作会议'),
    '',
    '乡里乡亲',
    '● 6月1日，青禾镇组织志愿者走访独居老人，送去防暑药品和生活用品。',
    '● 𠮷祥村举办“好婆媳”评选活动，评出好婆媳12对。',
    '',
    '某县召开防汛工作会议',
    '● 6月4日，某县召开防汛工作会议，部署主汛期防汛工作。',
    '● 会议要求各乡镇落实防汛责任，做好物资储备。',
  ].join('\r\n');
  const nodes = outlineOf(text);
  assert.deepEqual(shape(nodes), [
    'masthead:某县工作简报',
    'article:某县召开夏粮收购工作会议',
    'section:乡里乡亲',
    '  item:青禾镇组织志愿者走访独居老人',
    '  item:𠮷祥村举办“好婆媳”评选活动',
    'article:某县召开防汛工作会议',
  ]);
  assert.equal(nodes[2].end, text.indexOf('\r\n\r\n某县召开防汛'));
});

/** Articles opening on datelines: the articles open with a lead. */
const datelined = (n: number) =>
  ['某县召开春耕生产推进会', '某县召开防汛工作会议', '某县召开夏粮收购会议', '某县召开安全生产会议'].slice(0, n).flatMap((h, i) => [h, '', long(`5月${i + 3}日，${h.slice(2)}`), '']);

test('in news opening on datelines, a headline printed on two lines is a headline where one such line is a subhead', () => {
  const text = [
    ...masthead,
    ...datelined(4),
    '党员带头闯市场',
    '',
    long('今年以来，𠮷祥村党支部领办合作社'),
    '',
    '支部连着合作社',
    '党员连着种植户',
    '',
    long('今年以来，青禾镇推行“支部+合作社”模式'),
  ].join('\n');
  assert.deepEqual(shape(outlineOf(text)).slice(-3), [
    'article:某县召开安全生产会议',
    '  subhead:党员带头闯市场',
    'article:支部连着合作社',
  ]);
});

test('an issue setting inline headlines off by one ideographic space before their leads: a line so set off without a lead is a headline too', () => {
  const para = (head: string, body: string) => `${head}\u3000${long(body)}`;
  const text = [
    ...masthead,
    para('青禾镇召开防汛工作会议', '6月3日，青禾镇召开防汛工作会议'),
    '',
    para('𠮷祥村：古树下办起“乡村课堂”', '走进𠮷祥村，村口的古树下摆满了板凳'),
    '',
    para('青禾镇开展安全生产大检查', '近日，青禾镇组织开展安全生产大检查'),
    '',
    para('“乡村夜校”办到家门口', '今年，青禾镇在各村开办“乡村夜校”'),
  ].join('\n');
  assert.deepEqual(shape(outlineOf(text)), [
    'masthead:某县工作简报',
    'article:青禾镇召开防汛工作会议',
    'article:𠮷祥村：古树下办起“乡村课堂”',
    'article:青禾镇开展安全生产大检查',
    'article:“乡村夜校”办到家门口',
  ]);
  // Where the issue does not print its headlines so, one ideographic space is padding inside a line.
  const padded = [
    '青禾镇召开防汛工作会议',
    '',
    long('6月3日，青禾镇召开防汛工作会议'),
    '',
    `县应急管理局局长韩\u3000梅在会上说，${long('今年汛期来得早')}`,
  ].join('\n');
  assert.deepEqual(shape(outlineOf(padded)), ['article:青禾镇召开防汛工作会议']);
});

test('news signed in its lead: a short line over text that closes with a byline of its own starts another article', () => {
  const news = (head: string, day: number) => [head, '', long(`本报讯（记者 林青）6月${day}日，${head}`), ''];
  const text = [
    ...masthead,
    ...news('某县召开春耕生产推进会', 3),
    ...news('某县召开防汛工作会议', 4),
    ...news('某县召开夏粮收购会议', 5),
    '果农老周的“甜蜜”账本',
    '',
    long('清晨五点，𠮷祥村的果园里已经忙开了'),
    long('老周说，今年的桃子卖得好'),
    '（记者 韩梅　实习生 江涛）',
    '',
    ...news('某县召开安全生产会议', 6),
    '隐患排查不留死角',
    '',
    long('会议要求，各乡镇要对辖区企业开展拉网式排查'),
  ].join('\n');
  assert.deepEqual(shape(outlineOf(text)).slice(-4), [
    'article:某县召开夏粮收购会议',
    'article:果农老周的“甜蜜”账本',
    'article:某县召开安全生产会议',
    '  subhead:隐患排查不留死角',
  ]);
});
