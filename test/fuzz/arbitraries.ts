/**
 * Random documents that mix what bulletins contain with what hostile input
 * brings: CJK prose and headlines, characters outside the BMP, emoji,
 * combining marks, every line ending, NUL and control characters, lone
 * surrogates, very long lines, empty and whitespace-only text.
 */
import fc from 'fast-check';

const PROSE = [
  '区委书记王某某带队检查安全生产工作。', '会议要求，各单位要压实责任，确保各项措施落实到位。', '县人社局开展“春风行动”，',
  '本报讯 3月5日，', '(记者 李某 张某)', '记者 某某', '区领导赵甲、钱乙、孙丙参加活动。', '严格落实“三管三必须”要求。',
  '某街道社区物业“心连心”建设活力新社区', '责任编辑：高  歌   郝  婕', '详见二版', '(上接第一版①)', '编者按 ',
  '——某某工作纪实', '本期送：区县处级领导', '市委组织部', '生态环境局某某分局', '建档建档立卡', '《某某通知书》',
];
const ODD = ['𠮷', '👍🏽', '👨‍👩‍👧', 'e\u0301', '\u0000', '\u0007', '\u001b', '\uD800', '\uDC00', '\uFEFF', '\u200B', '\u3000', '\t', '\uFFFD', 'Ã¤Ã¶', '\u202E'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\r'];
const MARKS = ['# ', '● ', '■ 简讯', '简讯', '  ', '\u3000\u3000', '“', '”', '，', '。', '、', '：'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

const HEADLINES = ['某区召开安全生产工作推进会', '# 𠮷祥村开展人居环境整治', '■ 短讯', '简讯', '县委书记带队检查防汛工作', '——某某工作纪实'];
const LONG = [
  '会议要求，各单位要进一步提高政治站位，压实工作责任，确保各项措施落实到位，切实维护人民群众生命财产安全。',
  '3月5日，区委书记王某某带队督导检查全区大气污染防治工作，详细查看企业错峰生产、环保设施运行情况。',
  '● 12月2日，我区举办职工技能培训班，分期分批对全区73名企业职工进行培训，区总工会主席岳某参加开班仪式。',
  '会议指出，今年以来全县经济运行总体平稳，主要指标好于预期，但也存在一些困难和问题，必须高度重视。',
];

/** One line of a bulletin-like document: headline, paragraph (often a repeat), marker, or noise. */
const line = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HEADLINES) },
  { weight: 4, arbitrary: fc.constantFrom(...LONG) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...LONG), fc.nat()).map(([p, n]) => p.slice(0, 10 + (n % (p.length - 10)))) },
  { weight: 2, arbitrary: fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')) },
);

/** Lines joined by random line breaks: outlines and repeats show up. */
const structured = fc
  .array(fc.tuple(line, fc.constantFrom(...BREAKS)), { maxLength: 30 })
  .map((lines) => lines.map(([l, b]) => l + b).join(''));

/** A document of up to `maxPieces` pieces or lines; now and then one very long line. */
export function documentArbitrary(maxPieces = 60): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join('')) },
    { weight: 10, arbitrary: structured },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u3000\r\n\t', '\r', '\n\n\n') },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PROSE), fc.integer({ min: 200, max: 3000 })).map(([p, n]) => p.repeat(n)) },
  );
}
