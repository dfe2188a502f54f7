/**
 * Reading a unit's name leftwards from its suffix: over jieba's words while
 * they can be part of a name, stopping at punctuation, function words,
 * governing verbs (召开, 带领), determiners (各, 全区), and persons already
 * found (免去毛某某|区信访局). Words jieba made up (为区, 我区) are read
 * character by character, since its guesses glue a preposition to a name.
 */
import { ROLE_WORDS } from '../../lexicon/titles';
import { DETERMINERS, LEFT_STOPS, NOT_UNIT_WORDS, UNIT_SUFFIXES } from '../../lexicon/units';
import { Trie } from '../../trie';
import type { TaggedWord } from '../../segmenter';
import { hanAt, type TextContext } from '../context';

/** Longest unit name, in UTF-16 units. */
export const MAX_UNIT_LENGTH = 28;
/** jieba tags of words that never sit inside a name (prepositions, conjunctions, particles, adverbs, pronouns, measures, times). */
const STOP_TAGS = /^(p|c|u.*|d|r.*|y|e|o|w|q|vd|ad|t|tg|z|h|k)$/;
/** Characters that end a name when jieba left them loose: prepositions, particles, pronouns, scope words. */
const STOP_CHARS = new Set([...'为对在和与及由向将把被从给到赴于至是的了等或并我你他她它其该各本此这那每全都也就还又再所之而使让据经按以若如即交报送请去来记暨']);
/** Tags that may not begin a name even when inside one they may (建设/v, 精细/a, 第四/m). */
const WEAK_START = /^(v|a|m|f|l|i|b)$/;
const ALNUM = /^[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]+$/;
const suffixes = new Trie([...UNIT_SUFFIXES.keys()].map((s): [string, boolean] => [s, true]), { reversed: true });

/**
 * Where the name ending with the suffix that starts at `i` begins; `blocked`
 * marks offsets it may not cross; `fullForms` lets it cross 和 (department
 * names only: 温县与某某大学 are two).
 */
export function walkLeft(ctx: TextContext, i: number, end: number, blocked: Uint8Array, fullForms = true): number {
  let pos = i;
  while (pos > 0 && end - pos < MAX_UNIT_LENGTH) {
    const next = stepLeft(ctx, pos, blocked);
    if (next === undefined || (next === 'and' && !fullForms)) break;
    if (next !== 'and') {
      pos = next;
      continue;
    }
    const joined = fullFormStart(ctx, ctx.words[ctx.wordAt[pos - 1]].start, i, blocked);
    if (joined === undefined) break;
    pos = joined;
  }
  return trimStart(ctx, pos, i);
}

/**
 * One step left from `pos`: the start of the name material before it,
 * 'and' at 和/与 (which full names may hold), or undefined where the name
 * must stop.
 */
function stepLeft(ctx: TextContext, pos: number, blocked: Uint8Array): number | 'and' | undefined {
  const { text } = ctx;
  const w = ctx.words[ctx.wordAt[pos - 1]];
  if (!w || blocked[pos - 1]) return undefined;
  if (w.tag === 'x') {
    // Read jieba's made-up words character by character (𠮷, outside the BMP, is two code units).
    const size = /[\udc00-\udfff]/.test(text[pos - 1]) && pos >= 2 ? 2 : 1;
    if (hanAt(text, pos - size)) return STOP_CHARS.has(text[pos - 1]) ? undefined : pos - size;
  }
  // 和县 read by jieba as a place in 各乡镇和县农业农村局: the 和 is the conjunction.
  if (/^[和与及][县区市镇乡]$/.test(w.word) && w.end === pos) return undefined;
  if (AND.has(w.word)) return 'and';
  if (!namePart(w, text) || blockedIn(blocked, w.start, pos)) return undefined;
  if (w.tag === 'v' && w.end - w.start >= 2 && endsUnit(text, w.start)) return undefined;
  return w.start;
}

const AND = new Set(['和', '与']);
const ADMIN = /^[区市县省州旗盟镇乡]/;

/**
 * Full names of departments hold 和 (县人力资源和社会保障局, 自然资源和规划局):
 * the walk goes on over 和 when the words before it start the name (an
 * administrative level or the start of a phrase) and neither side is a
 * whole unit already (县委和县政府 are two).
 */
function fullFormStart(ctx: TextContext, andAt: number, suffixStart: number, blocked: Uint8Array): number | undefined {
  const { text } = ctx;
  if (suffixStart - andAt > 8 || endsUnit(text, andAt) || hasSuffixInside(text, andAt + 1, suffixStart)) return undefined;
  let pos = andAt;
  while (pos > 0 && andAt - pos < 10) {
    const next = stepLeft(ctx, pos, blocked);
    if (typeof next !== 'number') break;
    pos = next;
  }
  const chunk = text.slice(pos, andAt);
  if (!chunk) return undefined;
  const opensPhrase = !hanAt(text, pos - 1) || ADMIN.test(chunk) || /[区市县省州]/.test(chunk.slice(1));
  return opensPhrase ? pos : undefined;
}

function hasSuffixInside(text: string, start: number, end: number): boolean {
  for (let p = start + 1; p <= end; p++) if (endsUnit(text, p)) return true;
  return false;
}

/**
 * A whole unit ends at `pos` (东城街道办事处|联合|区市场监管局): a verb after it
 * governs what follows. A place character inside a word (乡村|振兴局) ends none.
 */
export function endsUnit(text: string, pos: number): boolean {
  const found = suffixes.longest(text, pos);
  if (!found || NOT_UNIT_WORDS.has(text.slice(pos - 2, pos)) || NOT_UNIT_WORDS.has(text.slice(pos - 3, pos))) return false;
  return found.length >= 2 || '局委办厅'.includes(text[pos - 1]);
}

/** Words that govern a unit only when one follows them (代表市委 but 人大常委会代表工委; 联合区市场监管局 but 市联合视导组). */
const GOVERN_BEFORE_LEVEL = new Set(['代表', '联合', '服务', '支持', '帮助', '配合', '联系']);

function namePart(w: TaggedWord, text?: string): boolean {
  if (text && GOVERN_BEFORE_LEVEL.has(w.word)) return !ADMIN.test(text.slice(w.end));
  if (STOP_TAGS.test(w.tag) || LEFT_STOPS.has(w.word) || DETERMINERS.has(w.word)) return false;
  if (ROLE_WORDS.get(w.word) === 'office' || ROLE_WORDS.get(w.word) === 'press') return false;
  if (/^[各该本其这那每某]/.test(w.word)) return false;
  return /^[\p{Script=Han}]+$/u.test(w.word) || ALNUM.test(w.word);
}

function blockedIn(blocked: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (blocked[k]) return true;
  return false;
}

/**
 * Drops what may not begin a name: a verb, adjective or number at the front
 * (构建起|区委, 第四|现场督导组), unless a list separator stands before it
 * (、中铝…), and the district of 我区/全区 (我区|农药…中心).
 */
function trimStart(ctx: TextContext, start: number, limit: number): number {
  const { text } = ctx;
  const listItem = /[、\r\n（(]/.test(text[start - 1] ?? '\n');
  for (;;) {
    if (start >= limit) return start;
    const w = ctx.words[ctx.wordAt[start]];
    if (!w) return start;
    const pieceEnd = Math.min(w.end, limit);
    if (w.start === start && !listItem && WEAK_START.test(w.tag) && w.tag !== 'x') {
      start = pieceEnd;
      continue;
    }
    if (ALNUM.test(text.slice(start, pieceEnd))) {
      start = pieceEnd;
      continue;
    }
    if (start > 0 && '我全本该各此'.includes(text[start - 1]) && '区市县省镇乡村'.includes(text[start])) return start + 1;
    if (counted(text, start + 1)) return start + 1;
    return start;
  }
}

/** 3家|医养中心, 两所|学校: the phrase after a number and a measure word counts things, it names none. */
export function counted(text: string, start: number): boolean {
  if (start < 2) return false;
  return /[0-9０-９一二三四五六七八九十百千万两几多]/.test(text[start - 2]) && '家个所名位项批座处支'.includes(text[start - 1]);
}
