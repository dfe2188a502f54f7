/**
 * An earlier text's entities carried over to the current text while its own
 * are being found: a request answered at once from them is right everywhere
 * but around the edit (what lies between the common start and the common
 * end of the two texts is left out), rather than waiting behind the analysis.
 */
import type { BulletinModel } from './model';

/** The model of an earlier text with its entities moved onto `text` (no layout: only the entities carry over). */
export function carryOver(model: BulletinModel, text: string): BulletinModel {
  const old = model.text;
  const max = Math.min(old.length, text.length);
  const head = commonLength(old, text, max, (s, from, n) => s.slice(from, from + n), (s, i) => s.charCodeAt(i));
  const tail = commonLength(old, text, max - head, (s, from, n) => s.slice(s.length - from - n, s.length - from), (s, i) => s.charCodeAt(s.length - 1 - i));
  const shift = text.length - old.length;
  const oldTail = old.length - tail;
  const entities = model.entities.flatMap((e) => (e.end <= head ? [e] : e.start >= oldTail ? [{ ...e, start: e.start + shift, end: e.end + shift }] : []));
  return { text, isBulletin: model.isBulletin, notBulletinReason: model.notBulletinReason, paragraphs: [], outline: [], entities };
}

const CHUNK = 4096;

/**
 * How many code units two texts share from one end (up to `max`): compared
 * a chunk at a time as strings (a native comparison), then unit by unit in
 * the chunk that differs: a 10 MB text is compared in milliseconds.
 */
function commonLength(a: string, b: string, max: number, chunk: (s: string, from: number, n: number) => string, unit: (s: string, i: number) => number): number {
  let n = 0;
  while (n + CHUNK <= max && chunk(a, n, CHUNK) === chunk(b, n, CHUNK)) n += CHUNK;
  while (n < max && unit(a, n) === unit(b, n)) n++;
  return n;
}
