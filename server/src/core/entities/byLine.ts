/**
 * The entities of a text found a line at a time, each line's result kept
 * while nothing it depends on changes, so an edit costs the lines it touches
 * rather than the whole text. The result is the same as `findEntities` on
 * the whole text (a property test holds it to that):
 *
 * - Every rule reads a few characters around a position and stops at a line
 *   break, so a line is read with a little of the text on either side as
 *   context (`CONTEXT_BEFORE`, `CONTEXT_AFTER`: a quote opening a line reads
 *   the 说： ending the one before); only spans starting on the line are kept.
 * - Persons are found in steps (see PersonFinder), and two steps look for
 *   other mentions of the names found anywhere in the document. A line's
 *   result therefore also depends on which of those names occur in it:
 *   it is recomputed when its text, its context or that set changes.
 */
import { applyDictionary, type UserDictionary } from '../dictionary';
import type { LineSpan, LineWords } from '../lineWords';
import { wordsBetween } from '../lineWords';
import type { Entity } from '../model';
import { Trie } from '../trie';
import { makeContext, type TextContext } from './context';
import { withPersons } from './index';
import { PersonFinder } from './persons';
import { drain, STEP_ITEMS, type Steps } from '../steps';

export { drain } from '../steps';

export const CONTEXT_BEFORE = 8;
export const CONTEXT_AFTER = 4;

/**
 * One line in its context (the window), and what was found on it. Offsets
 * are into the window. The window's text is not kept: a record is only used
 * for a line whose window reads the same, so it is read from the current text.
 */
interface LineRecord {
  /** Where the line starts and ends in the window, and the window's length. */
  from: number;
  to: number;
  size: number;
  /** Names the context vouches for on this line (first step), once read. */
  vouched: string[];
  begun?: boolean;
  /** Names of the document's first-step names that occur on the line, sorted and joined. */
  mentions1?: string;
  /** Names read from what follows them on this line (second step), and the `mentions1` they were read with. */
  speakers?: string[];
  speakersFor?: string;
  mentions2?: string;
  /** What the rules found (and the mentions they were found with), and that after the user dictionary. */
  rules?: Entity[];
  rulesFor?: string;
  entities?: Entity[];
  dictionary?: UserDictionary;
  /** While the line is being read: its words and the person steps done so far (with the `mentions1` of the second). */
  work?: { ctx: TextContext; finder: PersonFinder; steps: number; mentions1?: string };
}

/** The text, its lines (split at line feeds) with each line's words, and the units read one at a time (groupLines). */
export interface LineSource {
  text: string;
  lines: LineSpan[];
  words: (line: number) => LineWords;
  units: LineSpan[];
}

/** Lines in a unit, on average, and the most characters one holds. */
const UNIT_LINES = 8;
const MAX_UNIT_CHARACTERS = 8192;

/**
 * Groups lines into the units read one at a time: a few lines each, so the
 * cost of reading a unit (a context, typed arrays, a pass of each rule) is
 * shared by several lines. A unit ends after a line whose text hashes to a
 * multiple of UNIT_LINES: the boundaries depend on the lines themselves, not
 * on their position, so an edit moves none but those of the lines it touches.
 */
export function groupLines(text: string, lines: LineSpan[]): LineSpan[] {
  const units: LineSpan[] = [];
  let start = lines[0].start;
  lines.forEach((l, i) => {
    if (i < lines.length - 1 && !endsUnit(text, l) && l.end - start < MAX_UNIT_CHARACTERS) return;
    units.push({ start, end: l.end });
    start = l.end + 1;
  });
  return units;
}

/** A cheap hash of the line's length and its first and last characters decides; a short line never ends a unit. */
function endsUnit(text: string, l: LineSpan): boolean {
  const n = l.end - l.start;
  if (n < 8) return false;
  let h = n;
  for (const at of [0, 1, 2, 3, n - 4, n - 3, n - 2, n - 1]) h = Math.imul(h ^ text.charCodeAt(l.start + at), 0x9e3779b1);
  return ((h ^ (h >>> 15)) >>> 0) % UNIT_LINES === 0;
}

export class EntitiesByLine {
  private records = new Map<string, LineRecord>();
  private names1 = new Set<string>();
  private names2 = new Set<string>();
  /** The last text's lines and their records, to apply another dictionary without reading again. */
  private last: { source: LineSource; records: LineRecord[] } | undefined;

  /** The entities of the text, reading again only the lines whose result may have changed. */
  update(source: LineSource, dictionary: UserDictionary): Entity[] {
    return drain(this.steps(source, dictionary));
  }

  /**
   * `update` in steps: it yields every few thousand characters read, so a
   * caller can answer requests in between (a new text abandons it: the
   * lines read so far are kept for the next).
   */
  *steps(source: LineSource, dictionary: UserDictionary): Generator<void, Entity[]> {
    const { text, units } = source;
    const records: LineRecord[] = [];
    const known = this.records;
    this.records = new Map();
    for (const [i, unit] of units.entries()) {
      const key = keyOf(text, unit);
      const record = known.get(key) ?? newRecord(text, unit);
      records.push(record);
      this.records.set(key, record);
      if ((i + 1) % STEP_ITEMS === 0) yield;
    }
    const budget = new Budget();
    for (const [i, r] of records.entries()) if (!r.begun && (this.begin(source, i, r), budget.spent(r))) yield;
    const names1 = union(records.map((r) => r.vouched));
    yield* this.refreshMentions(source, records, names1, this.names1, 'mentions1');
    this.names1 = names1;
    for (const [i, r] of records.entries()) if (r.speakersFor !== r.mentions1 && (this.speakers(source, i, r), budget.spent(r))) yield;
    const names2 = union(records.map((r) => r.speakers!));
    yield* this.refreshMentions(source, records, names2, this.names2, 'mentions2');
    this.names2 = names2;
    for (const [i, r] of records.entries()) if (r.rulesFor !== rulesKey(r) && (this.finish(source, i, r), budget.spent(r))) yield;
    this.last = { source, records };
    return yield* assemble(source, records, dictionary);
  }

  /** The last text's entities under another user dictionary (a pass over the rules' results). */
  withDictionary(dictionary: UserDictionary): Entity[] {
    return this.last ? drain(assemble(this.last.source, this.last.records, dictionary)) : [];
  }

  /** First step on a new line: the names its context vouches for. */
  private begin(source: LineSource, i: number, r: LineRecord): void {
    const work = this.workOf(source, i, r);
    work.finder.vouched();
    work.steps = 1;
    r.vouched = [...work.finder.names(0)].map(copy);
    r.begun = true;
  }

  /** Second step: other mentions of the first step's names, then names read from what follows them. */
  private speakers(source: LineSource, i: number, r: LineRecord): void {
    const work = this.workAt(source, i, r, 1);
    work.finder.mentions(new Set(split(r.mentions1)));
    const weak = work.finder.speakers();
    Object.assign(work, { steps: 2, mentions1: r.mentions1 });
    r.speakers = [...work.finder.names(weak)].map(copy);
    r.speakersFor = r.mentions1;
  }

  /** Last step: other mentions of the second step's names, then units, slogans and overlaps. */
  private finish(source: LineSource, i: number, r: LineRecord): void {
    const work = this.workAt(source, i, r, 2);
    work.finder.mentions(new Set(split(r.mentions2)));
    r.rules = withPersons(work.ctx, work.finder.sorted(), { from: r.from, to: r.to }).map(ownStrings);
    r.rulesFor = rulesKey(r);
    r.entities = undefined;
    r.work = undefined;
  }

  /** The line's work, redone up to `steps` when it was dropped (the line was read in an earlier version). */
  private workAt(source: LineSource, i: number, r: LineRecord, steps: number): NonNullable<LineRecord['work']> {
    if (r.work && r.work.steps === steps && (steps < 2 || r.work.mentions1 === r.mentions1)) return r.work;
    const work = this.workOf(source, i, r);
    work.finder.vouched();
    if (steps >= 2) {
      work.finder.mentions(new Set(split(r.mentions1)));
      work.finder.speakers();
    }
    Object.assign(work, { steps, mentions1: r.mentions1 });
    return work;
  }

  private workOf(source: LineSource, i: number, r: LineRecord): NonNullable<LineRecord['work']> {
    const from = source.units[i].start - r.from;
    const first = firstLineAt(source.lines, from);
    const ctx = makeContext(source.text.slice(from, from + r.size), wordsBetween(source.text, source.lines, source.words, first, from, from + r.size));
    r.work = { ctx, finder: new PersonFinder(ctx, r.from, r.to), steps: 0 };
    return r.work;
  }

  /**
   * Sets each line's `key` to the names of `names` occurring on it. Only
   * new lines and lines holding a name that came or went since `before`
   * are searched.
   */
  private *refreshMentions(source: LineSource, records: LineRecord[], names: Set<string>, before: Set<string>, key: 'mentions1' | 'mentions2'): Steps<void> {
    const delta = [...names].filter((n) => !before.has(n)).concat([...before].filter((n) => !names.has(n)));
    let trie: Trie<boolean> | undefined;
    for (const [i, r] of records.entries()) {
      if ((i + 1) % STEP_ITEMS === 0) yield;
      if (r[key] !== undefined && (!delta.length || !delta.some((n) => windowOf(source, i, r).includes(n)))) continue;
      trie ??= new Trie([...names].map((n): [string, boolean] => [n, true]));
      r[key] = names.size ? occurring(trie, source.text, source.units[i].start, source.units[i].end) : '';
    }
  }
}

/** What a line's rules were found with: the names of both steps occurring on it. */
function rulesKey(r: LineRecord): string {
  return `${r.mentions1}\u0002${r.mentions2}`;
}

function newRecord(text: string, line: LineSpan): LineRecord {
  const { start, end } = line;
  const from = Math.max(0, start - CONTEXT_BEFORE);
  return { from: start - from, to: end - from, size: Math.min(text.length, end + CONTEXT_AFTER) - from, vouched: [] };
}

/** The window of line `i` in the current text. */
function windowOf(source: LineSource, i: number, r: LineRecord): string {
  const from = source.units[i].start - r.from;
  return source.text.slice(from, from + r.size);
}

/** Characters read between two yields. */
const SLICE_CHARACTERS = 4096;

class Budget {
  private used = 0;

  /** Counts a line read; true when it is time to yield. */
  spent(r: LineRecord): boolean {
    this.used += r.size;
    if (this.used < SLICE_CHARACTERS) return false;
    this.used = 0;
    return true;
  }
}

/** A line's key: the line with its context, and where the line sits in it. */
function keyOf(text: string, line: LineSpan): string {
  const from = Math.max(0, line.start - CONTEXT_BEFORE);
  return `${line.start - from},${line.end - from},${text.slice(from, Math.min(text.length, line.end + CONTEXT_AFTER))}`;
}

/** The first line ending at or after offset `from` (binary search). */
function firstLineAt(lines: LineSpan[], from: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].end < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The names of `trie` that start in [from, to) of `text`, sorted and joined. */
function occurring(trie: Trie<boolean>, text: string, from: number, to: number): string {
  const found = new Set<string>();
  for (let at = from; at < to; at++) {
    if (!trie.hasFirst(text.charCodeAt(at))) continue;
    for (const { length } of trie.all(text, at)) found.add(text.slice(at, at + length));
  }
  return [...found].sort().join('\n');
}

function split(joined: string | undefined): string[] {
  return joined ? joined.split('\n') : [];
}

function union(lists: string[][]): Set<string> {
  const out = new Set<string>();
  for (const l of lists) for (const n of l) out.add(n);
  return out;
}

/** Every line's entities (the dictionary applied) at their offsets in the text. */
function* assemble(source: LineSource, records: LineRecord[], dictionary: UserDictionary): Steps<Entity[]> {
  const out: Entity[] = [];
  for (const [i, r] of records.entries()) {
    if ((i + 1) % STEP_ITEMS === 0) yield;
    if (r.dictionary !== dictionary || !r.entities) {
      const applied = dictionary.entries.length ? applyDictionary(windowOf(source, i, r), r.rules!, dictionary) : r.rules!;
      r.entities = applied.filter((e) => e.start >= r.from && e.start < r.to).map(ownStrings);
      r.dictionary = dictionary;
    }
    const shift = source.units[i].start - r.from;
    for (const e of r.entities) out.push({ ...e, start: e.start + shift, end: e.end + shift });
  }
  return out;
}

/**
 * An entity whose text and title have storage of their own: a long slice
 * would keep the text it was cut from alive as long as the line's record,
 * across versions of the document (V8 copies only short slices).
 */
function ownStrings(e: Entity): Entity {
  if (e.text.length < 13 && (e.title?.length ?? 0) < 13) return e;
  return { ...e, text: copy(e.text), ...(e.title !== undefined ? { title: copy(e.title) } : {}) };
}

function copy(s: string): string {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
