/**
 * What to delete to remove a paragraph and nothing else: the whole line with
 * its line break and one blank separator line, or — when the paragraph shares
 * its line with a headline — just the paragraph and the spaces before it.
 */
import { type Span, splitLines } from './text';

const BLANK = /^[\s\u3000]*$/;

/** The span that removes the paragraph `target` from `text`. */
export function removalSpan(text: string, target: Span): Span {
  const lines = splitLines(text);
  const line = lines.find((l) => l.start <= target.start && target.start <= l.end);
  if (!line) return target;
  const before = text.slice(line.start, target.start);
  const after = text.slice(target.end, line.end);
  if (!BLANK.test(before) || !BLANK.test(after)) {
    const lead = before.length - before.trimEnd().length;
    return { start: target.start - (BLANK.test(after) ? lead : 0), end: BLANK.test(after) ? line.end : target.end };
  }
  const next = lines[line.index + 1];
  if (next && line.next < text.length) {
    const end = next && BLANK.test(text.slice(next.start, next.end)) && next.next > next.start ? next.next : line.next;
    return { start: line.start, end: Math.max(line.next, end) };
  }
  // Last line: take the line break before it (and a blank line before that) instead.
  const prev = lines[line.index - 1];
  if (!prev) return { start: line.start, end: line.end };
  const prevPrev = lines[line.index - 2];
  const start = prevPrev && BLANK.test(text.slice(prev.start, prev.end)) ? prevPrev.end : prev.end;
  return { start, end: line.end };
}

/** Merges overlapping or touching spans (for removing many paragraphs at once). */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
