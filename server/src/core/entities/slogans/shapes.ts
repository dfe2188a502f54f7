/**
 * What a quoted phrase must look like to be a slogan rather than speech or
 * a label: a known formula, parallel clauses (外防输入、内防反弹), numbers
 * counting items (三管三必须, 四个口袋, 5+2), X加Y (白加黑), the patterns of
 * policy language (A即B, 谁A谁B, 先A后B), a run of single characters
 * (散乱污), or a campaign name (春风行动, 就业援助月).
 */
import { KNOWN_SLOGANS } from '../../lexicon/slogans';
import { Trie } from '../../trie';
import type { TextContext } from '../context';

const NUMERAL = '[0-9０-９一二三四五六七八九十百千万两双]';
const SENTENCE_INSIDE = /[。！？!?；;…]/;
const SPEECH_BEFORE = /(说|道|表示|指出|强调|认为|称|问|答|喊|写道|坦言|感慨|说过|讲|告诉|提醒|呼吁|感叹|笑称|回忆|介绍)[：:，,]?\s*$|[：:]\s*$/;
const CLAUSE_SEPARATORS = /[，,、\s\u3000]+/;
const CAMPAIGN_END = /(行动|活动|工程|计划|战役|攻坚战|会战|工作法|主题教育|实践活动|竞赛|大比武|大讨论|大走访|大排查|大整治|[^0-9０-９一二三四五六七八九十]{3}[月周年])$/;
const PLUS = /^[^+＋]{1,6}([+＋][^+＋]{1,6})+$|^[^+＋]{1,6}[+＋]$/;
const X_PLUS_Y = /^[^加]{1,3}加[^加]{1,3}$/;
const NOT_EITHER = /(.{1,2})不\1$/;
const SPEECHY = /[的了吗呢吧啊我你他她]/;
/** Formula patterns of policy language: 拿地即开工, 谁执法谁负责, 先治理后开发. */
const PATTERNS = [
  /^[^即]{1,3}即[^即]{1,3}$/, /^谁[^谁]{1,3}谁[^谁]{1,3}$/, /^先[^先后]{1,4}后[^先后]{1,4}$/, /^[^边]?边[^边]{1,2}边[^边]{1,2}$/,
  // 绿水青山就是金山银山, 安全就是效益; 以案促改, 以奖代补, 以工代赈.
  /^[^就]{2,8}就是[^就]{2,8}$/, /^以[^以]{1,2}[促代治带保养兴强助育定]{1}[^以]{1,2}$/,
  // 一件事一次办, 高效办成一件事, 最多查一次: the reforms of doing a thing once.
  /一件事/, /^[^一]{1,5}一次$/,
];
const knownEnds = new Trie([...KNOWN_SLOGANS.keys()].map((k): [string, boolean] => [k, true]), { reversed: true });
/** Where a quoted name is an account or a program's, not a formula (“某某发布”微信公众号). */
const ACCOUNT_AFTER = /^[”’」"](微信公众号|公众号|微信号|视频号|抖音号|抖音|小程序|客户端|APP|App|app|平台|热线)/;
/**
 * A quote named as a policy's, a campaign's or a goal's (“数商兴农”工程,
 * “三包”责任制, “以病人为中心”的服务理念) is a formula, whatever its shape.
 */
const POLICY_AFTER = /^[”’」"](的[^，。、；：,;:\s“”]{0,4})?(工程|行动|活动|责任制|政策|理念|目标|社会实践|战略|模式|机制|工作法|要求|原则|方针|经验|改革|思路)/;
/** A quote that is carried out or upheld (坚持“…”, 推行“…”, 严格落实“…”) is a policy, not speech. */
const APPLIED_BEFORE = /(坚持|落实|践行|推行|实行|弘扬|树立|按照|实施|秉持|牢记|贯彻|做到|开展|推进|深化|推广|探索|构建|健全)$/;
/** “七一”, “五四”, “3·15”: a date names a day, not a formula. */
const DATE = /^([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}[·.．][0-9０-９]{1,2})$/;
/** A nickname given to a person (被称为“土专家”) is a label. */
const NICKNAMED_BEFORE = /(称为|称作|誉为|叫做|叫作|称之为)$/;
/** A quoted group, team or place is a label (“爱心车队”, “爱心小屋”). */
const LABEL_END = /(队|组|团|班|站|屋|家|院|馆|室|点|中心|驿站|之家)$/;

/** True when the quoted `inner` (at [start, start + inner.length)) is a slogan. */
export function isSloganShaped(ctx: TextContext, inner: string, start: number): boolean {
  if (KNOWN_SLOGANS.has(inner)) return true;
  if (inner.length < 2 || inner.length > 36 || SENTENCE_INSIDE.test(inner)) return false;
  if (/^[\d.．０-９\s-]+$/.test(inner)) return false;
  // A formula with + or two numbers is no speech, even after a colon (某某钢厂：“党建+生产”).
  if (PLUS.test(inner) || numeralGroups(inner) >= 2) return true;
  const before = ctx.text.slice(Math.max(0, start - 7), start - 1);
  if (NICKNAMED_BEFORE.test(before)) return false;
  if (!DATE.test(inner) && (APPLIED_BEFORE.test(before) || POLICY_AFTER.test(ctx.text.slice(start + inner.length, start + inner.length + 8)))) return true;
  if (SPEECH_BEFORE.test(before) || ACCOUNT_AFTER.test(ctx.text.slice(start + inner.length, start + inner.length + 6))) return false;
  const clauses = inner.split(CLAUSE_SEPARATORS).filter(Boolean);
  if (clauses.length >= 2) return parallel(clauses);
  if (PATTERNS.some((p) => p.test(inner)) || endsWithKnown(inner)) return true;
  const word = singleWord(ctx, start, start + inner.length);
  // 脏乱差, 一刀切: a set phrase of jieba's (tag l) is a catch-word; any other single word is a label.
  if (word) return word === 'l' && inner.length >= 3 && inner.length <= 5;
  if (X_PLUS_Y.test(inner) || (countsItems(inner) && !adverbFirst(ctx, start)) || repeatsFirst(inner) || NOT_EITHER.test(inner)) return true;
  if (inner.length >= 4 && CAMPAIGN_END.test(inner)) return true;
  return !LABEL_END.test(inner) && (loneCharacters(ctx, start, start + inner.length) || fourCharacterCall(ctx, start, inner));
}

/** 安全生产党政同责: a known formula applied to a field (four characters or more, ending the quote). */
function endsWithKnown(inner: string): boolean {
  const found = knownEnds.longest(inner, inner.length);
  return !!found && found.length >= 4 && found.length < inner.length;
}

/**
 * 快速响应, 闻令而动, 主动服务: four characters of two words or more that end
 * in a verb or a quality are a call to act; ending in a noun they name a
 * thing (“爱心妈妈”, “乡村名医”).
 */
function fourCharacterCall(ctx: TextContext, start: number, inner: string): boolean {
  if (inner.length !== 4 || !/^\p{Script=Han}+$/u.test(inner)) return false;
  const first = ctx.words[ctx.wordAt[start]];
  const last = ctx.words[ctx.wordAt[start + 3]];
  if (!first || !last || first.start !== start || last.end !== start + 4 || first === last) return false;
  return /^(v|vn|vd|vg|d|a|an|ad|ag|zg)$/.test(last.tag);
}

/**
 * 外防输入、内防反弹: clauses of (nearly) one length, short, not a sentence
 * (a number counts as one character: 1分钟响应、30分钟到场); or clauses
 * built on one frame (管行业必须管安全、管生产经营必须管安全).
 */
function parallel(clauses: string[]): boolean {
  const lengths = clauses.map((c) => [...c.replace(/[0-9０-９.]+/g, '0')].length);
  const max = Math.max(...lengths);
  const min = Math.min(...lengths);
  // 访、听、办: three single verbs or more.
  if (max === 1) return clauses.length >= 3;
  // 抓早、抓小、抓了: short clauses on one head are a formula, whatever particle they hold.
  const oneHead = clauses.length >= 3 && max <= 3 && clauses.every((c) => c[0] === clauses[0][0]);
  if (!oneHead && clauses.some((c) => SPEECHY.test(c))) return false;
  if (oneHead || (min >= 2 && max <= 8 && max - min <= 1)) return true;
  // 有场所、有制度…有经费保障; A包B、C包D、E包F: three clauses or more on a shared character.
  if (clauses.length >= 3 && min >= 2 && max <= 12 && sharedCharacter(clauses)) return true;
  return min >= 3 && max <= 14 && sharedFrame(clauses);
}

/** A character other than a numeral in every clause (有…, …包…, 进…). */
function sharedCharacter(clauses: string[]): boolean {
  return [...new Set(clauses[0])].some((c) => /\p{Script=Han}/u.test(c) && !new RegExp(NUMERAL).test(c) && clauses.every((k) => k.includes(c)));
}

/** Every clause starts or ends with the same two characters or more. */
function sharedFrame(clauses: string[]): boolean {
  const head = clauses[0].slice(0, 2);
  const tail = clauses[0].slice(-2);
  return clauses.every((c) => c.startsWith(head)) || clauses.every((c) => c.endsWith(tail));
}

function numeralGroups(inner: string): number {
  return (inner.match(new RegExp(`${NUMERAL}+`, 'g')) ?? []).length;
}

/**
 * 四个口袋, 五字诀, 百城提质 (a number first, three characters or more), two
 * numbers (三管三必须, 一企一策), or a number and one character (三送, 五查).
 */
function countsItems(inner: string): boolean {
  if (numeralGroups(inner) >= 2) return true;
  // 四个口袋, 百城提质 are short; a long quote starting with a number names a place or an event (二七区…推进会).
  return new RegExp(`^${NUMERAL}`).test(inner) && [...inner].length >= 2 && [...inner].length <= 8;
}

/** “一时好”, “一直好”: the number belongs to an adverb or a verb (一时, 一直, 一起), it counts nothing. */
function adverbFirst(ctx: TextContext, start: number): boolean {
  const w = ctx.words[ctx.wordAt[start]];
  return !!w && w.start === start && w.end - w.start >= 2 && /^(d|v|a|c|p|r|ad|t|i|l)$/.test(w.tag);
}

/** 边查边改, 即知即改: the first and third characters repeat. */
function repeatsFirst(inner: string): boolean {
  return inner.length === 4 && inner[0] === inner[2] && inner[1] !== inner[3];
}

/** The tag of the one word of jieba's the quote is (“三方”, “微循环”), or undefined. */
function singleWord(ctx: TextContext, start: number, end: number): string | undefined {
  const w = ctx.words[ctx.wordAt[start]];
  return w && w.start === start && w.end === end ? w.tag : undefined;
}

/** 散乱污, 脏乱差: three or four characters jieba reads one by one. */
function loneCharacters(ctx: TextContext, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 4) return false;
  for (let i = start; i < end; i++) {
    const w = ctx.words[ctx.wordAt[i]];
    if (!w || w.end - w.start !== 1 || !/\p{Script=Han}/u.test(w.word)) return false;
  }
  return true;
}
