/**
 * Names after an appointment verb (决定任命王某、李某为…, 免去毛某某区信访局局长职务):
 * personnel notices name people without a title before them.
 */
import type { Entity } from '../../model';
import { Trie } from '../../trie';
import type { TextContext } from '../context';
import { readName } from './names';
import { person } from './person';

const TRIGGERS = ['任命', '免去', '提名', '选举', '聘任', '聘请', '推选', '增补', '补选', '同意', '接受', '批准', '撤销', '表彰', '授予', '追授'];
const triggers = new Trie(TRIGGERS.map((t): [string, boolean] => [t, true]), { reversed: true });

export function* triggeredNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (let pos = 2; pos < text.length; pos++) {
    if (!triggers.hasFirst(text.charCodeAt(pos - 1)) || !triggers.longest(text, pos)) continue;
    const end = readName(ctx, pos, 'strong');
    if (end) yield person(text, pos, end, 'trigger');
  }
}
