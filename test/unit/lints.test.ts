import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLayout } from '../../server/src/core/analysis';
import { breakSpan, findBrokenParagraphs } from '../../server/src/core/lints/brokenParagraph';
import { findDoubledPhrases } from '../../server/src/core/lints/doubledPhrase';
import { lintFindings } from '../../server/src/core/lints/index';
import { ALL_CHECKS } from '../../server/src/core/checks';

const LEAD = '本报讯 11月22日上午，某区召开生态建设工作推进会，会议传达学习了省委省政府有关会议精神，研究部署今冬明春重大生态建设项目。';

/** The text around each break, with the break shown as ⏎. */
function breaks(text: string): string[] {
  return findBrokenParagraphs(analyzeLayout(text)).map((b) => `${b.head.text.slice(-3)}⏎${b.tail.text.slice(0, 3)}`);
}

test('a paragraph cut mid-word and continued in the next block is found', () => {
  const text = `某区召开推进会\n\n${LEAD}\n\n有针对性地督促和指导住建、城\n\n管、公安、农业农村等部门开展专项治理，促进了攻坚战向纵深推进。\n`;
  assert.deepEqual(breaks(text), ['建、城⏎管、公']);
});

test('a cut after a comma, inside a quotation, or after a full sentence is found', () => {
  const text = [
    '某区召开推进会',
    LEAD,
    '对各类施工工地开展督导检查,',
    '督促重点区域内施工工地严格落实扬尘防治措施,规范城区内餐饮门店安装使用油烟净化设施。',
    '实施全城清洁行动,推行“城市微更',
    '新”和精细化管理,彻底破解背街小巷顽疾。',
    '打造“红色物业”带来了什么?如今,山',
    '阳区居民对物业公司的满意度已由原来的不足70%上升至95%。',
  ].join('\n\n');
  assert.deepEqual(breaks(text), ['检查,⏎督促重', '市微更⏎新”和', '今,山⏎阳区居']);
});

test('headlines, bylines, numbered points and page notes are not cut paragraphs', () => {
  const text = [
    '珍惜今冬明春关键时节,确保生态项目绿化建设完成',
    LEAD,
    '区委书记陈红民提出：一是要未雨绸缪，把握时间，统筹安排、提前谋划，务必珍惜今冬明春关键时节',
    '二是要善于分析，解决问题，避免问题堆积影响工程进度。',
    '宋双兴要求，要围绕乡村振兴战略，聚焦关键重点，依托现有旅游资源，建立健全乡村振兴工作',
    '(记者 王明琪 王慧敏)',
    '# 解放区召开第二轮项目谋划汇报会',
    '结合自身工作依次发言。',
    '在济源路9号院、九冶家属院、鸿园小区、晨光社区',
    '区委书记宋洁调研老旧小区改造等民生实事工作',
    '等老旧小区改造项目现场，宋洁详细了解改造方案及项目进展情况。',
  ].join('\n\n');
  assert.deepEqual(breaks(text), []);
});

test('the diagnostic spans the last character before the break and the first after, in UTF-16 units (𠮷, CRLF)', () => {
  const text = `某区召开推进会\r\n\r\n${LEAD}\r\n\r\n大力宣传市场优惠政策，派专人走访附近20多个行政村，帮助周边村民解决卖𠮷\r\n\r\n𠮷的问题，较好地促进了我市农产品市场发展。\r\n`;
  const [b] = findBrokenParagraphs(analyzeLayout(text));
  const span = breakSpan(b);
  assert.equal(text.slice(span.start, span.end), '𠮷\r\n\r\n𠮷');
  const [finding] = lintFindings(analyzeLayout(text), 'zh', ALL_CHECKS);
  const join = finding.data!.join as { start: number; end: number };
  const joined = text.slice(0, join.start) + text.slice(join.end);
  assert.match(joined, /解决卖𠮷𠮷的问题/);
  assert.equal(joined.length, text.length - 4, 'only the line breaks go');
});

test('a word typed twice is found, and its second copy is the span', () => {
  const text = '某县推进脱贫攻坚\n\n44名建档建档立卡贫困户已全部入住，将物业企业与行业评优评优等挂钩。\n';
  const found = findDoubledPhrases(analyzeLayout(text));
  assert.deepEqual(found.map((d) => d.phrase), ['建档', '评优']);
  for (const d of found) {
    assert.equal(text.slice(d.start, d.end), d.phrase);
    assert.equal(text.slice(d.start - d.phrase.length, d.start), d.phrase);
  }
});

test('words Chinese doubles on purpose are left alone', () => {
  const text = '某县推进工作\n\n大家要研究研究，一步一步地推进，天天向上，哈哈哈哈，墙刷得雪白雪白，2020年任务完成。\n';
  assert.deepEqual(findDoubledPhrases(analyzeLayout(text)), []);
});

test('doubled phrases next to 𠮷 keep UTF-16 offsets', () => {
  const text = '某县推进工作\n\n𠮷祥村落实落实责任，𠮷𠮷祥祥。\n';
  const [d] = findDoubledPhrases(analyzeLayout(text));
  assert.equal(d.phrase, '落实');
  assert.equal(text.slice(d.start, d.end), '落实');
  assert.equal(d.start, text.indexOf('落实落实') + 2);
});

test('each lint can be turned off on its own', () => {
  const text = `某区召开推进会\n\n${LEAD}\n\n建档建档立卡工作要统筹安排、\n\n提前谋划，务必珍惜今冬明春关键时节。\n`;
  const codes = (checks: typeof ALL_CHECKS) => lintFindings(analyzeLayout(text), 'zh', checks).map((f) => f.code);
  assert.deepEqual(codes(ALL_CHECKS).sort(), ['broken-paragraph', 'doubled-phrase']);
  assert.deepEqual(codes({ ...ALL_CHECKS, brokenParagraph: false }), ['doubled-phrase']);
  assert.deepEqual(codes({ ...ALL_CHECKS, doubledPhrase: false }), ['broken-paragraph']);
});
