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
import { BANDS, EDGE, EXACT_KEY, HEAD_KEY, KEY_COUNT, keysOfText, TAIL_KEY } from './minhash';
import { codePointLength, normalizeForComparison } from './normalize';
import { PostingStore } from './postings';
import { type Block, DEFAULT_DUPLICATE_OPTIONS, type Duplicate, type DuplicateOptions } from './types';

export * from './types';
export { normalizeForComparison } from './normalize';

/** How many of the earliest paragraphs under one band key, and under a head or tail key, are looked at. */
const PER_BAND = 4;
const PER_EDGE = 8;
/** Per round of candidates: at most this many comparisons, and none once this many copies are confirmed. */
const MAX_COMPARISONS = 16;
const ENOUGH_MATCHES = 3;

interface DocRecord {
  key: string;
  rank: number;
  entries: Entry[];
}

interface Entry extends Block {
  id: number;
  doc: DocRecord;
}

export class DuplicateIndex {
  private readonly docs = new Map<string, DocRecord>();
  private entries: (Entry | undefined)[] = [];
  private keyTable: Uint32Array = new Uint32Array(1024 * KEY_COUNT);
  private readonly postings = new PostingStore();
  private dead = 0;
  private ranksStale = false;
  private readonly edge: number;

  constructor(private readonly options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS) {
    this.edge = Math.max(1, Math.min(EDGE, options.minLength));
  }

  /** Puts (or replaces) a document's paragraphs; paragraphs whose text is unchanged keep their place. */
  setDocument(doc: string, blocks: Block[]): void {
    let record = this.docs.get(doc);
    if (!record) {
      record = { key: doc, rank: this.docs.size, entries: [] };
      this.docs.set(doc, record);
      this.ranksStale = true;
    }
    const unused = groupByText(record.entries);
    const next: Entry[] = [];
    let lastKeptStart = -1;
    for (const block of blocks) {
      if (codePointLength(normalizeForComparison(block.text)) < this.options.minLength) continue;
      const same = unused.get(block.text);
      // Reuse only in the old order, so the sorted postings stay sorted.
      if (same?.length && same[0].start > lastKeptStart) {
        const kept = same.shift()!;
        lastKeptStart = kept.start;
        next.push(Object.assign(kept, { start: block.start, end: block.end, text: block.text }));
      } else next.push(this.addEntry(record, block));
    }
    for (const list of unused.values()) for (const e of list) this.removeEntry(e);
    record.entries = next;
    if (this.postings.wantsRebuild()) this.rebuild();
  }

  removeDocument(doc: string): void {
    const record = this.docs.get(doc);
    if (!record) return;
    for (const e of record.entries) this.removeEntry(e);
    this.docs.delete(doc);
    this.ranksStale = true;
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
    const record = this.docs.get(doc);
    if (!record) return [];
    this.prepare();
    const out: Duplicate[] = [];
    for (const entry of record.entries) {
      const found = this.bestOriginal(entry);
      if (found) out.push(found);
    }
    return out;
  }

  private addEntry(doc: DocRecord, block: Block): Entry {
    const entry: Entry = { id: this.entries.length, doc, start: block.start, end: block.end, text: block.text };
    this.entries.push(entry);
    if (this.keyTable.length < this.entries.length * KEY_COUNT) this.keyTable = grow(this.keyTable, this.entries.length * KEY_COUNT);
    this.keyTable.set(keysOfText(block.text, this.edge), entry.id * KEY_COUNT);
    this.postings.add(entry.id, this.keysOf(entry.id));
    return entry;
  }

  private removeEntry(entry: Entry): void {
    this.postings.remove(entry.id, this.keysOf(entry.id));
    this.entries[entry.id] = undefined;
    this.dead++;
  }

  private keysOf(id: number): Uint32Array {
    return this.keyTable.subarray(id * KEY_COUNT, (id + 1) * KEY_COUNT);
  }

  /** Brings document ranks up to date, and folds recent postings in when they have grown. */
  private prepare(): void {
    if (this.ranksStale) this.rankDocuments();
    if (this.postings.wantsRebuild() || this.dead > Math.max(1024, this.entries.length / 4)) this.rebuild();
  }

  private rankDocuments(): void {
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
    this.postings.rebuild(live.length, (i) => i, (id) => this.keysOf(id), KEY_COUNT);
  }

  private bestOriginal(x: Entry): Duplicate | undefined {
    const keys = this.keysOf(x.id);
    const exact = this.earlier(keys[EXACT_KEY], x, 1, (e) => e.text === x.text)[0];
    if (exact) return duplicate(x, exact, { kind: 'exact', similarity: 1, contained: true });
    const judge = new Judge(x.text, this.options.nearThreshold);
    judge.consider(this.bandCandidates(keys, x));
    if (!judge.best || judge.best.match.kind === 'partial') {
      judge.consider([...this.earlier(keys[HEAD_KEY], x, PER_EDGE), ...this.earlier(keys[TAIL_KEY], x, PER_EDGE)].sort(byOrder));
    }
    return judge.best && duplicate(x, judge.best.entry, judge.best.match);
  }

  /** Earlier paragraphs sharing a band with `x`: those sharing most bands first, then the earliest. */
  private bandCandidates(keys: Uint32Array, x: Entry): Entry[] {
    const hits = new Map<Entry, number>();
    for (let b = 0; b < BANDS; b++) for (const e of this.earlier(keys[b], x, PER_BAND)) hits.set(e, (hits.get(e) ?? 0) + 1);
    return [...hits].sort((a, b) => b[1] - a[1] || byOrder(a[0], b[0])).map(([e]) => e);
  }

  /** The earliest `limit` live paragraphs filed under `key` that come before `x` (and pass `test`). */
  private earlier(key: number, x: Entry, limit: number, test: (e: Entry) => boolean = () => true): Entry[] {
    const out: Entry[] = [];
    const [lo, hi] = this.postings.bulkRange(key);
    for (let i = lo; i < hi && out.length < limit; i++) {
      const e = this.entries[this.postings.bulkId(i)];
      if (!e || e === x) continue;
      if (!isBefore(e, x)) break; // the bulk part is in document order
      if (test(e)) out.push(e);
    }
    for (const id of this.postings.recent(key)) {
      const e = this.entries[id];
      if (e && e !== x && isBefore(e, x) && test(e)) out.push(e);
    }
    return out.sort(byOrder).slice(0, limit);
  }
}

function isBefore(a: Entry, b: Entry): boolean {
  return a.doc === b.doc ? a.start < b.start : a.doc.rank < b.doc.rank;
}

function byOrder(a: Entry, b: Entry): number {
  return a.doc.rank - b.doc.rank || a.start - b.start;
}

/** Compares one paragraph with candidates (each distinct text once) and keeps the best copy. */
class Judge {
  best: { entry: Entry; match: Match } | undefined;
  private readonly seen = new Set<string>();
  private readonly self: Side;

  constructor(text: string, private readonly threshold: number) {
    this.self = { text, norm: normalizeForComparison(text) };
  }

  /** Candidates in order of preference; stops early when enough copies are confirmed. */
  consider(candidates: Entry[]): void {
    let compared = 0;
    let confirmed = 0;
    for (const e of candidates) {
      if (compared >= MAX_COMPARISONS || confirmed >= ENOUGH_MATCHES) return;
      if (this.seen.has(e.text)) continue;
      this.seen.add(e.text);
      compared++;
      const match = compareCopies(this.self, { text: e.text, norm: normalizeForComparison(e.text) }, this.threshold);
      if (!match) continue;
      confirmed++;
      if (!this.best || better(match, this.best.match)) this.best = { entry: e, match };
    }
  }
}

const KIND_RANK = { exact: 3, near: 2, partial: 1 };

function better(a: Match, b: Match): boolean {
  return KIND_RANK[a.kind] > KIND_RANK[b.kind] || (a.kind === b.kind && a.similarity > b.similarity);
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
