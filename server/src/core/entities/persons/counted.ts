/**
 * Names listed without a title and counted after 等: 张某、李某等12名同志,
 * 王某、赵某等15人. Two names or more, each a whole name, the list opening a
 * clause: the count says they are people.
 */
import type { Entity } from '../../model';
import { hanAt, type TextContext } from '../context';
import { isNameSpan, listedName } from './names';
import { person } from './person';

/** 等 with a count of people (等12名, 等三位, 等人, 等同志). */
const COUNT_OF_PEOPLE = /^等(?:[0-9０-９]+|[一二三四五六七八九十百两几多]+)?(?:名|位|人|同志)/;

export function* countedNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (const m of text.matchAll(/等/g)) {
    const at = m.index!;
    if (!COUNT_OF_PEOPLE.test(text.slice(at, at + 8))) continue;
    const items = listEndingAt(ctx, at);
    if (items.length < 2 || hanAt(text, items[items.length - 1][0] - 1)) continue;
    for (const [start, end] of items.reverse()) yield person(text, start, end, 'counted');
  }
}

/** The names joined by 、 that end at `end`, last first. */
function listEndingAt(ctx: TextContext, end: number): [number, number][] {
  const items: [number, number][] = [];
  for (;;) {
    const start = [3, 2, 4].map((n) => end - n).find((s) => s >= 0 && isNameSpan(ctx, s, end, 'medium') && !hanAt(ctx.text, s - 1) || (s >= 1 && ctx.text[s - 1] === '、' && isNameSpan(ctx, s, end, 'medium')))
      // An item the count vouches for, whose surname is rare or a word (、疏晓燕、): a name of the list's own shape.
      ?? [3, 2, 4].map((n) => end - n).find((s) => s >= 0 && !hanAt(ctx.text, s - 1) && listedName(ctx, s, false) === end);
    if (start === undefined) return items;
    items.push([start, end]);
    if (ctx.text[start - 1] !== '、') return items;
    end = start - 1;
  }
}
