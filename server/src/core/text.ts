/**
 * Lines and paragraphs of a bulletin, as UTF-16 offsets into the text.
 * A paragraph is one non-blank line: bulletins are typed one paragraph per
 * line, with or without a blank line between.
 */
import { drain, STEP_ITEMS, type Steps } from './steps';

/** A span of text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** One line without its line break; `next` is where the following line starts. */
export interface Line extends Span {
  index: number;
  next: number;
}

/** A non-blank line with surrounding white space trimmed off. */
export interface Paragraph extends Span {
  index: number;
  line: number;
  text: string;
}

/** Spaces a bulletin uses for padding: ASCII, ideographic (U+3000), no-break, tabs. */
export const SPACE_CLASS = '[\\s\\u3000\\u00a0\\ufeff]';
const LEADING_SPACE = new RegExp(`^${SPACE_CLASS}+`);
const TRAILING_SPACE = new RegExp(`${SPACE_CLASS}+$`);

/** Splits text into lines on LF, CRLF or a lone CR. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ index: lines.length, start, end: i, next });
    start = next;
    i = next - 1;
  }
  lines.push({ index: lines.length, start, end: text.length, next: text.length });
  return lines;
}

/** The span of `text.slice(start, end)` without leading and trailing spaces. */
export function trimSpan(text: string, start: number, end: number): Span {
  const slice = text.slice(start, end);
  const lead = LEADING_SPACE.exec(slice)?.[0].length ?? 0;
  if (lead === slice.length) return { start: end, end };
  const trail = TRAILING_SPACE.exec(slice)?.[0].length ?? 0;
  return { start: start + lead, end: end - trail };
}

/** Every non-blank line as a trimmed paragraph. */
export function splitParagraphs(text: string, lines: Line[] = splitLines(text)): Paragraph[] {
  return drain(paragraphSteps(text, lines));
}

/** `splitParagraphs` in steps, yielding every few thousand lines (a 10 MB text has 200 000). */
export function* paragraphSteps(text: string, lines: Line[] = splitLines(text)): Steps<Paragraph[]> {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    if ((line.index + 1) % STEP_ITEMS === 0) yield;
    const span = trimSpan(text, line.start, line.end);
    if (span.start >= span.end) continue;
    paragraphs.push({ index: paragraphs.length, line: line.index, ...span, text: text.slice(span.start, span.end) });
  }
  return paragraphs;
}

/** The index of the last of `sorted` (ascending) at or before `value`; 0 when there is none. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True for a Han ideograph (BMP blocks and the supplementary planes' extensions). */
export function isHan(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f)
  );
}

/** Counts Han characters in a string (a character outside the BMP counts once). */
export function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (isHan(ch.codePointAt(0)!)) n++;
  return n;
}
