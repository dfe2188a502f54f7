/**
 * Reading a unit's name leftwards from its suffix: over jieba's words while
 * they can be part of a name, stopping at punctuation, function words,
 * governing verbs (召开, 带领), determiners (各, 全区), and persons already
 * found (免去毛某某|区信访局). Words jieba made up (为区, 我区) are read
 * character by character, since its guesses glue a preposition to a name.
 */
import { ROLE_WORDS } from '../../lexicon/titles';
import { DETERMINERS, FIELDS_OF_STUDY, LEFT_STOPS, NOT_UNIT_WORDS, type SuffixClass, UNIT_SUFFIXES } from '../../lexicon/units';
import { Trie } from '../../trie';
import type { TaggedWord } from '../../segmenter';
import { hanAt, type TextContext, wordStartingAt } from '../context';
import { KNOWN_UNITS } from '../../lexicon/abbreviations';

/** Longest unit name, in UTF-16 units. */
export const MAX_UNIT_LENGTH = 28;
/** jieba tags of words that never sit inside a name (prepositions, conjunctions, particles, adverbs, pronouns, measures, times). */
const STOP_TAGS = /^(p|c|u.*|d|r.*|y|e|o|w|q|vd|ad|t|tg|z|k)$/;
/** Characters that end a name when jieba left them loose: prepositions, particles, pronouns, scope words. */
const STOP_CHARS = new Set([...'为对在和与及由向将把被从给到赴于至是的了等或并我你他她它其该各本此这那每全都也就还又再所之而使让据经按以若如即交报送请去来记暨']);
/** Tags that may not begin a name even when inside one they may (建设/v, 精细/a, 第四/m, 非/h as in 非物质). */
const WEAK_START = /^(v|a|m|f|l|i|b|h)$/;
const ALNUM = /^[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]+$/;
const suffixes = new Trie([...UNIT_SUFFIXES.keys()].map((s): [string, boolean] => [s, true]), { reversed: true });

/**
 * Where the name ending with the suffix that starts at `i` begins; `blocked`
 * marks offsets it may not cross; `joins` says which names may cross 和:
 * full names of departments (县人力资源和社会保障局), and of institutions
 * that start with a level or a university (镇农业服务和技术推广中心,
 * X大学机械与能源工程学院); 温县与某某大学 are two.
 */
export function walkLeft(ctx: TextContext, i: number, end: number, blocked: Uint8Array, cls: SuffixClass = 'department'): number {
  const joins = joinsFor(cls);
  let pos = i;
  while (pos > 0 && end - pos < MAX_UNIT_LENGTH) {
    const next = stepLeft(ctx, pos, blocked, i, cls);
    if (next === undefined || (next === 'and' && joins === 'none')) break;
    if (next !== 'and') {
      // Before a place's name only other names go on (青山|市人民医院, not 报告|石坪镇妇联, 上报|街道妇联).
      // A working group is named by its mission and may hold a verb (对口帮扶|某某县工作队).
      const place = pos < i && cls !== 'taskforce' ? placeStartsAt(ctx, pos) : undefined;
      if (place && commonWordAt(ctx, next, place === 'street')) break;
      pos = next;
      continue;
    }
    const joined = fullFormStart(ctx, ctx.words[ctx.wordAt[pos - 1]].start, i, blocked, joins);
    if (joined === undefined) break;
    pos = joined;
  }
  return trimStart(ctx, pos, i);
}

/** Which names may hold 和: those of departments, of institutions when the part before it opens the name, or none. */
type Joins = 'department' | 'institution' | 'none';

function joinsFor(cls: SuffixClass): Joins {
  return cls === 'department' ? 'department' : cls === 'institution' ? 'institution' : 'none';
}

/**
 * A level word (县, 市委, 乡政府) or a place's name (石坪镇/x) begins at
 * `pos`; or 街道, which a street's name (新安路, 中心路) may precede but a verb not.
 */
function placeStartsAt(ctx: TextContext, pos: number): 'level' | 'street' | undefined {
  const { text } = ctx;
  const w = wordStartingAt(ctx, pos);
  if (!w) return undefined;
  if (ADMIN.test(text[pos])) return w.end - w.start === 1 || LEVEL_BODY.test(w.word) ? 'level' : undefined;
  if (w.word.startsWith('街道')) return 'street';
  if (!/^(ns|x)$/.test(w.tag)) return undefined;
  // 某某镇/x, or 某某/x 镇/n: a name and its level.
  const next = wordStartingAt(ctx, w.end);
  const levelNext = !!next && next.end - next.start === 1 && /[省市县区旗镇乡]/.test(next.word);
  return (w.end - w.start >= 3 && /[省市县区旗镇乡]$/.test(w.word)) || levelNext ? 'level' : undefined;
}

/**
 * The word at `pos` is a common word of two characters or more (报告, 上报,
 * 家乡), not a name, a level, a number or an organisation's suffix: loose
 * characters (藤/nr 岭/n|县) may be a place's name whatever their tags.
 * Before 街道 only a verb stops the name (新安路|街道 is a street's).
 */
function commonWordAt(ctx: TextContext, pos: number, street: boolean): boolean {
  const w = ctx.words[ctx.wordAt[pos]];
  if (!w || w.end - w.start < 2) return false;
  if (street) return /^v/.test(w.tag);
  return !/^(ns|nr.*|nz|nt|x|j|eng|g|zg|ng|m)$/.test(w.tag) && !ADMIN.test(w.word) && !UNIT_SUFFIXES.has(w.word) && !/(省|自治区|市|县)$/.test(w.word);
}

/** A level with its committee or government as one word of jieba's (县委, 乡政府, 市人大). */
const LEVEL_BODY = /^[区市县省州旗盟镇乡](委|政府|人民政府|人大|政协|纪委|党委)/;

/**
 * One step left from `pos`: the start of the name material before it,
 * 'and' at 和/与 (which full names may hold), or undefined where the name
 * must stop.
 */
function stepLeft(ctx: TextContext, pos: number, blocked: Uint8Array, suffixStart: number, cls: SuffixClass): number | 'and' | undefined {
  const { text } = ctx;
  const w = ctx.words[ctx.wordAt[pos - 1]];
  if (!w || blocked[pos - 1]) return undefined;
  if (resultOfVerb(ctx, pos - 1, w)) return undefined;
  if (w.tag === 'x') {
    // Read jieba's made-up words character by character (𠮷, outside the BMP, is two code units);
    // a character between a person and a unit is the verb that joins them (司徒某|任|某某银行).
    const size = /[\udc00-\udfff]/.test(text[pos - 1]) && pos >= 2 ? 2 : 1;
    const joinsPerson = blocked[pos - size - 1] && !ADMIN.test(text[pos - 1]);
    if (hanAt(text, pos - size)) return STOP_CHARS.has(text[pos - 1]) || joinsPerson ? undefined : pos - size;
  }
  // A measure word jieba reads between loose characters of a brand is one of them (X/g 台/q 精密电子);
  // a batch is part of a team's name (第十|批|援藏工作队).
  if (w.end - w.start === 1 && w.tag === 'q' && (looseBefore(ctx, w.start) || firstOfName(ctx, w.start))) return w.start;
  if (w.word === '批' && /第[一二三四五六七八九十百0-9]+$/.test(text.slice(Math.max(0, w.start - 4), w.start))) return w.start - ordinalLength(text, w.start);
  // 和县 read by jieba as a place in 各乡镇和县农业农村局: the 和 is the conjunction and the level begins the name;
  // at the start of a line 和县 may be the county's own name, which is not read over.
  if (/^[和与及][县区市镇乡]$/.test(w.word)) {
    const conjunction = hanAt(text, w.start - 1) && !blocked[w.start];
    return w.end === pos && conjunction ? w.start + 1 : undefined;
  }
  if (AND.has(w.word)) return 'and';
  if (!namePart(w, text) || blockedIn(blocked, w.start, pos)) return undefined;
  // 联系|重庆…公司, 支持|某某县…: a governing word before a place's name governs the unit named after it.
  if (GOVERN_BEFORE_LEVEL.has(w.word) && wordStartingAt(ctx, w.end)?.tag === 'ns') return undefined;
  // A verb after a unit governs what follows (X局|牵头|组建), unless it names the field of the suffix (X局|就业|服务中心).
  if (w.tag === 'v' && w.end - w.start >= 2 && endsUnit(text, w.start) && !namesField(w, suffixStart, cls)) return undefined;
  return w.start;
}

/**
 * 用|好泉/x 湾区, 要用/v 好/a 某某区: 好 after a verb is its result (用好, 管好), loose or glued by jieba
 * to the name after it, and no part of the name.
 */
function resultOfVerb(ctx: TextContext, at: number, w: TaggedWord): boolean {
  if (ctx.text[at] !== '好' || !(w.word === '好' || (w.tag === 'x' && w.start === at))) return false;
  const before = ctx.words[ctx.wordAt[at - 1]];
  return !!before && before.end === at && /^(v|p)$/.test(before.tag);
}

/** A verb right before a department's or institution's suffix is its field (就业|服务中心), unless it governs (联合|督查组). */
function namesField(w: TaggedWord, suffixStart: number, cls: SuffixClass): boolean {
  return w.end === suffixStart && (cls === 'department' || cls === 'institution') && !LEFT_STOPS.has(w.word) && !GOVERN_BEFORE_LEVEL.has(w.word);
}

/**
 * 　　章/q 源/ng 县: a measure word with no number before it, opening a clause before a loose
 * character, is the first character of a name.
 */
function firstOfName(ctx: TextContext, at: number): boolean {
  const next = wordStartingAt(ctx, at + 1);
  return !hanAt(ctx.text, at - 1) && !!next && next.end - next.start === 1 && /^(g|ng|nr|ns|j|x|zg|n)$/.test(next.tag) && hanAt(ctx.text, at + 1);
}

/** The word before `pos` is a single loose character that jieba could not place (浦/g, 澄/ns). */
function looseBefore(ctx: TextContext, pos: number): boolean {
  const w = ctx.words[ctx.wordAt[pos - 1]];
  return !!w && w.end === pos && w.end - w.start === 1 && /^(g|ns|nr|j|x|zg|ng)$/.test(w.tag) && hanAt(ctx.text, pos - 1);
}

const AND = new Set(['和', '与']);
const ADMIN = /^[区市县省州旗盟镇乡]/;

/**
 * Full names of departments hold 和 (县人力资源和社会保障局, 自然资源和规划局):
 * the walk goes on over 和 when the words before it start the name (an
 * administrative level or the start of a phrase) and neither side is a
 * whole unit already (县委和县政府 are two).
 */
function fullFormStart(ctx: TextContext, andAt: number, suffixStart: number, blocked: Uint8Array, joins: Joins): number | undefined {
  const { text } = ctx;
  if (suffixStart - andAt > 8 || endsUnit(text, andAt) || hasSuffixInside(text, andAt + 1, suffixStart)) return undefined;
  let pos = andAt;
  while (pos > 0 && andAt - pos < 10) {
    const next = stepLeft(ctx, pos, blocked, andAt, 'department');
    if (typeof next !== 'number') break;
    pos = next;
  }
  const chunk = text.slice(pos, andAt);
  if (!chunk) return undefined;
  // An institution's full name holds 和 after a level (镇农业服务和…中心) or inside a university (X大学机械与…学院), not after a place (温县|与).
  // 材料科学与工程|学院: two fields of study make one college's name.
  const fields = FIELDS_OF_STUDY.test(chunk) && text.startsWith('学院', suffixStart) && FIELDS_OF_STUDY.test(text.slice(andAt + 1, suffixStart));
  if (joins === 'institution') return ((ADMIN.test(chunk) || /(大学|学院)/.test(chunk)) && !/[区市县省州]$/.test(chunk)) || fields ? pos : undefined;
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

/** Kinds of party committee named by how they are formed (联合党委, 临时党支部, 机关党委). */
const KINDS_OF_BODY = new Set(['联合', '临时', '机关']);

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
    // 联合|党委, 临时|党支部: a kind of party body written before it is its name, not a verb.
    // 支行/v|党委: an institution's kind before its own body names it; so does an ordinal (第二|税务所).
    const kindOfBody = pieceEnd === limit && (KINDS_OF_BODY.has(w.word) || UNIT_SUFFIXES.get(w.word) === 'institution' || /^第[一二三四五六七八九十0-9]+$/.test(w.word));
    // A known organisation (民建/a) is a name; a name does not start with a suffix's character (生态环境|局青山分局).
    // 土木工程/l|学院: a field of study before 学院 is the college's name.
    const field = pieceEnd === limit && text.startsWith('学院', limit) && FIELDS_OF_STUDY.test(w.word);
    const keep = kindOfBody || field || KNOWN.has(w.word) || SUFFIX_CHARS.includes(text[pieceEnd] ?? '');
    if (w.start === start && !listItem && WEAK_START.test(w.tag) && w.tag !== 'x' && !keep) {
      start = pieceEnd;
      continue;
    }
    if (ALNUM.test(text.slice(start, pieceEnd))) {
      start = pieceEnd;
      continue;
    }
    if (start > 0 && '我全本该各此'.includes(text[start - 1]) && '区市县省镇乡村'.includes(text[start])) return start + 1;
    if (counted(text, start + 1)) return start + 1;
    // jieba's 会同县 in 将会同县人社局: the verb is not part of the place.
    if (w.start === start && w.end - w.start === 3 && LEFT_STOPS.has(w.word.slice(0, 2)) && ADMIN.test(w.word[2])) return start + 2;
    return start;
  }
}

/** Length of 第 and the numeral ending at `end`. */
function ordinalLength(text: string, end: number): number {
  return /第[一二三四五六七八九十百0-9]+$/.exec(text.slice(Math.max(0, end - 4), end))![0].length;
}

/** Characters of one-character suffixes, which begin no name. */
const SUFFIX_CHARS = '局委办厅部处署';
export const KNOWN = new Set(KNOWN_UNITS);

/** 3家|医养中心, 两所|学校: the phrase after a number and a measure word counts things, it names none. */
export function counted(text: string, start: number): boolean {
  if (start < 2) return false;
  return /[0-9０-９一二三四五六七八九十百千万两几多]/.test(text[start - 2]) && '家个所名位项批座处支级'.includes(text[start - 1]);
}
