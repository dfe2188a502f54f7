/**
 * What a quoted phrase must look like to be a slogan rather than speech or
 * a label: a known formula, parallel clauses (外防输入、内防反弹), numbers
 * counting items (三管三必须, 四个口袋, 5+2), X加Y (白加黑), the patterns of
 * policy language (A即B, 谁A谁B, 先A后B), a run of single characters
 * (散乱污), or a campaign name (春风行动, 就业援助月).
 */
import { KNOWN_SLOGANS } from '../../lexicon/slogans';
import type { TextContext } from '../context';

const NUMERAL = '[0-9０-９一二三四五六七八九十百千万两双]';
const SENTENCE_INSIDE = /[。！？!?；;…]/;
const SPEECH_BEFORE = /(说|道|表示|指出|强调|认为|称|问|答|喊|写道|坦言|感慨|说过|讲|告诉|提醒|呼吁|感叹|笑称|回忆|介绍)[：:，,]?\s*$|[：:]\s*$/;
const CLAUSE_SEPARATORS = /[，,、\s\u3000]+/;
const CAMPAIGN_END = /(行动|活动|工程|计划|战役|攻坚战|会战|工作法|主题教育|实践活动|竞赛|大比武|大讨论|大走访|大排查|大整治|[^0-9０-９一二三四五六七八九十]{3}[月周年])$/;
const PLUS = /^[^+＋]{1,6}([+＋][^+＋]{1,6})+$/;
const X_PLUS_Y = /^[^加]{1,3}加[^加]{1,3}$/;
const NOT_EITHER = /(.{1,2})不\1$/;
const SPEECHY = /[的了吗呢吧啊我你他她]/;
/** Formula patterns of policy language: 拿地即开工, 谁执法谁负责, 先治理后开发. */
const PATTERNS = [/^[^即]{1,3}即[^即]{1,3}$/, /^谁[^谁]{1,3}谁[^谁]{1,3}$/, /^先[^先后]{1,4}后[^先后]{1,4}$/, /^[^边]?边[^边]{1,2}边[^边]{1,2}$/];

/** True when the quoted `inner` (at [start, start + inner.length)) is a slogan. */
export function isSloganShaped(ctx: TextContext, inner: string, start: number): boolean {
  if (KNOWN_SLOGANS.has(inner)) return true;
  const before = ctx.text.slice(Math.max(0, start - 7), start - 1);
  if (inner.length < 2 || inner.length > 36 || SENTENCE_INSIDE.test(inner) || SPEECH_BEFORE.test(before)) return false;
  if (/^[\d.．０-９\s-]+$/.test(inner)) return false;
  const clauses = inner.split(CLAUSE_SEPARATORS).filter(Boolean);
  if (clauses.length >= 2) return parallel(clauses);
  if (PLUS.test(inner) || PATTERNS.some((p) => p.test(inner)) || numeralGroups(inner) >= 2) return true;
  const word = singleWord(ctx, start, start + inner.length);
  // 脏乱差, 一刀切: a set phrase of jieba's (tag l) is a catch-word; any other single word is a label.
  if (word) return word === 'l' && inner.length >= 3 && inner.length <= 5;
  return X_PLUS_Y.test(inner) || (countsItems(inner) && !adverbFirst(ctx, start)) || repeatsFirst(inner) || NOT_EITHER.test(inner)
    || loneCharacters(ctx, start, start + inner.length) || (inner.length >= 4 && CAMPAIGN_END.test(inner));
}

/**
 * 外防输入、内防反弹: clauses of (nearly) one length, short, not a sentence
 * (a number counts as one character: 1分钟响应、30分钟到场); or clauses
 * built on one frame (管行业必须管安全、管生产经营必须管安全).
 */
function parallel(clauses: string[]): boolean {
  if (clauses.some((c) => SPEECHY.test(c))) return false;
  const lengths = clauses.map((c) => [...c.replace(/[0-9０-９.]+/g, '0')].length);
  const max = Math.max(...lengths);
  const min = Math.min(...lengths);
  if (min >= 2 && max <= 8 && max - min <= 1) return true;
  return min >= 3 && max <= 14 && sharedFrame(clauses);
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

/** 四个口袋, 五字诀, 百城提质 (a number first, three characters or more), or two numbers (三管三必须, 一企一策). */
function countsItems(inner: string): boolean {
  if (numeralGroups(inner) >= 2) return true;
  // 四个口袋, 百城提质 are short; a long quote starting with a number names a place or an event (二七区…推进会).
  return new RegExp(`^${NUMERAL}`).test(inner) && [...inner].length >= 3 && [...inner].length <= 8;
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
