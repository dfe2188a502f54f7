/**
 * Choosing a paragraph's best original among candidates: each distinct
 * text compared once, a bounded number of comparisons per round, exact
 * before near before partial, then the most similar.
 */
import { type Match, compareCopies, type Side } from './compare';
import { normalizeForComparison } from './normalize';

/** Per round of candidates: at most this many comparisons, and none once this many copies are confirmed. */
const MAX_COMPARISONS = 16;
const ENOUGH_MATCHES = 3;

/** Compares one paragraph with candidates (each distinct text once) and keeps the best copy. */
export class Judge<E extends { text: string }> {
  best: { entry: E; match: Match } | undefined;
  private readonly seen = new Set<string>();
  private self: Side | undefined;

  constructor(
    private readonly text: string,
    private readonly threshold: number,
    private readonly sideOf: (e: E) => Side,
  ) {}

  /** Candidates in order of preference; stops early when enough copies are confirmed. */
  consider(candidates: E[]): void {
    let compared = 0;
    let confirmed = 0;
    for (const e of candidates) {
      if (compared >= MAX_COMPARISONS || confirmed >= ENOUGH_MATCHES) return;
      if (this.seen.has(e.text)) continue;
      this.seen.add(e.text);
      compared++;
      this.self ??= { text: this.text, norm: normalizeForComparison(this.text) };
      const match = compareCopies(this.self, this.sideOf(e), this.threshold);
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
