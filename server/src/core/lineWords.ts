/**
 * jieba's words line by line, kept compactly and reused while a line's text
 * stays the same. A line feed is one of jieba's separators: it never runs a
 * word across one, so the words of a text are the words of its lines end to
 * end (each line feed a word of its own, tagged `x`). After an edit only the
 * lines typed into are tagged again; lines not yet tagged go to jieba in one
 * call, joined by line feeds.
 */
import { type RawTagger, type TaggedWord, tagWithOffsets } from './segmenter';

/** The words of one line: offsets into the line and tag numbers, in order. */
export interface LineWords {
  starts: Uint32Array;
  ends: Uint32Array;
  tags: Uint8Array;
}

/** A line of a text: [start, end) without its line feed. */
export interface LineSpan {
  start: number;
  end: number;
}

const TAG_NAMES: string[] = [];
const TAG_IDS = new Map<string, number>();

function tagId(tag: string): number {
  let id = TAG_IDS.get(tag);
  if (id === undefined) {
    id = TAG_NAMES.length;
    if (id > 255) throw new Error(`more than 256 part-of-speech tags (${tag})`);
    TAG_NAMES.push(tag);
    TAG_IDS.set(tag, id);
  }
  return id;
}

/** The lines of a text, split at line feeds (a carriage return stays with its line, as jieba sees it). */
export function splitAtLineFeeds(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
    lines.push({ start, end: at });
    start = at + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Characters sent to jieba in one call when many lines are new (about 10 ms of tagging). */
const BATCH_CHARACTERS = 32768;

export class LineTagger {
  private cache = new Map<string, LineWords>();

  constructor(private readonly tagger: RawTagger) {}

  /** The words of each line, tagging those not seen before. */
  wordsOf(lines: string[]): LineWords[] {
    for (const _ of this.tagMissing(lines));
    return lines.map((l) => this.cache.get(l)!);
  }

  /** Tags the lines not seen before, a batch of them at a time, yielding after each batch. */
  *tagMissing(lines: string[]): Generator<void> {
    let batch: string[] = [];
    let size = 0;
    for (const line of new Set(lines)) {
      if (this.cache.has(line)) continue;
      batch.push(line);
      size += line.length + 1;
      if (size < BATCH_CHARACTERS) continue;
      this.tagBatch(batch);
      [batch, size] = [[], 0];
      yield;
    }
    if (batch.length) this.tagBatch(batch);
  }

  /** Forgets every line but these (the text's current lines), so the cache stays the size of the text. */
  retain(lines: string[]): void {
    const kept = new Map<string, LineWords>();
    for (const l of lines) {
      const words = this.cache.get(l);
      if (words) kept.set(l, words);
    }
    this.cache = kept;
  }

  private tagBatch(lines: string[]): void {
    const joined = lines.join('\n');
    const words = tagWithOffsets(this.tagger, joined);
    let w = 0;
    let lineStart = 0;
    for (const line of lines) {
      const lineEnd = lineStart + line.length;
      while (w < words.length && words[w].end <= lineStart) w++;
      const first = w;
      while (w < words.length && words[w].start < lineEnd) w++;
      this.cache.set(line, compact(words, first, w, lineStart));
      lineStart = lineEnd + 1;
    }
  }
}

function compact(words: TaggedWord[], from: number, to: number, base: number): LineWords {
  const n = to - from;
  const out: LineWords = { starts: new Uint32Array(n), ends: new Uint32Array(n), tags: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const w = words[from + i];
    out.starts[i] = w.start - base;
    out.ends[i] = w.end - base;
    out.tags[i] = tagId(w.tag);
  }
  return out;
}

/**
 * The words of `text.slice(from, to)`, offsets relative to `from`: those of
 * the lines it spans, cut at its ends, and a word for each line feed.
 */
export function wordsBetween(text: string, lines: LineSpan[], words: (line: number) => LineWords, firstLine: number, from: number, to: number): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = firstLine; i < lines.length && lines[i].start <= to; i++) {
    const { start, end } = lines[i];
    const lw = words(i);
    for (let k = 0; k < lw.starts.length; k++) {
      const s = Math.max(from, start + lw.starts[k]);
      const e = Math.min(to, start + lw.ends[k]);
      if (e > s) out.push({ word: text.slice(s, e), tag: TAG_NAMES[lw.tags[k]], start: s - from, end: e - from });
    }
    if (end >= from && end < to && end < text.length) out.push({ word: '\n', tag: 'x', start: end - from, end: end + 1 - from });
  }
  return out;
}
