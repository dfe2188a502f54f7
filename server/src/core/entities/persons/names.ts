/**
 * Reading a personal name at a position: a surname, then one or two given
 * characters, ending where what follows plausibly follows a name (宋洁|带队,
 * 刘银华|等, 毛建国|区信访局). Every rule for persons reads names here.
 */
import { BOUND_SURNAMES, FUNCTION_WORD_SURNAMES, RARE_SURNAMES, surnameAt } from '../../lexicon/surnames';
import { FOLLOW_CHARS, FOLLOW_WORDS, HONORIFICS, NOT_GIVEN, NOT_LAST, NOT_NAMES, SURE_CHARS } from '../../lexicon/nameContext';
import { ROLE_WORDS, roleAfterName } from '../../lexicon/titles';
import { Trie } from '../../trie';
import { isHan } from '../../text';
import { TRANSLITERATION_CHARS } from '../../lexicon/minorityNames';
import { elementAt, elementReadings } from './elements';
import { crossedByWord, hanAt, isBoundary, type TextContext, wordCovering, wordStartingAt } from '../context';

/**
 * How sure the context is that a name stands here: 'strong' after an office
 * title, in a byline or an appointment; 'medium' after the role of an
 * ordinary person (村民, 值班员): the name may not be a common word, but its
 * length may be read from jieba's boundaries; 'weak' where only what follows
 * vouches for it.
 */
export type Evidence = 'strong' | 'medium' | 'weak';

const followTrie = new Trie(FOLLOW_WORDS.map((w): [string, boolean] => [w, true]));
/** jieba tags of function words: a surname character tagged so is the word, not a surname (主任|向|大家). */
const FUNCTION_TAGS = /^(p|c|d|u.*|r.*|v.*|f|m|q|ad|t|y|e|o)$/;
/** Tags of words that may hold a name whole. */
const NAME_TAGS = /^(nr.*|x)$/;

/**
 * How surely a name ends at `end`: 'sure' before punctuation, the end of the
 * text, a listed follower (指出, 、) or a role (同志); 'verb' before a word
 * jieba reads as a verb (which may also be the name's last character plus
 * the next: 岑德|明说); 'char' before a character that may follow (在, 等, 说).
 */
export type Follow = 'sure' | 'verb' | 'char' | 'none';

export function follows(ctx: TextContext, end: number): Follow {
  const { text } = ctx;
  if (end >= text.length || !hanAt(text, end)) return 'sure';
  if (followTrie.longest(text, end) || roleAfterName(text, end) || SURE_CHARS.has(text[end])) return 'sure';
  const w = wordStartingAt(ctx, end);
  if (w && w.end - w.start >= 2 && /^(v|vd|d|p|c)$/.test(w.tag)) return 'verb';
  return FOLLOW_CHARS.has(text[end]) ? 'char' : 'none';
}

/** 0: nothing that follows a name; 1: something that may; 2: a sure follower. */
export function followStrength(ctx: TextContext, end: number): 0 | 1 | 2 {
  const f = follows(ctx, end);
  return f === 'sure' || f === 'verb' ? 2 : f === 'char' ? 1 : 0;
}

/** A word follows that people do or are (指出, 表示, 同志, 书记): not mere punctuation, nor just any verb. */
export function followedByWord(ctx: TextContext, end: number): boolean {
  return hanAt(ctx.text, end) && !!(followTrie.longest(ctx.text, end) || roleAfterName(ctx.text, end));
}

/** The end of `count` Han characters from `from` (a character outside the BMP, such as 𠮷, takes two code units), or undefined. */
function hanRun(text: string, from: number, count: number): number | undefined {
  let pos = from;
  for (let k = 0; k < count; k++) {
    const cp = text.codePointAt(pos);
    if (cp === undefined || !isHan(cp) || NOT_GIVEN.has(text[pos]) || (k === count - 1 && NOT_LAST.has(text[pos]))) return undefined;
    pos += cp > 0xffff ? 2 : 1;
  }
  return pos;
}

/** Given-name characters at [from, to): not a form of address, nor a title (任|站长 is a verb and a post). */
function givenOk(text: string, from: number, to: number): boolean {
  const given = text.slice(from, to);
  return !HONORIFICS.has(given) && !ROLE_WORDS.has(given);
}

/**
 * A name candidate [pos, end) is not a common word: the surname is not a
 * function word here, and jieba did not read the start as another word
 * (高度|重视, 单位; under strong evidence a noun such as 高峰 may still be a name).
 */
export function plausibleName(ctx: TextContext, pos: number, end: number, evidence: Evidence): boolean {
  const { text } = ctx;
  const name = text.slice(pos, end);
  // After a title and before a sure follower, a name may start with a word (程序|东主持): only a whole word is refused.
  const closed = evidence === 'strong' && follows(ctx, end) === 'sure';
  if (NOT_NAMES.has(name) || (NOT_NAMES.has(name.slice(0, 2)) && !(closed && end - pos === 3))) return false;
  // 百余人, 3名: after a number the characters count people, they do not name one.
  if (/[0-9０-９一二三四五六七八九十百千万两几]/.test(text[pos - 1] ?? '')) return false;
  const first = wordCovering(ctx, pos);
  if (!first) return true;
  // A word running into the name from the left: jieba's glue of a role and a surname (值班长满… as 长满)
  // under stronger evidence, but not a common word holding the whole name (领导班子, 群众满意).
  if (first.start < pos) return evidence === 'strong' || (evidence === 'medium' && first.end === pos + 1);
  const length = first.end - first.start;
  if (length === surnameAt(text, pos) && length === 2) return true;
  if (length === 1) {
    const asWord = (FUNCTION_WORD_SURNAMES.has(text[pos]) || RARE_SURNAMES.has(text[pos])) && !BOUND_SURNAMES.has(text[pos]) && FUNCTION_TAGS.test(first.tag);
    // jieba reads 同 as "with": still a surname after a title when punctuation closes the name (副主任同某某、),
    // or when jieba reads the rest as a given name (任命|粘/v 志远/nrfg|为).
    const given = wordStartingAt(ctx, pos + 1);
    const givenName = !!given && given.end === end && /^nr/.test(given.tag);
    // After a role, only where jieba reads the rest as a given name (党支部书记|包/v 海燕/nr, not 牧民|修/v 线路/n).
    return !asWord || (evidence === 'strong' && !hanAt(text, end)) || (evidence !== 'weak' && givenName);
  }
  if (RARE_SURNAMES.has(text[pos]) && !NAME_TAGS.test(first.tag)) return false;
  if (NAME_TAGS.test(first.tag)) return first.end <= end || first.tag === 'x';
  if (first.end > end || evidence !== 'strong') return false;
  if (/^(n|nz|ns|ng|nt|j|b|s)$/.test(first.tag)) return true;
  // After a title: a word of the surname and the first given character before a sure follower (揭晓|东、, 庞大|海表示),
  // not an adverb's (马上|赶到); a whole word of another kind closed by punctuation (尚可、), not a verb (宣布：).
  if (first.end < end) return closed && !ADVERB_TAGS.test(first.tag);
  return !/^v/.test(first.tag) && !ADVERB_TAGS.test(first.tag) && /[、，）)]/.test(text[end] ?? '');
}

/** Tags of adverbs and other function words, which a title is often followed by (书记|尤其/d 强调). */
const ADVERB_TAGS = /^(p|c|d|u.*|r.*|f|m|q|t|y|e|o)$/;

/**
 * The surname at `pos`: a rare one (区, 山, 把 — mostly other words in
 * news) under strong evidence, or after a role where it cannot be the word:
 * a character bound in other words (么), or one jieba reads into a name or
 * an unknown word of three characters (纳税人|粘国栋/x, not 代表|家站/x),
 * or that jieba takes for a surname (住持|释/nr).
 */
function surnameFor(ctx: TextContext, pos: number, evidence: Evidence): number {
  const { text } = ctx;
  if (evidence === 'strong') return surnameAt(text, pos, true);
  const common = surnameAt(text, pos, false);
  if (common) return common;
  const w = wordStartingAt(ctx, pos);
  // Where only what follows vouches, jieba must leave the rare surname alone as a name's character (员/zg 立新|指出, not 要/v).
  if (evidence === 'weak') return w && w.end - w.start === 1 && /^(nr.*|x|zg|ng|g)$/.test(w.tag) ? surnameAt(text, pos, true) : 0;
  if (BOUND_SURNAMES.has(text[pos])) return surnameAt(text, pos, true);
  const named = w && (w.tag === 'x' ? w.end - w.start === 3 : /^nr/.test(w.tag) && w.end - w.start !== 2);
  return named ? surnameAt(text, pos, true) : 0;
}

/** [start, end) can be a whole name: a surname, one or two given characters, not a common word. */
export function isNameSpan(ctx: TextContext, start: number, end: number, evidence: Evidence): boolean {
  const surname = surnameFor(ctx, start, evidence);
  if (!surname) return false;
  const ends = [hanRun(ctx.text, start + surname, 1), hanRun(ctx.text, start + surname, 2)];
  return ends.includes(end) && givenOk(ctx.text, start + surname, end) && plausibleName(ctx, start, end, evidence);
}

/**
 * End of a name read from its place in a list alone (、甘露|参加, 、疏晓燕|、):
 * a surname of the whole inventory, one or two given characters, then a
 * list separator or a sure follower that no word of jieba's runs across.
 * `words` says whether the item may be a whole word of the dictionary
 * (after a title it may: 县领导江山、甘露; in a list counted by 等 it may not:
 * 党员、干部等).
 */
export function listedName(ctx: TextContext, pos: number, words: boolean): number | undefined {
  const { text } = ctx;
  const surname = surnameAt(text, pos, true);
  if (!surname || hanAt(text, pos - 1)) return undefined;
  for (const count of [2, 1]) {
    const end = hanRun(text, pos + surname, count);
    if (end === undefined || crossedByWord(ctx, end) || !givenOk(text, pos + surname, end) || ROLE_WORDS.has(text.slice(pos, end))) continue;
    if (!(text[end] === '、' || text[end] === '等' || follows(ctx, end) === 'sure')) continue;
    const name = text.slice(pos, end);
    if (NOT_NAMES.has(name) || NOT_NAMES.has(name.slice(0, 2))) return undefined;
    const w = wordStartingAt(ctx, pos);
    if (!words && w && w.end === end && w.end - w.start >= 2 && !NAME_TAGS.test(w.tag)) return undefined;
    return end;
  }
  return undefined;
}

/**
 * End of the name starting at `pos`, or undefined: a name on a surname or
 * one of elements (巴特尔, 白玛曲珍), the elements winning when they
 * read further and the surname's reading has no sure follower (白玛曲珍|说,
 * not 白玛曲|珍说).
 */
export function readName(ctx: TextContext, pos: number, evidence: Evidence): number | undefined {
  const han = surnameName(ctx, pos, evidence);
  const elements = elementName(ctx, pos, evidence);
  if (elements === undefined) {
    // A spelt name reading further than a surname's reading with no sure follower wins (阿木尔巴图|今年, not 阿木尔|巴图).
    const spelled = evidence === 'weak' || (han !== undefined && follows(ctx, han) === 'sure') ? undefined : spelledName(ctx, pos);
    return spelled !== undefined && (han === undefined || spelled > han) ? spelled : han;
  }
  return han === undefined || (elements > han && follows(ctx, han) !== 'sure') ? elements : han;
}

/**
 * A name on a surname. The two readings (one or two given characters) are
 * weighed by what follows each: a sure follower first, the shorter reading
 * winning a tie; then a single following character, the longer winning
 * (刘银华|等); then a verb. Without any, only strong evidence reads a name,
 * by jieba's word boundaries.
 */
function surnameName(ctx: TextContext, pos: number, evidence: Evidence): number | undefined {
  const { text } = ctx;
  const surname = surnameFor(ctx, pos, evidence);
  if (!surname) return undefined;
  const ok = (end: number | undefined) =>
    end !== undefined && givenOk(text, pos + surname, end) && plausibleName(ctx, pos, end, evidence) ? end : undefined;
  const short = ok(hanRun(text, pos + surname, 1));
  const long = ok(hanRun(text, pos + surname, 2));
  const fShort = short !== undefined ? follows(ctx, short) : 'none';
  const fLong = long !== undefined ? follows(ctx, long) : 'none';
  for (const level of ['sure', 'char', 'verb'] as const) {
    if (level === 'char' && fShort === 'char' && fLong !== 'char') return short;
    if (fShort === level && (level === 'sure' || fLong !== level)) return short;
    if (fLong === level) return long;
  }
  if (evidence === 'weak') return jiebaName(ctx, pos, short, long);
  return byBoundaries(ctx, short, long);
}

/**
 * A name of elements (县长扎西多吉, 牧民乌云塔娜的, 镇长阿古达木，): the
 * longest reading with a sure follower, else with a following character
 * (娜仁托娅|和). One element alone is a name only after a title or role and
 * before a sure follower (after an office title a following character will
 * do: 县委书记旦增|在); where only what follows vouches, two elements are needed.
 */
function elementName(ctx: TextContext, pos: number, evidence: Evidence): number | undefined {
  if (!elementAt(ctx.text, pos)) return undefined;
  const readings = elementReadings(ctx.text, pos);
  for (const level of ['sure', 'char'] as const) {
    for (const { end, elements } of readings) {
      if (follows(ctx, end) !== level) continue;
      if (elements >= 2 ? evidence !== 'weak' || level === 'sure' : evidence === 'strong' || (evidence === 'medium' && level === 'sure')) return end;
    }
  }
  // Two elements or more after a title or role need no follower where a word of jieba's ends (牧民乌云塔娜|的).
  if (evidence === 'weak') return undefined;
  return readings.find((r) => r.elements >= 2 && isBoundary(ctx, r.end))?.end;
}

/**
 * After a title or role, a name spelt in transliteration characters that
 * jieba reads as no common word (退休教师|额尔德/nr 木图/x|今年): two to six
 * characters before a sure follower, for names whose elements are not listed.
 */
function spelledName(ctx: TextContext, pos: number): number | undefined {
  const { text } = ctx;
  let end = pos;
  while (end - pos < 6 && TRANSLITERATION_CHARS.has(text[end] ?? '')) end++;
  for (; end - pos >= 2; end--) {
    if (follows(ctx, end) === 'sure' && unknownWords(ctx, pos, end)) return end;
  }
  return undefined;
}

/** Every word of jieba's over [start, end) is a name, an unknown word or a loose character, and none runs past its ends. */
function unknownWords(ctx: TextContext, start: number, end: number): boolean {
  for (let pos = start; pos < end; ) {
    const w = ctx.words[ctx.wordAt[pos]];
    if (!w || w.start < start || w.end > end) return false;
    if (w.end - w.start > 1 && !/^(nr.*|x|ns)$/.test(w.tag)) return false;
    pos = w.end;
  }
  return true;
}

/** Weak evidence and no follower: a name only where jieba reads one exactly (值班员|涂某某|第一时间). */
function jiebaName(ctx: TextContext, pos: number, short: number | undefined, long: number | undefined): number | undefined {
  const w = wordStartingAt(ctx, pos);
  if (!w || !/^(nr.*|x)$/.test(w.tag)) return undefined;
  return w.end === long || w.end === short ? w.end : undefined;
}

/**
 * No follower: the length at which jieba ends a word (or where a word it
 * made up runs on), three characters when both do; none where a dictionary
 * word runs across both ends (博士后|工作站, 宿|经营户).
 */
function byBoundaries(ctx: TextContext, short: number | undefined, long: number | undefined): number | undefined {
  const ends = (end: number | undefined) => end !== undefined && (isBoundary(ctx, end) || !crossedByWord(ctx, end));
  if (ends(long)) return long;
  return ends(short) ? short : undefined;
}
