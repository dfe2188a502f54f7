/**
 * A name right after a title or role: 区委书记宋洁, 区委常委、常务副区长刘海霞,
 * 记者张苗, 村民张某某说. Office and press titles are strong evidence; the
 * roles of ordinary people (村民, 教师, 代表) only with a follower after the name.
 */
import type { Entity } from '../../model';
import { surnameAt } from '../../lexicon/surnames';
import { mayEndTitle, titleBefore } from '../../lexicon/titles';
import { type TitleMatch } from '../../lexicon/titles';
import type { TextContext } from '../context';
import { TRANSLITERATION_CHARS } from '../../lexicon/minorityNames';
import { elementAt } from './elements';
import { follows, readName } from './names';
import { person } from './person';

export function* titledNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (let pos = 1; pos < text.length; pos++) {
    if (!mayEndTitle(text, pos) || !(surnameAt(text, pos) || elementAt(text, pos) || TRANSLITERATION_CHARS.has(text[pos]))) continue;
    const title = titleBefore(text, pos) ?? (ROLE_END.has(text[pos - 1]) ? roleWordBefore(ctx, pos) : undefined);
    if (!title || !roleStandsAlone(ctx, title, pos)) continue;
    const end = paddedName(ctx, pos) ?? readName(ctx, pos, title.kind === 'people' ? 'medium' : 'strong');
    if (end) yield person(text, pos, end, 'titled', title.title);
  }
}

/** 工作人员韩  梅为…: a two-character name padded to the width of three, as bylines print it, before a follower. */
function paddedName(ctx: TextContext, pos: number): number | undefined {
  const m = /^\p{Script=Han}[ \u3000]{1,2}\p{Script=Han}/u.exec(ctx.text.slice(pos, pos + 4));
  if (!m || !surnameAt(ctx.text, pos)) return undefined;
  const end = pos + m[0].length;
  return follows(ctx, end) === 'sure' || follows(ctx, end) === 'char' ? end : undefined;
}

const ROLE_END = new Set(['员', '长']);

/**
 * The role is a word of the text, not letters of others: no word of
 * jieba's ends inside it (确保|安全 holds no 保安) and no word holds
 * the role and the surname together (居民楼|院). A word starting inside the
 * role may run into the name (值班|长满|立军: jieba's glue).
 */
function roleStandsAlone(ctx: TextContext, title: TitleMatch, pos: number): boolean {
  const atStart = ctx.words[ctx.wordAt[title.roleStart]];
  // 区委书记 is one word of jieba's, ending with the role: fine; 确保 ends inside 保安: not.
  if (atStart && atStart.start < title.roleStart && atStart.end < pos && atStart.tag !== 'x') return false;
  const across = ctx.words[ctx.wordAt[pos]];
  return !across || across.start >= pos || across.start > title.roleStart || across.tag === 'x';
}

/** Words ending in 员 or 长 that are not roles (动员 is a verb, 成长 growth). */
const NOT_ROLES = new Set(['动员', '成长', '增长', '延长', '擅长', '专长', '生长', '助长', '特长', '见长', '消长', '官员', '人员', '全员', '满员', '减员', '增员', '裁员', '扩员']);

/**
 * A role the lexicon does not list, read from jieba's word before the name:
 * a noun ending in 员 or 长 (巡河员, 值班长) names what a person does.
 */
function roleWordBefore(ctx: TextContext, pos: number): TitleMatch | undefined {
  const w = ctx.words[ctx.wordAt[pos - 1]];
  if (!w || w.end !== pos || w.end - w.start < 2 || !/^(n|nr|nz|x)$/.test(w.tag) || NOT_ROLES.has(w.word)) return undefined;
  return /[员长]$/.test(w.word) ? { start: w.start, roleStart: w.start, title: w.word, kind: 'people' } : undefined;
}
