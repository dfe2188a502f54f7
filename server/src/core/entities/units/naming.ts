/**
 * Whether the words before a suffix name an organisation or only describe
 * one: 区城管局 and 钱某某小学 name, 物业公司 and 特色学校 describe, 各街道办事处
 * names no one. What a suffix needs depends on its class.
 */
import { DETERMINERS, FIELDS_OF_STUDY, GENERIC_WORDS, SCHOOL_QUALIFIERS, type SuffixClass, UNIT_SUFFIXES } from '../../lexicon/units';
import { ROLE_WORDS } from '../../lexicon/titles';
import type { TaggedWord } from '../../segmenter';
import { Trie } from '../../trie';
import { hanAt, type TextContext } from '../context';

/** Suffixes that name one body by themselves. */
const STANDALONE = new Set(['区委', '市委', '县委', '省委', '州委', '旗委', '盟委', '中共中央', '国务院', '新华社']);
/** A body starting with an administrative level is a government's own (区城管局, 市联合视导组). */
const ADMIN_START = /^(区|市|县|省|州|旗|盟|镇|乡|街道|村|中央|国家|中共)/;
/** jieba tags of proper names: places, persons, organisations, other proper nouns, unknown words (not `j`: 电商, 党建 are common). */
const PROPER_TAGS = /^(ns|nr.*|nz|nt|x|eng)$/;
/** What makes 成员单位, 职能部门, 主管局 a role rather than a name. */
const DEPARTMENT_GENERIC = new Set(['成员', '责任', '主管', '职能', '行业', '监管', '基层', '地方', '上级', '业务', '主要', '牵头', '配合', '相关', '有关', '新', '老', '乡镇', '村级', '各级',
  '村居', '嘎查村', '企事业单位', '妇女儿童', '维权', '应急管理', '社区卫生']);
const SCHOOLS = /(学校|小学|中学|高中|初中|学院|大学|幼儿园)$/;

/** Whether [start, suffixStart) names the unit ending at `end` with a suffix of class `cls`. */
export function namesSomething(ctx: TextContext, start: number, suffixStart: number, end: number, cls: SuffixClass): boolean {
  const { text } = ctx;
  const body = text.slice(start, suffixStart);
  const suffix = text.slice(suffixStart, end);
  if (!body) return STANDALONE.has(suffix);
  if (!/\p{Script=Han}/u.test(body)) return false;
  const words = bodyWords(ctx, start, suffixStart);
  // A department is named by its field (宣传部, 执法局 are bodies); other classes by more than a description.
  const generic = cls === 'department' || cls === 'party' ? DEPARTMENT_GENERIC : GENERIC_WORDS;
  if (generic.has(body) || words.every((w) => generic.has(w) || DETERMINERS.has(w))) return false;
  // 领导小组|办公室 with no owner before it is anyone's office (but 县委|办公室 is the county committee's);
  // the party or union body of the writer's own institution is named so (支行|党委, 集团|工会, 联合|党委).
  // 街道|妇联, 街道|党工委: a sub-district is a level, and its own bodies are named by it as 县|妇联 by the county.
  const levelBody = body === '街道' && (cls === 'department' || cls === 'party');
  if (body.length >= 2 && UNIT_SUFFIXES.has(body) && !STANDALONE.has(body) && !ownBody(body, suffix) && !levelBody) return false;
  // 骑手|党支部, 青年|突击队: a body named by the people in it is a kind.
  if (ROLE_WORDS.get(body) === 'people') return false;
  const proper = ADMIN_START.test(body) || containsSuffix(body) || hasProperWord(ctx, start, suffixStart) || placeInside(ctx, start, suffixStart);
  switch (cls) {
    case 'party':
      return true;
    case 'department':
      // 镇办, 区局: a level and a one-character suffix are the offices of every town, not one body;
      // 支部, 本部: one character and 部 or 局 make a word.
      return !(suffix.length === 1 && body.length === 1);
    case 'taskforce':
      return proper || body.length >= 5;
    case 'place':
      return body.length >= 2 && body.length <= 8 && !endsWithAdjective(ctx, suffixStart);
    case 'institution':
      // A college of a university is named by its field alone (土木工程学院), as a school by its qualifier.
      return proper || (SCHOOLS.test(suffix) && SCHOOL_QUALIFIERS.has(body)) || collegeOfField(body, suffix);
  }
}

/** 机械工程|学院, 材料科学与工程|学院: a field of study, with no verb or description in it, before 学院. */
function collegeOfField(body: string, suffix: string): boolean {
  return suffix === '学院' && FIELDS_OF_STUDY.test(body) && !GENERIC_WORDS.has(body) && body.length <= 10;
}

/** Branches and bodies that an institution has of its own (党委, 团委, 工会). */
const OWN_BODIES = new Set(['党委', '党总支', '党支部', '总支', '团委', '纪委', '工会', '妇委会', '党组']);

/** 支行党委, 集团工会, 集团公司党委: an institution's own branch, written with the kind of institution for its name. */
function ownBody(body: string, suffix: string): boolean {
  return OWN_BODIES.has(suffix) && (UNIT_SUFFIXES.get(body) === 'institution' || body === '集团公司');
}

/** The words of [start, end), cut at the ends where jieba's words run over them. */
function bodyWords(ctx: TextContext, start: number, end: number): string[] {
  const out: string[] = [];
  for (let pos = start; pos < end; ) {
    const w: TaggedWord | undefined = ctx.words[ctx.wordAt[pos]];
    const stop = Math.min(end, w ? w.end : pos + 1);
    out.push(ctx.text.slice(pos, stop));
    pos = stop;
  }
  return out;
}

/** 某某县|…合作社: a level character that jieba leaves alone, after a name of two characters or more, ends a place's name. */
function placeInside(ctx: TextContext, start: number, end: number): boolean {
  for (let pos = start + 2; pos < end; pos++) {
    const w = ctx.words[ctx.wordAt[pos]];
    if (w && w.start === pos && w.end === pos + 1 && /[省市县区旗]/.test(w.word) && hanAt(ctx.text, pos - 1)) return true;
  }
  return false;
}

function hasProperWord(ctx: TextContext, start: number, end: number): boolean {
  for (let pos = start; pos < end; ) {
    const w = ctx.words[ctx.wordAt[pos]];
    if (!w) return false;
    if (PROPER_TAGS.test(w.tag) && /\p{Script=Han}/u.test(w.word)) return true;
    pos = w.end;
  }
  return false;
}

const suffixTrie = new Trie([...UNIT_SUFFIXES.keys()].filter((s) => s.length >= 2).map((s): [string, boolean] => [s, true]));

/** 中铝郑州研究院|精细氧化铝材料厂: a name that holds another unit's suffix (of two characters or more) is a specific one. */
function containsSuffix(body: string): boolean {
  for (let i = 0; i < body.length; i++) if (suffixTrie.hasFirst(body.charCodeAt(i)) && suffixTrie.longest(body, i)) return true;
  return false;
}

/** 活力新|社区: an adjective of one character before the suffix describes (新社区, 老村). */
function endsWithAdjective(ctx: TextContext, suffixStart: number): boolean {
  const w = ctx.words[ctx.wordAt[suffixStart - 1]];
  return !!w && w.end === suffixStart && w.end - w.start === 1 && w.tag === 'a';
}
