/**
 * A name right after a title or role: 区委书记宋洁, 区委常委、常务副区长刘海霞,
 * 记者张苗, 村民张某某说. Office and press titles are strong evidence; the
 * roles of ordinary people (村民, 教师, 代表) only with a follower after the name.
 */
import type { Entity } from '../../model';
import { surnameAt } from '../../lexicon/surnames';
import { titleBefore } from '../../lexicon/titles';
import type { TextContext } from '../context';
import { readName } from './names';
import { person } from './person';

export function* titledNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (let pos = 1; pos < text.length; pos++) {
    if (!surnameAt(text, pos)) continue;
    const title = titleBefore(text, pos);
    if (!title) continue;
    const end = readName(ctx, pos, title.kind === 'people' ? 'weak' : 'strong');
    if (end) yield person(text, pos, end, 'titled', title.title);
  }
}
