/**
 * Repeated paragraphs within and across bulletins: `exact` (same text once
 * spaces and punctuation widths are normalised), `near` (a few characters
 * changed) and `partial` (one copy cut short by a page break). The later copy
 * is the duplicate; documents are ordered by their key (the path), then by
 * offset, as the export orders files.
 */
import type { Span } from './text';

export type DuplicateKind = 'exact' | 'near' | 'partial';

export interface Block extends Span {
  text: string;
}

export interface Duplicate extends Span {
  kind: DuplicateKind;
  similarity: number;
  /** The earlier copy. */
  original: { doc: string; start: number; end: number };
}

export interface DuplicateOptions {
  /** Orders documents: the copy in the earlier document is the original. */
  compareDocs: (a: string, b: string) => number;
  /** Paragraphs shorter than this (normalised characters) are never duplicates. */
  minLength: number;
  /** Shingle Jaccard similarity at or above which two paragraphs are near duplicates. */
  nearThreshold: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = {
  compareDocs: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  minLength: 16,
  nearThreshold: 0.75,
};

const SHINGLE = 3;
const ANCHOR = 6;
const WINDOW = 6;

interface Entry {
  doc: string;
  block: Block;
  norm: string;
  shingles: Set<string>;
}

/** Normalises a paragraph for comparison: NFKC (full-width → half-width), no spaces, lower case. */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]/g, '').toLowerCase();
}

function shinglesOf(norm: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= norm.length; i++) out.add(norm.slice(i, i + SHINGLE));
  return out;
}

/** An index of the paragraphs of many documents that finds, for each, its earlier copy. */
export class DuplicateIndex {
  private readonly docs = new Map<string, Entry[]>();
  private readonly exact = new Map<string, Entry[]>();
  private readonly anchors = new Map<string, Set<Entry>>();

  constructor(private readonly options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS) {}

  /** Puts (or replaces) a document's paragraphs in the index. */
  setDocument(doc: string, blocks: Block[]): void {
    this.removeDocument(doc);
    const entries: Entry[] = [];
    for (const block of blocks) {
      const norm = normalizeForComparison(block.text);
      if ([...norm].length < this.options.minLength) continue;
      const entry: Entry = { doc, block, norm, shingles: shinglesOf(norm) };
      entries.push(entry);
      push(this.exact, norm, entry);
      for (const a of anchorsOf(norm)) addTo(this.anchors, a, entry);
    }
    this.docs.set(doc, entries);
  }

  removeDocument(doc: string): void {
    const entries = this.docs.get(doc);
    if (!entries) return;
    for (const e of entries) {
      remove(this.exact, e.norm, e);
      for (const a of anchorsOf(e.norm)) this.anchors.get(a)?.delete(e);
    }
    this.docs.delete(doc);
  }

  documents(): string[] {
    return [...this.docs.keys()];
  }

  /** The paragraphs of `doc` that repeat an earlier paragraph, with the best original for each. */
  duplicatesOf(doc: string): Duplicate[] {
    const out: Duplicate[] = [];
    for (const entry of this.docs.get(doc) ?? []) {
      const found = this.bestOriginal(entry);
      if (found) out.push(found);
    }
    return out;
  }

  private bestOriginal(entry: Entry): Duplicate | undefined {
    const isEarlier = (a: Entry, b: Entry) => {
      const byDoc = this.options.compareDocs(a.doc, b.doc);
      return byDoc < 0 || (byDoc === 0 && a.block.start < b.block.start);
    };
    const same = (this.exact.get(entry.norm) ?? []).filter((o) => isEarlier(o, entry));
    if (same.length) return duplicate(entry, same.reduce((a, b) => (isEarlier(b, a) ? b : a)), 'exact', 1);
    let best: Duplicate | undefined;
    for (const other of this.candidates(entry)) {
      if (!isEarlier(other, entry) && !(isPartial(entry, other) && other.norm.length > entry.norm.length)) continue;
      const found = this.compare(entry, other);
      if (found && (!best || found.similarity > best.similarity)) best = found;
    }
    return best;
  }

  private candidates(entry: Entry): Set<Entry> {
    const out = new Set<Entry>();
    for (const a of anchorsOf(entry.norm)) for (const e of this.anchors.get(a) ?? []) if (e !== entry) out.add(e);
    return out;
  }

  private compare(entry: Entry, other: Entry): Duplicate | undefined {
    if (isPartial(entry, other)) {
      // The shorter copy is the fragment; it is flagged whichever came first, so removing it keeps the whole.
      if (entry.norm.length < other.norm.length) return duplicate(entry, other, 'partial', entry.norm.length / other.norm.length);
      return undefined;
    }
    const similarity = jaccard(entry.shingles, other.shingles);
    return similarity >= this.options.nearThreshold ? duplicate(entry, other, 'near', similarity) : undefined;
  }
}

/** One copy is a proper prefix or suffix of the other (a page break cut it). */
function isPartial(a: Entry, b: Entry): boolean {
  const [short, long] = a.norm.length < b.norm.length ? [a.norm, b.norm] : [b.norm, a.norm];
  if (short.length === long.length) return false;
  return long.startsWith(short) || long.endsWith(short);
}

function duplicate(entry: Entry, original: Entry, kind: DuplicateKind, similarity: number): Duplicate {
  return {
    start: entry.block.start,
    end: entry.block.end,
    kind,
    similarity: Math.round(similarity * 100) / 100,
    original: { doc: original.doc, start: original.block.start, end: original.block.end },
  };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/**
 * Anchor shingles by winnowing: in every window of WINDOW consecutive
 * ANCHOR-grams the one with the smallest hash. Two texts that share a run of
 * ANCHOR + WINDOW - 1 characters share an anchor, wherever the run sits.
 */
function anchorsOf(norm: string): string[] {
  if (norm.length <= ANCHOR) return [norm];
  const grams: string[] = [];
  const hashes: number[] = [];
  for (let i = 0; i + ANCHOR <= norm.length; i++) {
    const g = norm.slice(i, i + ANCHOR);
    grams.push(g);
    hashes.push(hashString(g));
  }
  const out = new Set<string>();
  for (let w = 0; w + WINDOW <= Math.max(WINDOW, grams.length); w++) {
    let min = w;
    for (let i = w + 1; i < Math.min(grams.length, w + WINDOW); i++) if (hashes[i] < hashes[min]) min = i;
    out.add(grams[min]);
  }
  return [...out];
}

/** FNV-1a over UTF-16 code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remove<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  if (!list.length) map.delete(key);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
