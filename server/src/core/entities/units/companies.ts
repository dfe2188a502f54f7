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

/** Verbs of going to a place, after which a list of companies visited begins (围绕|冷链物流 is a field of work). */
const VISIT_VERBS = new Set(['来到', '走进', '深入', '前往', '走访', '调研', '考察', '视察', '参观', '看望', '慰问', '拜访', '到', '赴', '进入', '进驻', '入驻', '落户']);

/** 来到|鼎某铝业, 走进|某某机械: a verb of visiting before the first item of a list. */
function afterVisitVerb(ctx: TextContext, start: number): boolean {
  const w = ctx.words[ctx.wordAt[start - 1]];
  return !!w && w.end === start && LEFT_STOPS.has(w.word) && VISIT_VERBS.has(w.word);
}

/** Common qualifiers of a trade, which make a field of work of it (冷链物流, 智慧物流, 现代农业), never a brand. */
const FIELD_QUALIFIERS = new Set(['冷链', '智慧', '现代', '绿色', '数字', '智能', '高端', '特色', '生态', '新型', '传统', '精细', '高新', '海洋', '航空', '跨境', '电商', '农村', '城市', '乡村', '新能源', '生物', '健康', '文化', '体育']);

/** Every word of [start, end) is a loose character or a word jieba takes for a name. */
function isBrand(ctx: TextContext, start: number, end: number): boolean {
  if (FIELD_QUALIFIERS.has(ctx.text.slice(start, end))) return false;
  for (let pos = start; pos < end; ) {
    if (!hanAt(ctx.text, pos)) return false;
    const w = ctx.words[ctx.wordAt[pos]];
    if (!w || w.start < start || w.end > end) return false;
    if (w.end - w.start > 1 ? !BRAND_TAGS.test(w.tag) : FUNCTION_TAGS.test(w.tag)) return false;
    pos = w.end;
  }
  return true;
}
