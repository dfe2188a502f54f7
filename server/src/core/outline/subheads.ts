/**
 * When a short line inside an article is a subhead: where a reader sees
 * one — in a feature or a continuation, in news whose articles all open with
 * a lead, set off by less space than the articles, or numbered (一、…) — between a finished paragraph (or the
 * feature's head) and a paragraph that starts afresh, no word running on
 * across the break (that line was cut by a page break).
 */
import type { OutlineNode } from '../model';
import type { RawTagger } from '../segmenter';
import { MIN_BODY_AFTER } from './headlines';
import { wordAcross } from './junction';
import type { LineInfo } from './lines';
import { continuesSentence, endsSentence, isFirstPart, isNumberedPart } from './shape';

const MAX_SUBHEAD_LENGTH = 24;

/** What the reader is in when the line comes. */
export interface SubheadContext {
  /** The article (or continuation) being read, not yet signed off. */
  node: OutlineNode;
  /** It is a feature or a continuation. */
  feature: boolean;
  /** The articles open with a lead. */
  leadDriven: boolean;
  /** The line is set off by a paragraph gap only, where the issue sets articles off with more. */
  inFlow: boolean;
  /** It has a subhead already. */
  hasSubhead: boolean;
  tagger?: RawTagger;
}

export function isSubhead(lines: LineInfo[], i: number, to: number, ctx: SubheadContext): boolean {
  const { node } = ctx;
  const title = lines[i].head!.text;
  if (node.kind === 'item' || [...title].length > MAX_SUBHEAD_LENGTH) return false;
  // A numbered line under a headline numbered the same way is its sibling, not its part.
  if (isNumberedPart(title) ? isNumberedPart(node.title) : !ctx.feature && !ctx.leadDriven && !ctx.inFlow) return false;
  const next = lines[i + 1];
  if (i + 1 >= to || next.role !== 'body' || next.p.text.length < MIN_BODY_AFTER || continuesSentence(next.p.text)) return false;
  if (wordAcross(ctx.tagger, lines[i].p.text, next.p.text)) return false;
  const prev = lines[i - 1];
  if (prev.marker?.kind === 'from') return true;
  if (node.body.length === 0) return (ctx.feature && !ctx.hasSubhead) || isFirstPart(title);
  return prev.role === 'body' && endsSentence(prev.p.text);
}
