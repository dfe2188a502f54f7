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
  let head = 0;
  while (head < max && old.charCodeAt(head) === text.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  const shift = text.length - old.length;
  const oldTail = old.length - tail;
  const entities = model.entities.flatMap((e) => (e.end <= head ? [e] : e.start >= oldTail ? [{ ...e, start: e.start + shift, end: e.end + shift }] : []));
  return { text, isBulletin: model.isBulletin, notBulletinReason: model.notBulletinReason, paragraphs: [], outline: [], entities };
}
