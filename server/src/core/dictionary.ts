/**
 * The user dictionary: a plain text file in the workspace, one entry a line,
 * that adds entities the rules miss and suppresses ones they get wrong.
 *
 *     # comment
 *     person 张三          (人物 张三)
 *     unit 某某合作社       (单位 …)
 *     slogan 三查三改       (提法 …)
 *     not 智慧             (非实体 … / 不是 …)
 *
 * It is applied after the rules, as a pure pass over their result, so
 * removing an entry takes effect at once (nothing is taught to jieba).
 */
import { expandUnitName } from './lexicon/abbreviations';
import { KNOWN_SLOGANS } from './lexicon/slogans';
import { titleBefore } from './lexicon/titles';
import type { Entity, EntityType } from './model';
import { Trie } from './trie';

export type DictionaryKind = EntityType | 'not';

export interface DictionaryEntry {
  kind: DictionaryKind;
  text: string;
  /** 0-based line of the entry in the file. */
  line: number;
}

export type DictionaryProblemCode = 'unknown-kind' | 'missing-text' | 'too-long' | 'overridden';

export interface DictionaryProblem {
  code: DictionaryProblemCode;
  line: number;
  /** UTF-16 columns of the offending part of the line. */
  start: number;
  end: number;
  /** What was written (the unknown kind, or the entry overridden). */
  detail: string;
  /** For `overridden`: the later line that wins. */
  otherLine?: number;
}

export interface UserDictionary {
  entries: DictionaryEntry[];
  problems: DictionaryProblem[];
}

export const EMPTY_DICTIONARY: UserDictionary = { entries: [], problems: [] };

const KINDS: Record<string, DictionaryKind> = {
  person: 'person', 人物: 'person', 人名: 'person',
  unit: 'unit', 单位: 'unit', 机构: 'unit',
  slogan: 'slogan', 提法: 'slogan', 口号: 'slogan',
  not: 'not', 非实体: 'not', 不是: 'not', 不是实体: 'not',
};
/** The keyword each kind is written with when the extension appends a line. */
const KEYWORD: Record<DictionaryKind, string> = { person: 'person', unit: 'unit', slogan: 'slogan', not: 'not' };
const MAX_ENTRY_LENGTH = 40;

/** Parses the file; a bad line is reported and skipped, never thrown. */
export function parseDictionary(source: string): UserDictionary {
  const entries: DictionaryEntry[] = [];
  const problems: DictionaryProblem[] = [];
  const seen = new Map<string, DictionaryEntry>();
  source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, line) => {
    const body = raw.replace(/(^|[\s\u3000])#.*$/, '').replace(/[\s\u3000]+$/, '');
    const m = /^[\s\u3000]*(\S+)(?:[\s\u3000]+(.*))?$/.exec(body);
    if (!m) return;
    const kindStart = body.indexOf(m[1]);
    const kind = KINDS[m[1].toLowerCase()];
    if (!kind) return void problems.push({ code: 'unknown-kind', line, start: kindStart, end: kindStart + m[1].length, detail: m[1] });
    const text = (m[2] ?? '').trim();
    const textStart = text ? body.indexOf(text, kindStart + m[1].length) : body.length;
    if (!text) return void problems.push({ code: 'missing-text', line, start: kindStart, end: body.length, detail: m[1] });
    if (text.length > MAX_ENTRY_LENGTH) return void problems.push({ code: 'too-long', line, start: textStart, end: textStart + text.length, detail: text });
    const entry = { kind, text, line };
    const earlier = seen.get(normalise(text));
    if (earlier) problems.push({ code: 'overridden', line: earlier.line, start: 0, end: 0, detail: earlier.text, otherLine: line });
    seen.set(normalise(text), entry);
    entries.push(entry);
  });
  return { entries, problems };
}

/** The line the extension appends for an entry (`person 张三`). */
export function dictionaryLine(kind: DictionaryKind, text: string): string {
  return `${KEYWORD[kind]} ${text.replace(/[\r\n]+/g, ' ').trim()}`;
}

/** Names compare without the spaces bylines pad them with (高  歌). */
function normalise(text: string): string {
  return text.replace(/[ \u3000]/g, '');
}

/**
 * The rules' entities with the dictionary applied: `not` entries removed,
 * added entries tagged at every occurrence and preferred over what they
 * overlap. A later line about the same text wins over an earlier one.
 */
export function applyDictionary(text: string, entities: Entity[], dictionary: UserDictionary): Entity[] {
  const last = new Map<string, DictionaryEntry>();
  for (const e of dictionary.entries) last.set(normalise(e.text), e);
  if (!last.size) return entities;
  const suppressed = new Set([...last].filter(([, e]) => e.kind === 'not').map(([key]) => key));
  const added = [...last.values()].filter((e) => e.kind !== 'not');
  const kept = entities.filter((e) => !suppressed.has(normalise(e.text)));
  // Where the rules found the same entity, theirs is kept: it knows the title written before it.
  const same = new Map(kept.map((e) => [`${e.type}:${e.start}:${e.end}`, e]));
  const mine = occurrences(text, added).map((e) => same.get(`${e.type}:${e.start}:${e.end}`) ?? e);
  if (!mine.length) return kept;
  const covered = new Uint8Array(text.length);
  for (const e of mine) covered.fill(1, e.start, e.end);
  const rest = kept.filter((e) => !covered.subarray(e.start, e.end).some((c) => c === 1));
  return [...rest, ...mine].sort((a, b) => a.start - b.start);
}

/** Every occurrence of the added entries, longest first at each place, not overlapping. */
function occurrences(text: string, added: DictionaryEntry[]): Entity[] {
  const trie = new Trie(added.map((e): [string, DictionaryEntry] => [e.text, e]));
  const out: Entity[] = [];
  for (let at = 0; at < text.length; at++) {
    const found = trie.longest(text, at);
    if (!found) continue;
    out.push(entity(text, at, at + found.length, found.value.kind as EntityType));
    at += found.length - 1;
  }
  return out;
}

function entity(text: string, start: number, end: number, type: EntityType): Entity {
  const name = text.slice(start, end);
  const e: Entity = { type, text: name, start, end, rule: 'dictionary' };
  if (type === 'person') {
    const title = titleBefore(text, start);
    if (title) e.title = title.title;
  } else if (type === 'unit') {
    const full = expandUnitName(name);
    if (full && full !== name) e.fullName = full;
  } else {
    const known = KNOWN_SLOGANS.get(name);
    if (known) e.gloss = known.gloss;
  }
  return e;
}
