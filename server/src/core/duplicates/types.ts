/**
 * The shapes of the repeated-paragraph search: the blocks that go in, the
 * repeats that come out, and the options that tune it.
 */
import type { Span } from '../text';

export type DuplicateKind = 'exact' | 'near' | 'partial';

/** A paragraph to compare: its trimmed text and where it sits. */
export interface Block extends Span {
  text: string;
  /** Read as a headline: flagged when it repeats a paragraph, never taken for an original. */
  title?: boolean;
}

/** Where the earlier copy is. */
export interface CopyRef extends Span {
  doc: string;
}

/** A paragraph that repeats an earlier one. The span is the later copy. */
export interface Duplicate extends Span {
  kind: DuplicateKind;
  /** 0–1: shared character pairs (near), or how much of the whole the fragment reproduces (partial). */
  similarity: number;
  /** The earlier copy — or, for a fragment printed before its whole, the later complete copy. */
  original: CopyRef;
  /** For `partial`: which copy is cut short — this one (`self`) or the earlier one (`original`). */
  fragment?: 'self' | 'original';
  /**
   * The text that the fix removes is literally inside the other copy (after
   * folding spaces and punctuation widths): this copy's for exact and near,
   * the fragment's for partial. Near at similarity 1 means the same text.
   */
  contained: boolean;
}

export interface DuplicateOptions {
  /** Orders documents: the copy in the earlier document is the original. */
  compareDocs: (a: string, b: string) => number;
  /** Paragraphs shorter than this (normalised characters) are never duplicates. */
  minLength: number;
  /** Similarity (character-pair Jaccard) at or above which two paragraphs are near duplicates. */
  nearThreshold: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = {
  compareDocs: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  minLength: 16,
  nearThreshold: 0.75,
};
