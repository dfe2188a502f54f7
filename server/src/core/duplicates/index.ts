/**
 * An index of the paragraphs of many documents that finds, for each, the
 * earlier paragraph it repeats. Documents are ordered by `compareDocs`, then
 * paragraphs by offset; the later copy is the duplicate.
 *
 * Finding copies costs about the same per paragraph whatever the size of the
 * archive: each paragraph is filed under a few hash keys (minhash.ts) and
 * compared only with the earliest few paragraphs filed under the same keys.
 * An edit re-files only the paragraphs whose text changed.
 */
import { type Match, compareCopies, type Side } from './compare';
import { Judge } from './judge';
import { drain, STEP_ITEMS, type Steps } from '../steps';
import { BANDS, EDGE, EXACT_KEY, HEAD_KEY, KEY_COUNT, keysOf, TAIL_KEY } from './minhash';
import { codePointLength, normalizeForComparison } from './normalize';
import { PostingStore } from './postings';
import { type Block, DEFAULT_DUPLICATE_OPTIONS, type Duplicate, type DuplicateOptions } from './types';

export * from './types';
export { normalizeForComparison } from './normalize';

/** How many of the earliest paragraphs under one band key, and under a head or tail key, are looked at. */
const PER_BAND = 4;
const PER_EDGE = 8;
/**
 * Candidates sharing a single band: a near copy shares several (at similarity
 * 0.8, two or more 99.7 % of the time), a paragraph in the same style one by
 * chance; only the earliest few are compared.
 */
const SINGLE_BAND_CANDIDATES = 6;
/** Postings under a head or tail key looked through for a later whole of a fragment. */
const MAX_LATER_SCAN = 64;
/** Normalised paragraphs kept for comparison: the earliest copies are compared again and again. */
const SIDE_CACHE = 4096;

interface DocRecord {
  key: string;
  rank: number;
  entries: Entry[];
}

interface Entry extends Block {
  id: number;
  doc: DocRecord;
  /** Its best original as last found, and when (see `epoch`). */
  memo?: { epoch: number; found?: { entry: Entry; match: Match } };
}

type Step = 'same' | 'short' | 'differ';

/** Slots of the table recording when paragraphs under each key last changed (keys hashed into it). */
const CHANGE_SLOTS = 1 << 20;

export class DuplicateIndex {
  private readonly docs = new Map<string, DocRecord>();
  private entries: (Entry | undefined)[] = [];
  private keyTable: Uint32Array = new Uint32Array(1024 * KEY_COUNT);
  private readonly postings = new PostingStore();
  private dead = 0;
  private ranksStale = false;
  /**
   * Counts changes. A paragraph's best original depends only on the
   * paragraphs filed under its keys and on the order of the documents, so
   * it is found again only when one of its keys' slot changed since, or the
   * documents were ranked again (slots are shared by chance: more work, never
   * a stale answer).
   */
  private epoch = 1;
  private rankEpoch = 0;
  private readonly keyChanged = new Uint32Array(CHANGE_SLOTS);
  private readonly edge: number;
  private readonly sides = new Map<Entry, Side>();

  constructor(private readonly options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS) {
    this.edge = Math.max(1, Math.min(EDGE, options.minLength));
  }

  /** What the last setDocument or removeDocument filed, and the keys of what it dropped. */
  private changed: { added: Entry[]; removedKeys: Uint32Array[] } = { added: [], removedKeys: [] };

  /** Puts (or replaces) a document's paragraphs; paragraphs whose text is unchanged keep their place. */
  setDocument(doc: string, blocks: Block[]): void {
    this.changed = { added: [], removedKeys: [] };
    let record = this.docs.get(doc);
    if (!record) {
      record = { key: doc, rank: this.docs.size, entries: [] };
      this.docs.set(doc, record);
      this.ranksStale = true;
    }
    const old = record.entries;
    const next: Entry[] = [];
    const reuse = (e: Entry, b: Block) => Object.assign(e, { start: b.start, end: b.end, text: b.text });
    // An edit changes a few paragraphs: the common start and end are matched in order, without hashing every text.
    let [i, j] = [0, 0];
    for (let step: Step; i < blocks.length && (step = this.match(blocks[i], old[j])) !== 'differ'; i++) if (step === 'same') next.push(reuse(old[j++], blocks[i]));
    let [bEnd, eEnd] = [blocks.length, old.length];
    const tail: Entry[] = [];
    for (let step: Step; bEnd > i && (step = this.match(blocks[bEnd - 1], eEnd > j ? old[eEnd - 1] : undefined)) !== 'differ'; bEnd--) {
      if (step === 'same') tail.push(reuse(old[--eEnd], blocks[bEnd - 1]));
    }
    const unused = groupByText(old.slice(j, eEnd));
    // The middle's old paragraphs all come after those kept at the start: none of their starts bars reuse yet.
    let lastKeptStart = -1;
    for (const block of blocks.slice(i, bEnd)) {
      // A new document has nothing to reuse: no need to hash every paragraph's text for the lookup.
      const same = unused.size ? unused.get(block.text) : undefined;
      // Reuse only in the old order, so the sorted postings stay sorted.
      if (same?.length && same[0].start > lastKeptStart && !same[0].title === !block.title) {
        const kept = same.shift()!;
        lastKeptStart = kept.start;
        next.push(reuse(kept, block));
        continue;
      }
      const norm = normalizeForComparison(block.text);
      if (codePointLength(norm) >= this.options.minLength) next.push(this.noteAdded(this.addEntry(record, block, norm)));
    }
    for (const list of unused.values()) for (const e of list) this.removeEntry(this.noteRemoved(e));
    next.push(...tail.reverse());
    record.entries = next;
    if (this.postings.wantsRebuild()) this.rebuild();
  }

  /** Whether a block keeps an old paragraph (same text and kind), is too short ever to be filed, or differs. */
  private match(block: Block, entry: Entry | undefined): Step {
    if (entry && block.text === entry.text && !entry.title === !block.title) return 'same';
    if (entry?.text === block.text) return 'differ';
    return codePointLength(normalizeForComparison(block.text)) < this.options.minLength ? 'short' : 'differ';
  }

  removeDocument(doc: string): void {
    this.changed = { added: [], removedKeys: [] };
    const record = this.docs.get(doc);
    if (!record) return;
    for (const e of record.entries) this.removeEntry(this.noteRemoved(e));
    this.docs.delete(doc);
    this.ranksStale = true;
  }

  /**
   * Whether the last change may have changed the repeats found in `doc`:
   * a paragraph filed or dropped shares a key with one of `doc`'s (no other
   * paragraph can have become a copy of it, or stopped being one).
   */
  mayHaveChanged(doc: string): boolean {
    const record = this.docs.get(doc);
    const { added, removedKeys } = this.changed;
    if (!record || (!added.length && !removedKeys.length)) return false;
    const keys = new Set<number>();
    for (const e of added) if (this.entries[e.id] === e) for (const k of this.keysOf(e.id)) keys.add(k);
    for (const list of removedKeys) for (const k of list) keys.add(k);
    return record.entries.some((e) => this.keysOf(e.id).some((k) => keys.has(k)));
  }

  /** Folds recently filed paragraphs into the sorted postings now (after indexing many), so the next lookup does not. */
  compact(): void {
    this.prepare();
  }

  private noteAdded(e: Entry): Entry {
    this.changed.added.push(e);
    this.noteKeys(this.keysOf(e.id));
    return e;
  }

  /** Keeps a copy of a dropped paragraph's keys: the key table is renumbered at the next rebuild. */
  private noteRemoved(e: Entry): Entry {
    this.changed.removedKeys.push(this.keysOf(e.id).slice());
    this.noteKeys(this.keysOf(e.id));
    return e;
  }

  documents(): string[] {
    return [...this.docs.keys()];
  }

  /** Paragraphs indexed (long enough to be compared). */
  size(): number {
    return this.entries.length - this.dead;
  }

  /** The paragraphs of `doc` that repeat an earlier paragraph, each with its best original. */
  duplicatesOf(doc: string): Duplicate[] {
    return drain(this.duplicateSteps(doc));
  }

  /** `duplicatesOf` in steps, yielding every few thousand paragraphs. */
  *duplicateSteps(doc: string): Steps<Duplicate[]> {
    const record = this.docs.get(doc);
    if (!record) return [];
    const out: Duplicate[] = [];
    for (const [i, entry] of record.entries.entries()) {
      if (i % STEP_ITEMS === 0) {
        if (i) yield;
        // Again after each pause: other documents may have been filed meanwhile.
        this.prepare();
      }
      if (this.entries[entry.id] !== entry) continue;
      const found = this.remembered(entry);
      if (found) out.push(duplicate(entry, found.entry, found.match));
    }
    return out;
  }

  /** The entry's best original, found again only when something it depends on changed. */
  private remembered(x: Entry): { entry: Entry; match: Match } | undefined {
    const memo = x.memo;
    if (memo && memo.epoch > this.rankEpoch && this.unchangedSince(x, memo.epoch)) return memo.found;
    const found = this.bestOriginal(x);
    x.memo = { epoch: this.epoch++, found };
    return found;
  }

  /** No paragraph under any of the entry's keys was filed or dropped since `epoch`. */
  private unchangedSince(x: Entry, epoch: number): boolean {
    const base = x.id * KEY_COUNT;
    for (let i = 0; i < KEY_COUNT; i++) if (this.keyChanged[this.keyTable[base + i] & (CHANGE_SLOTS - 1)] >= epoch) return false;
    return true;
  }

  private noteKeys(keys: ArrayLike<number>): void {
    const now = this.epoch++;
    for (let i = 0; i < keys.length; i++) this.keyChanged[keys[i] & (CHANGE_SLOTS - 1)] = now;
  }

  private addEntry(doc: DocRecord, block: Block, norm: string): Entry {
    const entry: Entry = { id: this.entries.length, doc, start: block.start, end: block.end, text: block.text, title: block.title };
    this.entries.push(entry);
    if (this.keyTable.length < this.entries.length * KEY_COUNT) this.keyTable = grow(this.keyTable, this.entries.length * KEY_COUNT);
    this.keyTable.set(keysOf(block.text, norm, this.edge), entry.id * KEY_COUNT);
    // A headline is never an original, so it is not filed: only looked up.
    if (!entry.title) this.postings.add(entry.id, this.keysOf(entry.id));
    return entry;
  }

  /** Drops a paragraph; its postings stay until the next rebuild and are skipped meanwhile. */
  private removeEntry(entry: Entry): void {
    this.entries[entry.id] = undefined;
    this.dead++;
  }

  private keysOf(id: number): Uint32Array {
    return this.keyTable.subarray(id * KEY_COUNT, (id + 1) * KEY_COUNT);
  }

  /** Brings document ranks up to date, and folds recent postings in when they have grown. */
  private prepare(): void {
    if (this.ranksStale) this.rankDocuments();
    if (this.postings.wantsRebuild(true) || this.dead > Math.max(1024, this.entries.length / 4)) this.rebuild();
  }

  private rankDocuments(): void {
    this.rankEpoch = this.epoch++;
    const sorted = [...this.docs.values()].sort((a, b) => this.options.compareDocs(a.key, b.key));
    sorted.forEach((d, i) => (d.rank = i));
    this.ranksStale = false;
  }

  /** Renumbers live paragraphs in document order and rebuilds the postings sorted by it. */
  private rebuild(): void {
    this.rankDocuments();
    const live = [...this.docs.values()].sort((a, b) => a.rank - b.rank).flatMap((d) => d.entries);
    const keyTable = new Uint32Array(Math.max(1024, live.length) * KEY_COUNT);
    live.forEach((e, i) => {
      keyTable.set(this.keysOf(e.id), i * KEY_COUNT);
      e.id = i;
    });
    this.keyTable = keyTable;
    this.entries = live;
    this.dead = 0;
    const filed = live.filter((e) => !e.title);
    this.postings.rebuild(filed.length, (i) => filed[i].id, (id) => this.keysOf(id), KEY_COUNT);
  }

  private bestOriginal(x: Entry): { entry: Entry; match: Match } | undefined {
    const keys = this.keysOf(x.id);
    const exact = this.earlier(keys[EXACT_KEY], x, 1, (e) => e.text === x.text)[0];
    if (exact) return { entry: exact, match: { kind: 'exact', similarity: 1, contained: true } };
    const judge = new Judge<Entry>(x.text, this.options.nearThreshold, (e) => this.sideOf(e));
    judge.consider(this.bandCandidates(keys, x));
    if (!judge.best || judge.best.match.kind === 'partial') {
      judge.consider([...this.earlier(keys[HEAD_KEY], x, PER_EDGE), ...this.earlier(keys[TAIL_KEY], x, PER_EDGE)].sort(byOrder));
    }
    return judge.best ?? this.laterWhole(keys, x);
  }

  /**
   * A later paragraph of which `x` is the start or the end: a page break cut
   * it, and the whole was printed after. The fragment is flagged too (with
   * the whole as its copy), since removing it is the fix.
   */
  private laterWhole(keys: Uint32Array, x: Entry): { entry: Entry; match: Match } | undefined {
    let self: Side | undefined;
    let found: { entry: Entry; match: Match } | undefined;
    for (const key of [keys[HEAD_KEY] >>> 0, keys[TAIL_KEY] >>> 0]) {
      let scanned = 0;
      const consider = (e: Entry | undefined) => {
        if (!e || e === x || isBefore(e, x) || e.text.length <= x.text.length || (found && byOrder(found.entry, e) < 0)) return;
        self ??= { text: x.text, norm: normalizeForComparison(x.text) };
        const match = compareCopies(self, this.sideOf(e), this.options.nearThreshold);
        if (match?.kind === 'partial' && match.fragment === 'self') found = { entry: e, match };
      };
      for (let i = this.postings.bulkStart(key); this.postings.bulkKey(i) === key && scanned++ < MAX_LATER_SCAN; i++) consider(this.entries[this.postings.bulkId(i)]);
      for (const id of this.postings.recent(key)) consider(this.entries[id]);
    }
    return found;
  }

  /** A paragraph's normalised form (and, once compared, its character pairs), from a small LRU cache. */
  private sideOf(e: Entry): Side {
    let side = this.sides.get(e);
    if (side && side.text === e.text) {
      this.sides.delete(e);
    } else {
      side = { text: e.text, norm: normalizeForComparison(e.text) };
      if (this.sides.size >= SIDE_CACHE) this.sides.delete(this.sides.keys().next().value!);
    }
    this.sides.set(e, side);
    return side;
  }

  /** Earlier paragraphs sharing a band with `x`: those sharing most bands first, then the earliest. */
  private bandCandidates(keys: Uint32Array, x: Entry): Entry[] {
    let hits: Map<Entry, number> | undefined;
    for (let b = 0; b < BANDS; b++) {
      for (const e of this.earlier(keys[b], x, PER_BAND)) (hits ??= new Map()).set(e, (hits.get(e) ?? 0) + 1);
    }
    if (!hits) return NO_ENTRIES;
    const ranked = [...hits].sort((a, b) => b[1] - a[1] || byOrder(a[0], b[0]));
    const several = ranked.findIndex(([, n]) => n < 2);
    return (several < 0 ? ranked : ranked.slice(0, several + SINGLE_BAND_CANDIDATES)).map(([e]) => e);
  }

  /** The earliest `limit` live paragraphs filed under `key` that come before `x` and pass `test`. */
  private earlier(key: number, x: Entry, limit: number, test?: (e: Entry) => boolean): Entry[] {
    let out: Entry[] | undefined;
    const k = key >>> 0;
    for (let i = this.postings.bulkStart(k); this.postings.bulkKey(i) === k && (out?.length ?? 0) < limit; i++) {
      const e = this.entries[this.postings.bulkId(i)];
      if (!e || e === x) continue;
      if (!isBefore(e, x)) break; // the bulk part is in document order
      if (!test || test(e)) (out ??= []).push(e);
    }
    const bulk = out?.length ?? 0;
    for (const id of this.postings.recent(k)) {
      const e = this.entries[id];
      if (e && e !== x && isBefore(e, x) && (!test || test(e))) (out ??= []).push(e);
    }
    if (!out) return NO_ENTRIES;
    return out.length === bulk ? out : out.sort(byOrder).slice(0, limit);
  }
}

const NO_ENTRIES: Entry[] = [];

function isBefore(a: Entry, b: Entry): boolean {
  return a.doc === b.doc ? a.start < b.start : a.doc.rank < b.doc.rank;
}

function byOrder(a: Entry, b: Entry): number {
  return a.doc.rank - b.doc.rank || a.start - b.start;
}

function duplicate(x: Entry, original: Entry, match: Match): Duplicate {
  return {
    start: x.start,
    end: x.end,
    ...match,
    original: { doc: original.doc.key, start: original.start, end: original.end },
  };
}

function groupByText(entries: Entry[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = out.get(e.text);
    if (list) list.push(e);
    else out.set(e.text, [e]);
  }
  return out;
}

function grow(table: Uint32Array, atLeast: number): Uint32Array {
  const next = new Uint32Array(Math.max(atLeast, table.length * 2));
  next.set(table);
  return next;
}
