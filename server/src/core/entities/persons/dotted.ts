/**
 * Names written with a middle dot: a Uyghur or Kazakh name and its
 * father's (热依拉·吐尔逊, 吾斯曼·肉孜). Both sides are read as name
 * elements, so a dotted title (“春风化雨·润物无声”) is not one.
 */
import type { Entity } from '../../model';
import type { TextContext } from '../context';
import { elementReadings } from './elements';
import { person } from './person';

const DOTS = /[·•・‧]/g;
/** The longest side of a dotted name, in UTF-16 units. */
const MAX_SIDE = 6;

export function* dottedNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (const m of text.matchAll(DOTS)) {
    const dot = m.index!;
    const start = leftStart(text, dot);
    if (start === undefined) continue;
    const right = elementReadings(text, dot + 1)[0];
    if (right) yield person(text, start, right.end, 'dotted');
  }
}

/** Where the elements ending at the dot begin, reading the longest run (阿依古丽, not 古丽). */
function leftStart(text: string, dot: number): number | undefined {
  for (let start = Math.max(0, dot - MAX_SIDE); start <= dot - 2; start++) {
    if (elementReadings(text, start).some((r) => r.end === dot)) return start;
  }
  return undefined;
}
