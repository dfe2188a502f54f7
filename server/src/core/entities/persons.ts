/**
 * Persons: a name read after a title (区委书记宋洁), continued through a list
 * (时旭、张超、刘银华), read from a byline ((记者 王某 李某)), and every later
 * mention of a name already found in the same text.
 */
import type { Entity } from '../model';
import type { TaggedWord } from '../segmenter';
import { surnameLength } from '../lexicon/surnames';
import { BYLINE_ROLES, TITLE_PATTERN } from '../lexicon/titles';
import { isHan } from '../text';

/** Words that may follow a name directly: verbs of reporting and acting, particles. */
const AFTER_NAME = [
  '主持', '带队', '带领', '率队', '指出', '要求', '强调', '出席', '参加', '陪同', '表示', '讲话', '一行', '同志', '等', '在', '到', '对',
  '为', '和', '与', '及', '率', '来', '深入', '调研', '检查', '宣布', '作', '提出', '说', '代表', '介绍', '认为', '希望', '分别', '也',
  '就', '先后', '亲自', '还', '的', '向', '赴', '实地', '看望', '慰问', '听取', '会见', '会同', '详细', '督导', '一同', '随同', '同',
  '是', '被', '将', '已', '都', '又', '共同', '前往', '列席', '部署', '宣读', '通报', '传达', '解读', '汇报', '发言', '致辞', '总结',
  '任', '兼', '任职', '职务', '主任', '局长', '书记',
];
const NAME_TRIGGERS = ['任命', '免去', '决定任命', '提名', '选举', '同意'];
const NOT_NAMES = new Set(['智慧', '廉政', '文明', '高峰', '向往', '方向', '周边', '常态', '安全', '党史', '黄土', '石头', '高效', '明确', '全面', '温暖', '宋体']);

/** Finds persons in `text`, using jieba's words for names no rule reaches. */
export function findPersons(text: string, words: TaggedWord[]): Entity[] {
  const found = new Map<number, Entity>();
  const add = (e: Entity | undefined) => {
    if (e && !found.has(e.start)) found.set(e.start, e);
  };
  for (const e of titledNames(text)) add(e);
  for (const e of bylineNames(text)) add(e);
  for (const e of triggeredNames(text)) add(e);
  for (const e of jiebaNames(text, words)) add(e);
  for (const e of [...found.values()]) for (const more of listContinuation(text, e)) add(more);
  for (const e of repeatedMentions(text, found)) add(e);
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The name at `pos`: a surname plus one or two Han characters, ending where the name plausibly ends. */
export function readName(text: string, pos: number): number | undefined {
  const surname = surnameLength(text.slice(pos, pos + 2));
  if (!surname) return undefined;
  for (const given of [2, 1]) {
    const end = pos + surname + given;
    if (!allHan(text, pos, end)) continue;
    if (NOT_NAMES.has(text.slice(pos, end))) continue;
    if (endsName(text, end)) return end;
  }
  return undefined;
}

function allHan(text: string, start: number, end: number): boolean {
  if (end > text.length) return false;
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

function endsName(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (!isHan(text.charCodeAt(end))) return true;
  return AFTER_NAME.some((w) => text.startsWith(w, end));
}

function person(text: string, start: number, end: number, title?: string): Entity {
  return { type: 'person', text: text.slice(start, end), start, end, ...(title ? { title } : {}) };
}

/** 区委书记宋洁, 记者张苗: a title immediately followed by a name. */
function* titledNames(text: string): Generator<Entity> {
  for (const m of text.matchAll(new RegExp(TITLE_PATTERN.source, 'g'))) {
    const pos = m.index! + m[0].length;
    const end = readName(text, pos);
    if (end) yield person(text, pos, end, m[0]);
  }
}

/** 任命王某为…, 免去李某…: names after an appointment verb. */
function* triggeredNames(text: string): Generator<Entity> {
  for (const trigger of NAME_TRIGGERS) {
    for (let at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
      const pos = at + trigger.length;
      const end = readName(text, pos);
      if (end) yield person(text, pos, end);
    }
  }
}

/** (记者 王某 李某), 记者 景静 通讯员 郭某, 责任编辑：高  歌: names separated by spaces after a byline role. */
function* bylineNames(text: string): Generator<Entity> {
  const roles = BYLINE_ROLES.join('|');
  const pattern = new RegExp(`(${roles})[:：]?[ \\u3000]*((?:[\\p{Script=Han}][ \\u3000]{0,4})+)`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const base = m.index! + m[0].length - m[2].length;
    for (const token of spacedTokens(m[2])) {
      const start = base + token.start;
      const end = base + token.end;
      const compact = text.slice(start, end).replace(/[ \u3000]/g, '');
      if (compact.length >= 2 && compact.length <= 4 && surnameLength(compact) && !BYLINE_ROLES.some((r) => compact.startsWith(r))) {
        yield person(text, start, end, m[1]);
      }
    }
  }
}

/**
 * Splits a run of names on spaces; a single character followed by one or two
 * spaces and another single character is one padded two-character name (高  歌).
 */
function spacedTokens(run: string): { start: number; end: number }[] {
  const parts = [...run.matchAll(/[^ \u3000]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const cur = parts[i];
    const next = parts[i + 1];
    if (next && cur.end - cur.start === 1 && next.end - next.start === 1 && next.start - cur.end <= 2) {
      out.push({ start: cur.start, end: next.end });
      i++;
    } else out.push(cur);
  }
  return out;
}

/** jieba's `nr` words that look like a name and are followed by what follows names. */
function* jiebaNames(text: string, words: TaggedWord[]): Generator<Entity> {
  for (const w of words) {
    if (w.tag !== 'nr' || w.word.length < 2 || w.word.length > 3) continue;
    if (!surnameLength(w.word) || NOT_NAMES.has(w.word) || !allHan(text, w.start, w.end)) continue;
    if (w.end < text.length && isHan(text.charCodeAt(w.end)) && !AFTER_NAME.some((a) => text.startsWith(a, w.end))) continue;
    yield person(text, w.start, w.end);
  }
}

/** 时旭、张超、刘银华: names continuing a list after a found name. */
function* listContinuation(text: string, first: Entity): Generator<Entity> {
  let pos = first.end;
  while (text[pos] === '、') {
    const end = readName(text, pos + 1);
    if (!end) return;
    yield person(text, pos + 1, end, first.title);
    pos = end;
  }
}

/** Every other mention of a name already found (宋洁指出…), where it stands as a word. */
function* repeatedMentions(text: string, found: Map<number, Entity>): Generator<Entity> {
  const names = new Map<string, string | undefined>();
  for (const e of found.values()) if (!/[ \u3000]/.test(e.text) && !names.has(e.text)) names.set(e.text, e.title);
  for (const [name] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!found.has(at) && endsName(text, at + name.length)) yield person(text, at, at + name.length);
    }
  }
}
