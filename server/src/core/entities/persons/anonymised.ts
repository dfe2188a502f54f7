/**
 * Anonymised names, as court and police reports write them: a surname and
 * 某 or 某某 (王某, 李某某, 欧阳某某). 某 alone is "some" (某地, 某些, 某单位),
 * and a surname character may be another word before it (向|某单位,
 * 由|某某负责, 担|任|某某职务): the surname must stand as a word of its own,
 * not a function word, and what follows must not make 某 a placeholder of a
 * place or a unit.
 */
import type { Entity } from '../../model';
import { surnameAt } from '../../lexicon/surnames';
import { crossedByWord, hanAt, type TextContext, wordStartingAt } from '../context';
import { person } from './person';

/** jieba tags under which the surname character is a function word (向/p, 将/d, 和/c). */
const FUNCTION_TAGS = /^(p|c|d|u.*|r.*|f|m|q|t|y|e|o)$/;
/**
 * Characters that after 某 or 某某 make it a placeholder of a place, a unit
 * or a thing (某某镇, 某某公司, 某单位, 某某职务), or a quantity (某些, 某种).
 */
const PLACEHOLDER_NEXT = new Set([...'省市州县区旗镇乡村街社组路号地处单公厂店场所站院校局部委办队科室团协会企行业职岗项类种样些个次件年月日时']);

export function* anonymisedNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  // From the second character on: a 某 that opens the text has no surname before it (and must not end the search).
  for (let at = text.indexOf('某', 1); at > 0; at = text.indexOf('某', at + 1)) {
    if (text[at - 1] === '某') continue;
    const start = surnameStart(ctx, at);
    if (start === undefined) continue;
    const end = text[at + 1] === '某' ? at + 2 : at + 1;
    if (text[end] === '某' || PLACEHOLDER_NEXT.has(text[end])) continue;
    // 某 must not begin a word jieba knows (某些/r, 某地/r); one it made up (某于/x) does not count.
    if (end < text.length && hanAt(text, end) && crossedByWord(ctx, end)) continue;
    yield person(text, start, end, 'anonymised');
  }
}

/**
 * Where the surname before 某 at `at` starts: a common surname (a compound
 * one first), not run into by a word from the left (担任|某某), and not
 * read by jieba as a function word (向/p 某).
 */
function surnameStart(ctx: TextContext, at: number): number | undefined {
  const { text } = ctx;
  for (const length of [2, 1]) {
    const start = at - length;
    if (start < 0 || surnameAt(text, start, false) !== length) continue;
    if (crossedByWord(ctx, start)) return undefined;
    const w = wordStartingAt(ctx, start);
    if (w && FUNCTION_TAGS.test(w.tag)) return undefined;
    return start;
  }
  return undefined;
}
