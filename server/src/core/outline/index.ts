/**
 * The outline of a bulletin — masthead, sections, articles (headline,
 * kicker, subtitle, byline, date, body), subheads, bullet items, teasers,
 * continuations and the closing block — found from the evidence a reader
 * uses, in two linear passes: each line alone (lines.ts), then each line in
 * its context (build.ts).
 */
import type { OutlineNode } from '../model';
import type { RawTagger } from '../segmenter';
import type { Paragraph } from '../text';
import { OutlineBuilder } from './build';
import { readLayout } from './headlines';
import type { ParagraphMemo } from '../paragraphMemo';
import { drain, type Steps } from '../steps';
import { classifySteps, type LineInfo } from './lines';

export { inlineHeadOf } from './lines';
import { findClosing, findMasthead } from './masthead';
import { finish } from './nodes';

/**
 * Builds the outline from a text's paragraphs. The tagger, when given, lets
 * a line cut by a page break (a word runs on into the next paragraph) be told
 * from a subhead.
 */
export function buildOutline(paragraphs: Paragraph[], tagger?: RawTagger, memo?: ParagraphMemo<LineInfo>): OutlineNode[] {
  return drain(outlineSteps(paragraphs, tagger, memo));
}

/** `buildOutline` in steps (a long text's outline takes a few hundred milliseconds). */
export function* outlineSteps(paragraphs: Paragraph[], tagger?: RawTagger, memo?: ParagraphMemo<LineInfo>): Steps<OutlineNode[]> {
  const lines = yield* classifySteps(paragraphs, memo);
  const masthead = findMasthead(lines);
  const closing = findClosing(lines, masthead.end);
  const layout = readLayout(lines, masthead.end, closing.start);
  yield;
  const body = yield* new OutlineBuilder(lines, masthead.end, closing.start, layout, tagger).buildSteps();
  const nodes = [...(masthead.node ? [masthead.node] : []), ...body, ...(closing.node ? [closing.node] : [])];
  finish(nodes);
  return nodes;
}
