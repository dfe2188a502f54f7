/**
 * Slogans: policy formulas and campaign names inside quotation marks (the
 * span without the marks), and well-known formulas written without them.
 */
import { KNOWN_SLOGANS } from '../../lexicon/slogans';
import type { Entity } from '../../model';
import { Trie } from '../../trie';
import type { TextContext } from '../context';
import { isSloganShaped } from './shapes';

/** Quotation marks: Chinese double and single, corner brackets, and straight double quotes on one line. */
const QUOTED = [/“([^“”\r\n]{1,40})”/g, /‘([^‘’\r\n]{1,40})’/g, /「([^「」\r\n]{1,40})」/g, /"([^"\r\n]{1,40})"/g];
const bare = new Trie([...KNOWN_SLOGANS].filter(([, k]) => k.bare).map(([phrase]): [string, string] => [phrase, phrase]));

/** Slogans of the text (overlaps are settled by the caller). */
export function findSlogans(ctx: TextContext): Entity[] {
  return [...quotedSlogans(ctx), ...bareSlogans(ctx)];
}

function* quotedSlogans(ctx: TextContext): Generator<Entity> {
  for (const pattern of QUOTED) {
    for (const m of ctx.text.matchAll(pattern)) {
      const start = m.index! + 1;
      if (isSloganShaped(ctx, m[1], start)) yield slogan(m[1], start, 'quoted');
    }
  }
}

/** Well-known formulas written without quotes (落实两个维护). */
function* bareSlogans(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (let at = 0; at < text.length; at++) {
    const found = bare.longest(text, at);
    if (!found) continue;
    yield slogan(found.value, at, 'known');
    at += found.length - 1;
  }
}

function slogan(text: string, start: number, rule: string): Entity {
  const known = KNOWN_SLOGANS.get(text);
  return { type: 'slogan', text, start, end: start + text.length, rule, ...(known ? { gloss: known.gloss, known: true } : {}) };
}
