/**
 * Every other mention of a name already found in the text (宋洁指出…).
 * One pass over the text with a trie of the names found, so the cost does
 * not grow with the number of names.
 */
import type { Entity } from '../../model';
import { Trie } from '../../trie';
import { isBoundary, type TextContext, wordStartingAt } from '../context';
import { followStrength } from './names';
import { person } from './person';

/** Mentions of `names` not yet in `taken` (offsets already covered by a person). */
export function* repeatedMentions(ctx: TextContext, names: ReadonlySet<string>, taken: (start: number, end: number) => boolean): Generator<Entity> {
  const { text } = ctx;
  if (!names.size) return;
  const trie = new Trie([...names].map((n): [string, boolean] => [n, true]));
  for (let at = 0; at < text.length; at++) {
    if (!trie.hasFirst(text.charCodeAt(at))) continue;
    for (const { length } of trie.all(text, at).reverse()) {
      const end = at + length;
      if (taken(at, end) || !standsAlone(ctx, at, end)) continue;
      yield person(text, at, end, 'repeat');
      at = end - 1;
      break;
    }
  }
}

/**
 * The mention is a word of its own: jieba does not run a word into it from
 * the left (扩张|超过), and a two-character name is followed by a follower
 * or a word boundary (王浩|然 is another name).
 */
function standsAlone(ctx: TextContext, start: number, end: number): boolean {
  if (!isBoundary(ctx, start) && ctx.words[ctx.wordAt[start]]?.tag !== 'x') return false;
  if (followStrength(ctx, end) > 0) return true;
  if (!isBoundary(ctx, end)) return false;
  if (end - start >= 3) return true;
  const next = wordStartingAt(ctx, end);
  return !next || next.end - next.start > 1;
}
