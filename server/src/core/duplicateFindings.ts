/** Repeated paragraphs as findings (with the earlier copy as related span), and back. */
import { DUPLICATE_CODE } from './checks';
import type { Duplicate } from './duplicates/index';
import { duplicateMessage, type Lang, originalLabel, placeText } from './messages';
import type { Finding } from './model';
import { lastAtOrBefore, splitLines } from './text';

/** How the finding names another document, and where its text is (for the line of the earlier copy). */
export interface FindingContext {
  lang: Lang;
  textOf: (doc: string) => string | undefined;
  displayName: (doc: string) => string;
}

/** The finding of a repeat found in `doc`. */
export function duplicateFinding(doc: string, d: Duplicate, ctx: FindingContext): Finding {
  const line = lineAt(ctx.textOf(d.original.doc) ?? '', d.original.start);
  const place = placeText(ctx.lang, line, d.original.doc === doc ? undefined : ctx.displayName(d.original.doc));
  const role = d.kind !== 'partial' ? 'earlier' : d.fragment === 'original' ? 'fragment' : 'whole';
  return {
    code: DUPLICATE_CODE,
    severity: 'warning',
    start: d.start,
    end: d.end,
    message: duplicateMessage(ctx.lang, d, place),
    data: { kind: d.kind, similarity: d.similarity, contained: d.contained, ...(d.fragment ? { fragment: d.fragment } : {}) },
    related: [{ ...d.original, message: originalLabel(ctx.lang, role) }],
  };
}

/** The repeat a `duplicate-paragraph` finding describes (the inverse of duplicateFinding). */
export function duplicateOfFinding(f: Finding): Duplicate | undefined {
  const data = (f.data ?? {}) as Partial<Pick<Duplicate, 'kind' | 'similarity' | 'contained' | 'fragment'>>;
  const original = f.related[0];
  if (f.code !== DUPLICATE_CODE || !data.kind || !original) return undefined;
  return {
    start: f.start,
    end: f.end,
    kind: data.kind,
    similarity: data.similarity ?? 0,
    contained: data.contained === true,
    fragment: data.fragment,
    original: { doc: original.doc, start: original.start, end: original.end },
  };
}

/** The 0-based line of `offset`; the line starts of the last few texts are kept, as one text has many findings. */
function lineAt(text: string, offset: number): number {
  let starts = lineStarts.get(text);
  if (!starts) {
    starts = splitLines(text).map((l) => l.start);
    if (lineStarts.size >= 8) lineStarts.delete(lineStarts.keys().next().value!);
    lineStarts.set(text, starts);
  }
  return lastAtOrBefore(starts, offset);
}

const lineStarts = new Map<string, number[]>();
