/**
 * Units that end with an organisation suffix (区城管局, 新安路街道,
 * 市委党史学习教育领导小组办公室), read leftwards from the suffix and kept when
 * what precedes the suffix names something rather than describes it.
 */
import type { Entity } from '../../model';
import { NOT_UNIT_TAILS, NOT_UNIT_WORDS, OFFICE_WORDS_IN_BAN, type SuffixClass, UNIT_SUFFIXES } from '../../lexicon/units';
import { roleAfter } from '../../lexicon/titles';
import { Trie } from '../../trie';
import { crossedByWord, type TextContext } from '../context';
import { namesSomething } from './naming';
import { unit } from './unit';
import { ownerSpan } from './owner';
import { counted, walkLeft } from './walk';

/** Read leftwards from where a name ends, so the longest suffix decides (党支部, not 部). */
const suffixes = new Trie<SuffixClass>([...UNIT_SUFFIXES], { reversed: true });
/** Party committees: followed by a role they are part of a title (区委书记, 区委常委), not a unit. */
const COMMITTEES = /(区委|市委|县委|省委|州委|旗委|盟委|党委|党工委|党组|党总支|党支部|总支|纪委|监委|纪工委)$/;

/** Every unit ending with a suffix, possibly overlapping (the longest is chosen later). */
export function* suffixedUnits(ctx: TextContext, blocked: Uint8Array): Generator<Entity> {
  const { text } = ctx;
  for (let end = 1; end <= text.length; end++) {
    if (!suffixes.hasFirst(text.charCodeAt(end - 1))) continue;
    const found = suffixes.longest(text, end);
    if (found) {
      const { length, value } = found;
      const i = end - length;
      if (!suffixStands(ctx, i, end)) continue;
      const start = afterVerbs(ctx, walkLeft(ctx, i, end, blocked, value === 'department'), i, value);
      const owner = ownerSpan(text, start, i, end, value);
      if (owner) {
        const inner = validUnit(ctx, owner[0], owner[1]);
        if (inner) yield inner;
        continue;
      }
      const name = text.slice(start, end);
      if (NOT_UNIT_WORDS.has(name) || counted(text, start) || !namesSomething(ctx, start, i, end, value) || partOfTitle(text, start, end, value)) continue;
      yield unit(name, start, end, 'suffix');
    }
  }
}

/**
 * The unit is part of a title: a short committee followed by a role
 * (区委书记, 镇党委副书记), a department named by its field and then its
 * head (组织部部长), or a title word that starts inside it (政法委书记,
 * 宣传部长). 区人大常委会主任 keeps its unit.
 */
function partOfTitle(text: string, start: number, end: number, cls: SuffixClass): boolean {
  if (end - start <= 4 && COMMITTEES.test(text.slice(start, end)) && roleAfter(text, end)) return true;
  // 组织部部长, 教育局局长: a department named by its field alone, then its head, is one title.
  if (cls === 'department' && end - start <= 3 && !/^[区市县省州镇乡]/.test(text.slice(start)) && roleAfter(text, end)) return true;
  for (let p = Math.max(start, end - 4); p < end; p++) {
    const role = roleAfter(text, p);
    if (role && p + role.length > end) return true;
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
  if (!last || last.end !== end) return true;
  const word = last.word;
  if (NOT_UNIT_WORDS.has(word) || (word.length > 2 && [word.slice(-2), word.slice(-3)].some((w) => NOT_UNIT_TAILS.has(w)))) return false;
  // 经办, 创办: a word of two characters ending in 办 is a verb unless it is an office (编办, 委办 as in 安委办).
  return !(word.length === 2 && word[1] === '办' && end - start === 1 && !OFFICE_WORDS_IN_BAN.has(word));
}

/** [start, end) as a unit, if it ends with a suffix and names something. */
function validUnit(ctx: TextContext, start: number, end: number): Entity | undefined {
  const found = suffixes.longest(ctx.text, end);
  if (!found || end - found.length < start) return undefined;
  const i = end - found.length;
  if (!namesSomething(ctx, start, i, end, found.value) || partOfTitle(ctx.text, start, end, found.value)) return undefined;
  return unit(ctx.text.slice(start, end), start, end, 'suffix');
}

/**
 * A place or an institution is not named by a verb phrase (组织党员群众组成|社区,
 * 探索新时期|学校): its name starts after the last verb. Departments and
 * working groups keep theirs (疫情防控指挥部, 党史学习教育领导小组).
 */
function afterVerbs(ctx: TextContext, start: number, suffixStart: number, cls: SuffixClass): number {
  if (cls !== 'place' && cls !== 'institution') return start;
  let from = start;
  for (let pos = start; pos < suffixStart; ) {
    const w = ctx.words[ctx.wordAt[pos]];
    if (!w) break;
    if (w.tag === 'v' && w.end - w.start >= 2 && w.end <= suffixStart) from = w.end;
    pos = w.end;
  }
  return from;
}
