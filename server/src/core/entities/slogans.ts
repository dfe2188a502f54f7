/**
 * Slogans: policy formulas and campaign names, mostly inside “…” (span
 * without the quotes); direct speech, single labels and titles are not.
 * Well-known national slogans are also found without quotes.
 */
import type { Entity } from '../model';
import { KNOWN_SLOGANS } from '../lexicon/slogans';

const QUOTED = /“([^“”\r\n]{1,40})”/g;
const SPEECH_BEFORE = /(说|道|表示|指出|强调|认为|称|问|答|喊|写道|坦言|感慨)[：:，,]?$|[：:]$/;
const SENTENCE_INSIDE = /[。！？!?]/;
/** Shapes of a formula: numbers in it, X加Y, 一X一Y, parallel clauses. */
const FORMULA_SHAPES = [
  /[0-9一二三四五六七八九十百千两双]/,
  /^.加.$/,
  /[、，,]/,
  /(行动|工程|活动|战略|机制|模式|制度|精神|理念|品牌|工作法|服务|计划)$/,
];

/** Finds slogans in `text`. */
export function findSlogans(text: string): Entity[] {
  const found = new Map<number, Entity>();
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1];
    const start = m.index! + 1;
    if (!isSloganShaped(inner, text.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    found.set(start, slogan(inner, start));
  }
  for (const [phrase] of KNOWN_SLOGANS) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      if (!found.has(at) && ![...found.values()].some((e) => e.start <= at && at < e.end)) found.set(at, slogan(phrase, at));
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

function slogan(text: string, start: number): Entity {
  const gloss = KNOWN_SLOGANS.get(text);
  return { type: 'slogan', text, start, end: start + text.length, ...(gloss ? { gloss } : {}) };
}

/** Short, not speech, not a sentence, and formula-shaped or known. */
export function isSloganShaped(inner: string, before: string): boolean {
  if (KNOWN_SLOGANS.has(inner)) return true;
  if ([...inner].length < 2 || SENTENCE_INSIDE.test(inner) || SPEECH_BEFORE.test(before)) return false;
  if (/^[\d.]+$/.test(inner)) return false;
  return FORMULA_SHAPES.some((shape) => shape.test(inner)) || [...inner].length <= 5;
}
