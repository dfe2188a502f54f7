/** National bodies and media known by name alone (国务院, 新华社, 中国共产党), found wherever they are written. */
import { KNOWN_UNITS } from '../../lexicon/abbreviations';
import type { Entity } from '../../model';
import { Trie } from '../../trie';
import { isBoundary, type TextContext } from '../context';
import { unit } from './unit';

const known = new Trie(KNOWN_UNITS.map((u): [string, string] => [u, u]));

export function* knownUnits(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (let at = 0; at < text.length; at++) {
    const found = known.longest(text, at);
    if (!found) continue;
    // A short name is a word of its own: 民进 is not in 村民|进行, nor 民建 in 居民|建房.
    if (found.length <= 3 && !(isBoundary(ctx, at) && isBoundary(ctx, at + found.length))) continue;
    yield unit(found.value, at, at + found.length, 'known', true);
    at += found.length - 1;
  }
}
