/**
 * Companies written by brand and trade without a legal suffix, as news
 * lists them (先后来到鑫某铝业、宇某机械): a brand jieba does not know as a
 * common word, then an industry word, standing as an item of a list.
 */
import type { Entity } from '../../model';
import { INDUSTRY_WORDS, LEFT_STOPS } from '../../lexicon/units';
import { Trie } from '../../trie';
import { crossedByWord, hanAt, type TextContext } from '../context';
import { unit } from './unit';

const industries = new Trie(INDUSTRY_WORDS.map((w): [string, string] => [w, w]));
/** Tags of function words, which no brand holds (了|上岛贸易). */
const FUNCTION_TAGS = /^(u.*|p|c|d|r.*|y|e|o|q|m)$/;
/** Tags jieba gives brand syllables it does not know as words. */
const BRAND_TAGS = /^(nr.*|nz|x|j|ng|zg|eng)$/;
/** What may stand before a listed company: punctuation, a list separator, or the start of a line. */
const ITEM_BEFORE = /[、，,：:；;（(“\s]/;
/** What may come after one: punctuation or a word that ends a list item. */
const ITEM_AFTER = /^([、，,。；;）)”\s]|等|和|与|及|$)/;

export function* brandCompanies(ctx: TextContext, blocked: Uint8Array): Generator<Entity> {
  const { text } = ctx;
  // An industry word starts where a word of jieba's starts: the words are fewer than the characters.
  for (const w of ctx.words) {
    const i = w.start;
    if (i < 2 || !industries.hasFirst(text.charCodeAt(i))) continue;
    const found = industries.longest(text, i);
    if (!found) continue;
    const end = i + found.length;
    if (!ITEM_AFTER.test(text.charAt(end)) || crossedByWord(ctx, i) || crossedByWord(ctx, end)) continue;
    const start = brandStart(ctx, i);
    if (start === undefined || blocked[start] || blocked[i - 1]) continue;
    yield unit(text.slice(start, end), start, end, 'brand');
  }
}

/** Start of a two- or three-character brand ending at `i`, if the characters read as a brand. */
function brandStart(ctx: TextContext, i: number): number | undefined {
  const { text } = ctx;
  for (const length of [2, 3]) {
    const start = i - length;
    if (start < 0 || !(ITEM_BEFORE.test(text[start - 1] ?? '\n') || afterVisitVerb(ctx, start))) continue;
    if (isBrand(ctx, start, i)) return start;
  }
  return undefined;
}

/** 来到|鼎某铝业, 走进|某某机械: a verb of visiting before the first item of a list. */
function afterVisitVerb(ctx: TextContext, start: number): boolean {
  const w = ctx.words[ctx.wordAt[start - 1]];
  return !!w && w.end === start && LEFT_STOPS.has(w.word);
}

/** Every word of [start, end) is a loose character or a word jieba takes for a name. */
function isBrand(ctx: TextContext, start: number, end: number): boolean {
  for (let pos = start; pos < end; ) {
    if (!hanAt(ctx.text, pos)) return false;
    const w = ctx.words[ctx.wordAt[pos]];
    if (!w || w.start < start || w.end > end) return false;
    if (w.end - w.start > 1 ? !BRAND_TAGS.test(w.tag) : FUNCTION_TAGS.test(w.tag)) return false;
    pos = w.end;
  }
  return true;
}
