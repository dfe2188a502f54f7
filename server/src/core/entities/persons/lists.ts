/**
 * Names continuing a list after a name already found: 区领导时旭、张超、刘银华,
 * 任命王某、韩某某为…. After 、 the list vouches for the next name; after
 * 和/与/及 a follower must also come after it (宋某和区长李某 is caught by the title).
 */
import type { Entity } from '../../model';
import { titleBefore } from '../../lexicon/titles';
import { hanAt, type TextContext } from '../context';
import { isNameSpan, listedName, readName } from './names';
import { person } from './person';

const STRONG_JOINS = ['、'];
const WEAK_JOINS = ['以及', '和', '与', '及', '同'];

/** Names after `first`, each joined to the one before. */
export function* listContinuation(ctx: TextContext, first: Entity): Generator<Entity> {
  const { text } = ctx;
  let pos = first.end;
  for (;;) {
    const strong = STRONG_JOINS.find((j) => text.startsWith(j, pos));
    const weak = strong ? undefined : WEAK_JOINS.find((j) => text.startsWith(j, pos));
    const join = strong ?? weak;
    if (!join) return;
    const start = pos + join.length;
    // After 、 the list itself vouches for an item that reads no other way (县领导江山、甘露|参加).
    const end = readName(ctx, start, strong ? 'strong' : 'weak') ?? (strong ? listedName(ctx, start, true) : undefined);
    if (!end) return;
    yield person(text, start, end, 'list', first.title);
    pos = end;
  }
}

/** Names before `last`, each followed by 、, back to where the list starts (punctuation, a title). */
export function* listBefore(ctx: TextContext, last: Entity): Generator<Entity> {
  const { text } = ctx;
  let end = last.start;
  while (text[end - 1] === '、') {
    const start = nameEndingAt(ctx, end - 1);
    if (start === undefined) return;
    yield person(text, start, end - 1, 'list', titleBefore(text, start)?.title);
    end = start;
  }
}

/** Start of a name ending at `end` that begins where an item of a list begins. */
function nameEndingAt(ctx: TextContext, end: number): number | undefined {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0 || !isNameSpan(ctx, start, end, 'strong')) continue;
    if (!hanAt(ctx.text, start - 1) || ctx.text[start - 1] === '、' || titleBefore(ctx.text, start)) return start;
  }
  return undefined;
}
