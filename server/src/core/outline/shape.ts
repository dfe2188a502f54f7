/**
 * What a single line looks like to a reader: a headline (short, no sentence
 * punctuation, balanced quotes), a news lead (本报讯, a dateline), a
 * sentence cut by a page break. Tests on text only; no context.
 */
import { countHan } from '../text';

const SPACES = /[\s\u3000\u00a0]+/g;

/** Punctuation a headline never ends with (a sentence or a clause does). */
const TERMINAL = /[。；;，,、：:…—]$|[^.\d]\.$/;
/** A full stop or semicolon anywhere, or ?/! with more text after it: a sentence, not a headline. */
const INNER_STOP = /[。；;]|[？！?!](?=.)/;
/** Characters a headline cannot end on: particles, prepositions, an opening quote. */
const DANGLING_END = /[的和与及或并对在把将被从向于之而但“‘（(《【「『]$/;
/** Openings that belong to a sentence, never to a headline. */
const SENTENCE_OPENING = /^(?:[一二三四五六七八九十]是|据悉|据了解|据介绍|据统计|但是|而且|并且|因此|所以|此外|另外|其中|随后|接着|然后|同时[，,]|对此|为此|与此同时)/;
const COMMAS = /[，,]/g;
/** Opening marks by their closing mark; `"` closes itself. */
const OPENERS: Record<string, string> = { '”': '“', '’': '‘', '）': '（', ')': '(', '》': '《', '】': '【', '」': '「', '』': '『' };
const MARKS = new Set([...Object.keys(OPENERS), ...Object.values(OPENERS), '"']);

const MAX_HEADLINE_LENGTH = 50;
const MIN_HEADLINE_HAN = 4;

/** The first alternative of INNER_STOP: no space is one of these, so it can be tested before compacting. */
const STOP = /[。；;]/;

/** Characters as `for…of` reads them (a surrogate pair counts once), without building the array. */
function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Text without any kind of space. */
export function compact(text: string): string {
  return text.replace(SPACES, '');
}

/** True when every quote and bracket the line opens it also closes. */
function balanced(text: string): boolean {
  const count = new Map<string, number>();
  for (const ch of text) if (MARKS.has(ch)) count.set(ch, (count.get(ch) ?? 0) + 1);
  if (count.size === 0) return true;
  for (const [close, open] of Object.entries(OPENERS)) if ((count.get(open) ?? 0) !== (count.get(close) ?? 0)) return false;
  return (count.get('"') ?? 0) % 2 === 0;
}

/**
 * A line a reader could take for a headline: short, mostly Han, no sentence
 * punctuation at its end or full stop inside, at most one comma, quotes
 * balanced (a page break cuts a sentence anywhere, often inside quotes).
 */
export function isHeadlineShaped(text: string): boolean {
  if (text.length > 3 * MAX_HEADLINE_LENGTH) return false;
  // A full stop or semicolon anywhere rules a line out (INNER_STOP) before it is compacted: most body lines stop here.
  if (STOP.test(text)) return false;
  const dense = compact(text);
  const length = codePointLength(dense);
  if (length > MAX_HEADLINE_LENGTH) return false;
  const han = countHan(dense);
  if (han < MIN_HEADLINE_HAN || han < length / 2) return false;
  if (TERMINAL.test(dense) || INNER_STOP.test(dense) || DANGLING_END.test(dense)) return false;
  if ((dense.match(COMMAS)?.length ?? 0) > 1) return false;
  return balanced(dense) && !SENTENCE_OPENING.test(dense);
}

/** Ends like a finished sentence (or a quotation or bracket closing one). */
export function endsSentence(text: string): boolean {
  return /[。！？!?；;…”’"」』）)]$/.test(text);
}

/**
 * Starts in the middle of a sentence: with punctuation, with a particle that
 * cannot open one (等, 的, 了), or with a single character and a comma — the
 * rest of a word cut by a page break (防治工|作，…).
 */
export function continuesSentence(text: string): boolean {
  return /^[，。、；：,.;:！？!?）)”’」』]|^[等的了]|^[\u4e00-\u9fff][，,。、；;]/.test(text);
}

/** A short line numbered as a part of an article: 一、 （一） 1. 第一， (not a number: 1.5万). */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}(?:[.．](?!\d)|、)|第[一二三四五六七八九十]+[，,、])/;
/** The first of the numbered parts: a report may open on it right under its headline. */
const FIRST_PART = /^(?:一、|[（(]一[)）]|1(?:[.．](?!\d)|、)|第一[，,、])/;

export function isNumberedPart(text: string): boolean {
  return NUMBERED.test(text);
}

export function isFirstPart(text: string): boolean {
  return FIRST_PART.test(text);
}

/** News vocabulary that makes a line read as an event (召开, 调研…): a main headline, not a kicker. */
const EVENT = /召开|举行|举办|开展|启动|召集|主持|出席|参加|调研|视察|考察|督导|督查|检查|慰问|看望|走访|部署|会议|大会|推进会|座谈|论坛|仪式|开幕|闭幕|签约|签署|发布|审议|宣讲|培训|表彰|荣获|获评|获得|揭牌|授牌|开工|竣工|投用|接见|会见|会谈|带队|夜查|巡察|巡查|观摩|约谈|成立|印发|出台|通报/;

export function readsAsEvent(text: string): boolean {
  return EVENT.test(text);
}

/**
 * Two or more space-separated phrases of about the same length
 * (集全区之力 聚万众之心): the parallel phrasing of a kicker (引题).
 */
export function isParallel(text: string): boolean {
  const parts = text.split(SPACES).filter(Boolean).map(countHan);
  if (parts.length < 2 || parts.length > 3) return false;
  return Math.min(...parts) >= 3 && Math.max(...parts) - Math.min(...parts) <= 2;
}
