/**
 * A name jieba recognises (or leaves as loose single characters) that is
 * followed by what people do in news: 王某某指出, 李某表示, 习近平总书记. jieba's
 * `nr` alone is not enough (it tags 幸福感 and 廉政 so): an action or a role
 * must follow.
 */
import type { Entity } from '../../model';
import { surnameAt } from '../../lexicon/surnames';
import { roleAfterName } from '../../lexicon/titles';
import type { TextContext } from '../context';
import { followedByWord, readName } from './names';
import { person } from './person';

export function* speakerNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  const labels = quotedLabels(text);
  for (const w of ctx.words) {
    if (!looksLikeName(w.start, w.end, w.tag) || !surnameAt(text, w.start) || !followWithin(ctx, w.start) || labels[w.start]) continue;
    const end = readName(ctx, w.start, 'weak');
    // jieba read the surname alone as a name's (郜/nr, 员/zg, 𠮷/x, two code units), or as any content word before
    // a form of address (暴/n 永生|同志).
    const surnameWord = w.end - w.start === surnameAt(text, w.start) && (/^(nr.*|zg|x)$/.test(w.tag) || (!!end && addressed(ctx, w.tag, end)));
    if (end && followedByWord(ctx, end) && (w.end === end || surnameWord || looseCharacters(ctx, w.start, end))) {
      yield person(text, w.start, end, 'speaker');
    }
  }
}

/**
 * A form of address written after the name (同志, 老师; not an office, which
 * a unit may hold: 某某路支行|副行长), and a surname jieba did not read as a
 * function word or a verb.
 */
function addressed(ctx: TextContext, tag: string, end: number): boolean {
  return roleAfterName(ctx.text, end)?.kind === 'people' && !/^(p|c|d|u.*|r.*|v.*|m|q|f|t|y|e|o)$/.test(tag);
}

/** Offsets inside short quotes without punctuation: labels (“某某宣讲队”), where no one speaks. */
function quotedLabels(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  for (const m of text.matchAll(/“[^“”\r\n，。！？、；：,.!?;:]{2,12}”/g)) inside.fill(1, m.index! + 1, m.index! + m[0].length - 1);
  return inside;
}

/** Some follower word starts two to four characters on: the only places a speaker's name can end. */
function followWithin(ctx: TextContext, start: number): boolean {
  for (let end = start + 2; end <= start + 4; end++) if (followedByWord(ctx, end)) return true;
  return false;
}

/** jieba took it for a name (or tagged the surname alone as one: 郜/nr 光明/n), or for a word it did not know, or left it in single characters. */
function looksLikeName(start: number, end: number, tag: string): boolean {
  if (/^nr/.test(tag)) return end - start <= 4;
  // A lone x is a character jieba does not know, such as a rare surname (禤/x 嘉/n 豪/nr).
  if (tag === 'x') return end - start <= 4;
  return end - start === 1;
}

/** Every character of [start, end) is a one-character word of jieba's (张/q 超/v). */
function looseCharacters(ctx: TextContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const w = ctx.words[ctx.wordAt[i]];
    if (!w || w.end - w.start !== 1) return false;
  }
  return true;
}
