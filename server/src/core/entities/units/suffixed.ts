/**
 * Units that end with an organisation suffix (区城管局, 新安路街道,
 * 市委党史学习教育领导小组办公室), read leftwards from the suffix and kept when
 * what precedes the suffix names something rather than describes it.
 */
import type { Entity } from '../../model';
import { INDUSTRY_WORDS, NOT_UNIT_TAILS, NOT_UNIT_WORDS, OFFICE_WORDS_IN_BAN, type SuffixClass, UNIT_SUFFIXES } from '../../lexicon/units';
import { ROLE_WORDS, roleAfter } from '../../lexicon/titles';
import { Trie } from '../../trie';
import { crossedByWord, hanAt, isBoundary, type TextContext } from '../context';
import { namesSomething } from './naming';
import { unit } from './unit';
import { ownerSpan } from './owner';
import { counted, KNOWN, walkLeft } from './walk';
import { fullPlaceStart, ownPlaceStart, placeGoneInto } from './places';

/** Read leftwards from where a name ends, so the longest suffix decides (党支部, not 部). */
const suffixes = new Trie<SuffixClass>([...UNIT_SUFFIXES], { reversed: true });
const industries = new Trie(INDUSTRY_WORDS.map((w): [string, boolean] => [w, true]));
/** Party committees: followed by a role they are part of a title (区委书记, 区委常委), not a unit. */
const COMMITTEES = /(区委|市委|县委|省委|州委|旗委|盟委|党委|党工委|党组|党总支|党支部|总支|纪委|监委|纪工委)$/;

/** Every unit ending with a suffix, possibly overlapping (the longest is chosen later). */
export function* suffixedUnits(ctx: TextContext, blocked: Uint8Array): Generator<Entity> {
  const { text } = ctx;
  for (let end = 1; end <= text.length; end++) {
    if (!suffixes.hasFirst(text.charCodeAt(end - 1))) continue;
    const found = standingSuffix(ctx, end);
    if (!found) continue;
    const { length, value } = found;
    const i = end - length;
    if (value === 'place' && placeGoneInto(ctx, i)) continue;
    const start = nameStart(ctx, i, end, blocked, value);
    if (generic(ctx, start, end)) continue;
    const owner = ownerSpan(text, start, i, end, value);
    if (owner) {
      const inner = validUnit(ctx, owner[0], owner[1]);
      if (inner) yield inner;
      continue;
    }
    const name = text.slice(start, end);
    if (brandCut(ctx, start)) continue;
    if (NOT_UNIT_WORDS.has(name) || counted(text, start) || !namesSomething(ctx, start, i, end, value) || partOfTitle(text, start, end, value)) continue;
    yield unit(name, start, end, 'suffix');
  }
}

/** 健康元|药业集团…: a name starting with its trade after the brand was cut away (jieba read the brand as other words). */
function brandCut(ctx: TextContext, start: number): boolean {
  return hanAt(ctx.text, start - 1) && !!industries.longest(ctx.text, start) && !/[、，,：:；;（(“\s]/.test(ctx.text[start - 1]);
}

/**
 * Where the name with the suffix at [i, end) starts: read leftwards, a
 * town or village name that jieba cut short made whole (那|洞村党支部), and a
 * town or village named without the places above it (青山县|石坪镇).
 */
function nameStart(ctx: TextContext, i: number, end: number, blocked: Uint8Array, cls: SuffixClass): number {
  let start = afterVerbs(ctx, walkLeft(ctx, i, end, blocked, cls), i, cls);
  const whole = fullPlaceStart(ctx, start, blocked);
  if (whole < start) start = walkLeft(ctx, whole, end, blocked, cls);
  // 市六届|人大常委会第十九次会议: the term of a congress names a meeting, the body is the one after it.
  const term = /第?[一二三四五六七八九十百0-9]+届(?=人大|政协|党代会)/.exec(ctx.text.slice(start, end));
  if (term) start += term.index + term[0].length;
  return cls === 'place' && OWN_PLACES.has(ctx.text.slice(i, end)) ? ownPlaceStart(ctx, start, i) : start;
}

/** Places that are named on their own, without the county or town above them. */
const OWN_PLACES = new Set(['镇', '乡', '村', '社区', '街道', '嘎查']);

/**
 * The longest suffix ending at `end` that stands as one (天津津法|律师事务所 is
 * spoiled by jieba's 法律, 事务所 is not), or undefined.
 */
function standingSuffix(ctx: TextContext, end: number): { length: number; value: SuffixClass } | undefined {
  const all = suffixes.all(ctx.text, end);
  for (let k = all.length - 1; k >= 0; k--) if (suffixStands(ctx, end - all[k].length, end)) return all[k];
  return undefined;
}

/** Words before a unit that make it any of a kind (各民主党派区委, 上级行党委, “花园式”单位). */
const PLURAL_BEFORE = ['各', '属地', '上级', '下级', '同级', '有关', '相关', '所属', '下属', '各级', '其他', '各类', '各个'];

/**
 * The unit is a kind, not one body: after 各 or 上级 (the walk stops there),
 * after a quoted style (“X式”, “X型”), or at several levels.
 */
function generic(ctx: TextContext, start: number, end: number): boolean {
  const { text } = ctx;
  if (/[式型]”?$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  // 市、县两级纪委监委: bodies of two levels are of every county.
  if (/[两三四五六七八九几多]级/.test(text.slice(start, end))) return true;
  // 各乡|镇党委: the walk left 各 and a level behind; the body is every town's.
  const from = /[区县乡镇村]/.test(text[start - 1] ?? '') && text[start - 2] === '各' ? start - 1 : start;
  return PLURAL_BEFORE.some((d) => text.startsWith(d, from - d.length) && isBoundary(ctx, from - d.length));
}

/**
 * The unit is part of a title: a short committee followed by a role
 * (区委书记, 镇党委副书记), a department named by its field and then its
 * head (组织部部长), or a title word that starts inside it (政法委书记,
 * 宣传部长). 区人大常委会主任 keeps its unit.
 */
/** The committees of a village or community, which titles fuse with (居委会主任, 村委会主任). */
const PLACE_COMMITTEE = /(居委会|村委会|居民委员会|村民委员会)$/;

function partOfTitle(text: string, start: number, end: number, cls: SuffixClass): boolean {
  if (end - start <= 4 && COMMITTEES.test(text.slice(start, end)) && roleAfter(text, end)) return true;
  // 组织部部长, 教育局局长: a department named by its field alone, then its head, is one title.
  if (cls === 'department' && end - start <= 3 && !/^[区市县省州镇乡]/.test(text.slice(start)) && roleAfter(text, end)) return true;
  for (let p = Math.max(start, end - 4); p < end; p++) {
    const role = roleAfter(text, p);
    // 某某社区|居委会主任: a named place's own committee keeps its name before the title fused with it.
    const ownCommittee = cls === 'place' && p === end - (PLACE_COMMITTEE.exec(text.slice(start, end))?.[0].length ?? -1) && /^\p{Script=Han}{2,}(社区|村|嘎查)$/u.test(text.slice(start, p));
    if (role && p + role.length > end && !ownCommittee) return true;
  }
  return false;
}

/**
 * The suffix ends a word here: no dictionary word runs on past it (局|长,
 * 部|署, 中心|城区 is fine), and the word it closes is not a common word
 * that merely ends like one (格局, 干部, 举办).
 */
function suffixStands(ctx: TextContext, start: number, end: number): boolean {
  // jieba glues a unit to its officer's title (视导组组长 as 组组长): the title does not spoil the suffix.
  if (crossedByWord(ctx, end) && !roleAfter(ctx.text, end)) return false;
  // 协商|会 is not 商会: a dictionary word that ends inside the suffix splits it.
  const first = ctx.words[ctx.wordAt[start]];
  if (first && first.start < start && first.end < end && first.tag !== 'x') return false;
  const last = ctx.words[ctx.wordAt[end - 1]];
  // 大操大办: an idiom ending in a one-character suffix.
  if (end - start === 1 && last && last.end === end && /^(i|l)$/.test(last.tag) && last.word.length >= 4) return false;
  const { text } = ctx;
  // 大部, 强镇, 执委: a one-character suffix closing a common word jieba did not make one.
  if (end - start === 1 && NOT_UNIT_WORDS.has(text.slice(end - 2, end))) return false;
  // 村里|办|什么事, 实事|办实: 办 doing something, with its object or result after it, is a verb.
  if (end - start === 1 && text[start] === '办' && banIsVerb(ctx, start)) return false;
  // 中心工作: the centre of the work, not a centre.
  if (text.startsWith('中心', start) && end - start === 2 && text.startsWith('工作', end)) return false;
  if (!last || last.end !== end) return true;
  const word = last.word;
  if (NOT_UNIT_WORDS.has(word) || (word.length > 2 && [word.slice(-2), word.slice(-3)].some((w) => NOT_UNIT_TAILS.has(w)))) return false;
  // 经办, 创办: a word of two characters ending in 办 is a verb unless it is an office (编办, 委办 as in 安委办).
  return !(word.length === 2 && word[1] === '办' && end - start === 1 && !OFFICE_WORDS_IN_BAN.has(word));
}

/** 办 at `at` read by jieba as a verb before a pronoun, particle or number, or glued to the result after it (办实/x). */
function banIsVerb(ctx: TextContext, at: number): boolean {
  const w = ctx.words[ctx.wordAt[at]];
  if (!w || w.start !== at) return false;
  if (w.end > at + 1) return w.tag === 'x';
  const next = ctx.words[ctx.wordAt[w.end]];
  return w.tag === 'v' && !!next && next.start === w.end && /^(r|u.*|m|q)$/.test(next.tag);
}

/** [start, end) as a unit, if it ends with a suffix and names something. */
function validUnit(ctx: TextContext, start: number, end: number): Entity | undefined {
  const found = suffixes.longest(ctx.text, end);
  if (!found || end - found.length < start) return undefined;
  const i = end - found.length;
  if (!namesSomething(ctx, start, i, end, found.value) || partOfTitle(ctx.text, start, end, found.value)) return undefined;
  return unit(ctx.text.slice(start, end), start, end, 'suffix');
}

const COMPANY = /^(有限责任公司|股份有限公司|有限公司|分公司|公司|集团|专业合作社|合作社|律师事务所|事务所)/;

/** Some word of [start, end) is a person's name or an ordinary person's role (…小区居民刘先生指着…): a sentence, not a name. */
function namesPeople(ctx: TextContext, start: number, end: number): boolean {
  for (let pos = start; pos < end; ) {
    const w = ctx.words[ctx.wordAt[pos]];
    if (!w) return false;
    if (/^nr/.test(w.tag) || ROLE_WORDS.get(w.word) === 'people') return true;
    pos = w.end;
  }
  return false;
}

/**
 * A place or an institution is not named by a verb phrase (组织党员群众组成|社区,
 * 探索新时期|学校): its name starts after the last verb. Departments and
 * working groups keep theirs (疫情防控指挥部, 党史学习教育领导小组); so does a
 * government's institution, whose name starts with a level or a place
 * (县动物疫病预防控制中心) unless it reads as a sentence about people, and a
 * company named by place or brand its trade (海南某某旅游开发有限公司).
 */
function afterVerbs(ctx: TextContext, start: number, suffixStart: number, cls: SuffixClass): number {
  if (cls !== 'place' && cls !== 'institution') return start;
  const first = ctx.words[ctx.wordAt[start]];
  if (COMPANY.test(ctx.text.slice(suffixStart)) && first && first.start === start && /^(ns|nt|nz)$/.test(first.tag)) return start;
  const governed = /^([区市县省州旗盟镇乡]|[^\s，。、]{2,3}[省市县区旗])/.test(ctx.text.slice(start, suffixStart));
  if (governed && !namesPeople(ctx, start, suffixStart)) return start;
  let from = start;
  for (let pos = start; pos < suffixStart; ) {
    const w = ctx.words[ctx.wordAt[pos]];
    if (!w) break;
    const field = governed && w.end === suffixStart;
    if (w.tag === 'v' && w.end - w.start >= 2 && w.end <= suffixStart && !KNOWN.has(w.word) && !field) from = w.end;
    pos = w.end;
  }
  return from;
}
