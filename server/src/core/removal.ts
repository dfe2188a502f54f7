/**
 * What to delete to remove paragraphs and nothing else: whole lines with
 * their line break and one blank separator line, or — when a paragraph
 * shares its line with a headline — just the paragraph and the spaces
 * before it. Paragraphs next to each other (only blank lines between) are
 * removed as one block, so the text reads as if they had never been there.
 */
import { lastAtOrBefore, type Line, type Span, splitLines } from './text';

const BLANK = /^[\s\u3000]*$/;

/** The span that removes the paragraph (or run of whole-line paragraphs) `target` from `text`. */
export function removalSpan(text: string, target: Span, lines: Line[] = splitLines(text)): Span {
  const first = lineAt(lines, target.start);
  const last = lineAt(lines, target.end);
  if (!first || !last) return target;
  const before = text.slice(first.start, target.start);
  const after = text.slice(target.end, last.end);
  if (!BLANK.test(before) || !BLANK.test(after)) {
    const lead = before.length - before.trimEnd().length;
    return { start: target.start - (BLANK.test(after) ? lead : 0), end: BLANK.test(after) ? last.end : target.end };
  }
  const next = lines[last.index + 1];
  if (next && last.next < text.length) {
    const end = BLANK.test(text.slice(next.start, next.end)) && next.next > next.start ? next.next : last.next;
    return { start: first.start, end: Math.max(last.next, end) };
  }
  // The last line: take the line break before it (and a blank line before that) instead.
  const prev = lines[first.index - 1];
  if (!prev) return { start: first.start, end: last.end };
  const prevPrev = lines[first.index - 2];
  const start = prevPrev && BLANK.test(text.slice(prev.start, prev.end)) ? prevPrev.end : prev.end;
  return { start, end: last.end };
}

/** The spans that remove all `targets` from `text`, merged, in order. */
export function removalSpans(text: string, targets: Span[]): Span[] {
  const lines = splitLines(text);
  return mergeSpans(runsOf(text, lines, targets).map((run) => removalSpan(text, run, lines)));
}

/** Targets grouped into runs of whole-line paragraphs with only white space between them. */
function runsOf(text: string, lines: Line[], targets: Span[]): Span[] {
  const wholeLine = (s: Span) => {
    const first = lineAt(lines, s.start);
    const last = lineAt(lines, s.end);
    return !!first && !!last && BLANK.test(text.slice(first.start, s.start)) && BLANK.test(text.slice(s.end, last.end));
  };
  const runs: Span[] = [];
  let open: Span | undefined;
  for (const t of [...targets].sort((a, b) => a.start - b.start)) {
    if (open && wholeLine(t) && BLANK.test(text.slice(open.end, t.start))) open.end = Math.max(open.end, t.end);
    else {
      open = wholeLine(t) ? { ...t } : undefined;
      runs.push(open ?? t);
    }
  }
  return runs;
}

/** The line holding `offset` (a line's end counts as inside it). */
function lineAt(lines: Line[], offset: number): Line | undefined {
  const line = lines[lastAtOrBefore(startsOf(lines), offset)];
  return line && line.start <= offset && offset <= line.end ? line : undefined;
}

/** The lines' starts, listed once per list of lines: a search per target must not list them again (10 MB, 8 000 repeats). */
const lineStarts = new WeakMap<Line[], number[]>();

function startsOf(lines: Line[]): number[] {
  let starts = lineStarts.get(lines);
  if (!starts) lineStarts.set(lines, (starts = lines.map((l) => l.start)));
  return starts;
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
