/**
 * Authors credited at the end of an item, in brackets after their unit:
 * （县农业农村局　王某某）, （县防指办　李某　供稿）. The unit and the name are
 * separated by spaces; what follows the unit there is a name.
 */
import type { Entity } from '../../model';
import { UNIT_SUFFIXES } from '../../lexicon/units';
import { Trie } from '../../trie';
import type { TextContext } from '../context';
import { elementReadings } from './elements';
import { isNameSpan } from './names';
import { person } from './person';

const CREDIT = /[（(]([^（）()\r\n]{2,60})[）)]/g;
const SPACES = /[ \u3000\u00a0]+/;
const CREDIT_WORDS = new Set(['供稿', '撰稿', '报送', '提供', '整理', '摄', '文', '图', '执笔']);
const suffixes = new Trie([...UNIT_SUFFIXES.keys()].map((s): [string, boolean] => [s, true]), { reversed: true });

export function* creditNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (const m of text.matchAll(CREDIT)) {
    const parts = splitParts(m[1], m.index! + 1);
    if (parts.length < 2 || !endsWithUnit(parts[0].text)) continue;
    for (const part of parts.slice(1)) {
      if (CREDIT_WORDS.has(part.text)) continue;
      const elements = elementReadings(text, part.start).some((r) => r.end === part.end);
      if (!elements && (part.text.length < 2 || part.text.length > 4 || !isNameSpan(ctx, part.start, part.end, 'strong'))) break;
      yield person(text, part.start, part.end, 'credit');
    }
  }
}

function endsWithUnit(text: string): boolean {
  return !!suffixes.longest(text, text.length);
}

/** The space-separated parts of a bracket's content, with their offsets in the text. */
function splitParts(inner: string, base: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const piece of inner.split(SPACES)) {
    const at = inner.indexOf(piece, pos);
    if (piece) out.push({ text: piece, start: base + at, end: base + at + piece.length });
    pos = at + piece.length;
  }
  return out;
}
