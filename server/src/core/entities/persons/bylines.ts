/**
 * Names in bylines and credits: (记者 蔡某某 冯某某 王某), 本报讯(记者张某 通讯员张某某),
 * 责任编辑：高  歌. Names there are separated by spaces; a single character
 * or a compound surname, one or two spaces and another single character is
 * one padded name (高  歌, 欧阳  岚).
 */
import type { Entity } from '../../model';
import { surnameAt } from '../../lexicon/surnames';
import { BYLINE_ROLES } from '../../lexicon/titles';
import { UNIT_SUFFIXES } from '../../lexicon/units';
import { Trie } from '../../trie';
import { hanAt, type TextContext } from '../context';
import { elementAt, elementReadings } from './elements';
import { readName } from './names';
import { person } from './person';

const roles = new Trie(BYLINE_ROLES.map((r): [string, string] => [r, r]));
const unitEnds = new Trie([...UNIT_SUFFIXES.keys()].map((s): [string, boolean] => [s, true]), { reversed: true });
const SPACE = /[ \u3000\u00a0]/;

export function* bylineNames(ctx: TextContext): Generator<Entity> {
  const { text } = ctx;
  for (let at = 0; at < text.length; at++) {
    if (!roles.hasFirst(text.charCodeAt(at))) continue;
    const role = roles.longest(text, at);
    if (!role) continue;
    let pos = at + role.length;
    if (text[pos] === '：' || text[pos] === ':') pos++;
    yield* namesAfterRole(ctx, pos, role.value);
    at = pos - 1;
  }
}

/** Space-separated names from `pos` until something that is not a name. */
function* namesAfterRole(ctx: TextContext, pos: number, role: string): Generator<Entity> {
  const { text } = ctx;
  for (;;) {
    while (SPACE.test(text[pos] ?? '')) pos++;
    if (roles.longest(text, pos)) return;
    const token = tokenAt(text, pos);
    if (!token) return;
    let end: number | undefined;
    if (surnameAt(text, pos)) end = token.spaced || token.closed ? token.end : readName(ctx, pos, 'strong');
    // A name of elements (记者 次旦卓玛）) is taken whole where the elements end with the token.
    else if (elementAt(text, pos)) end = elementReadings(text, pos).some((r) => r.end === token.run) && token.runClosed ? token.run : readName(ctx, pos, 'strong');
    else return;
    // A surname alone (编辑：诸葛) is no name, though it takes two code units.
    if (!end || end - pos < 2 || end - pos === surnameAt(text, pos) || namesUnit(text, pos, end)) return;
    yield person(text, pos, end, 'byline', role);
    if (!token.closed && !token.spaced) return;
    pos = end;
  }
}

/** A run of Han characters at `pos`: closed when a space or the end of the byline follows. */
function tokenAt(text: string, pos: number): { end: number; spaced: boolean; closed: boolean; run: number; runClosed: boolean } | undefined {
  let end = pos;
  // By code points: a character outside the BMP (𠮷) is two code units.
  while (hanAt(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  if (end === pos) return undefined;
  // 高  歌, 欧阳  岚: a surname of one character or a compound one, one or two spaces,
  // one character, then a break: a name padded to the width of three.
  if (end - pos === surnameAt(text, pos) || end - pos === 1) {
    const m = /^[ \u3000]{1,2}(\p{Script=Han})(?![\p{Script=Han}])/u.exec(text.slice(end, end + 4));
    if (m) return { end: end + m[0].length, spaced: true, closed: true, run: end, runClosed: false };
  }
  const runClosed = end >= text.length || /[ \u3000\u00a0)）\]】\r\n]/.test(text[end]);
  return { end, spaced: false, closed: end - pos <= 4 && runClosed, run: end, runClosed };
}

/** 供稿：区工商联: a credit may name a unit, which ends with a unit's suffix (of two characters, or 局, 委, 办). */
function namesUnit(text: string, start: number, end: number): boolean {
  const suffix = unitEnds.longest(text.slice(start, end), end - start);
  return !!suffix && (suffix.length >= 2 || '局委办厅署'.includes(text[end - 1]));
}
