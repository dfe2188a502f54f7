/** National bodies and media known by name alone (国务院, 新华社, 中国共产党), found wherever they are written. */
import { KNOWN_UNITS } from '../../lexicon/abbreviations';
import type { Entity } from '../../model';
import { Trie } from '../../trie';
import type { TextContext } from '../context';
import { unit } from './unit';

const known = new Trie(KNOWN_UNITS.map((u): [string, string] => [u, u]));

export function* knownUnits(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (let at = 0; at < text.length; at++) {
    const found = known.longest(text, at);
    if (!found) continue;
    yield unit(found.value, at, at + found.length, 'known', true);
    at += found.length - 1;
  }
}
