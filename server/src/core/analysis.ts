/**
 * One bulletin's layout: is it a bulletin, its paragraphs and outline, and
 * the blocks compared for repeats. Pure: text in, layout out. (Its entities
 * are found line by line: entities/byLine.ts.)
 */
import { type BulletinCheck, checkBulletin } from './detect';
import { exceedsLimit } from './fileSize';
import type { BulletinLayout, OutlineNode } from './model';
import { inlineHeadOf, outlineSteps } from './outline';
import { drain, type Steps } from './steps';
import type { LineInfo } from './outline/lines';
import type { ParagraphMemo } from './paragraphMemo';
import type { RawTagger } from './segmenter';
import { type Paragraph, paragraphSteps } from './text';
import type { Block } from './duplicates/types';

/**
 * The cheap part of the analysis: is it a bulletin, its paragraphs and
 * outline. No segmentation of the text; the tagger, when given, only checks
 * a few characters around a suspected page break.
 */
export function analyzeLayout(text: string, tagger?: RawTagger, memo?: ParagraphMemo<LineInfo>, limitBytes = Infinity): BulletinLayout {
  return drain(layoutSteps(text, tagger, memo, limitBytes));
}

/** `analyzeLayout` in steps. A text over `limitBytes` (UTF-8) is not read: not a bulletin, `too-large`. */
export function* layoutSteps(text: string, tagger?: RawTagger, memo?: ParagraphMemo<LineInfo>, limitBytes = Infinity): Steps<BulletinLayout> {
  const check: BulletinCheck = exceedsLimit(text, limitBytes) ? { isBulletin: false, reason: 'too-large' } : checkBulletin(text);
  if (!check.isBulletin) return { text, isBulletin: false, notBulletinReason: check.reason, paragraphs: [], outline: [] };
  const paragraphs = yield* paragraphSteps(text);
  return { text, isBulletin: true, paragraphs, outline: yield* outlineSteps(paragraphs, tagger, memo) };
}

/**
 * The blocks compared for repeats: paragraphs, with a headline written on
 * the same line as its body split off, so the body alone is compared.
 * A paragraph the outline takes for a headline is marked `title`: it is
 * never taken for the original (the same headline recurs over different
 * news), but it is flagged when it repeats a body paragraph — a fragment
 * cut by a page break often looks like a headline. One that reads as
 * running text is compared like any paragraph.
 */
export function contentBlocks(model: BulletinLayout): Block[] {
  const titles = [...walk(model.outline)].filter((n) => HEADLINE_KINDS.has(n.kind)).sort((a, b) => a.titleStart - b.titleStart);
  let next = 0;
  return model.paragraphs.flatMap((p) => {
    while (next < titles.length && titles[next].titleStart < p.start) next++;
    const title = titles[next];
    if (title && title.titleStart < p.end) return splitOffTitle(model.text, p, title.titleEnd);
    // A headline printed with its body is split off whether or not the outline, in this context, starts an article there.
    const inline = inlineHeadOf(p);
    return inline ? splitOffTitle(model.text, p, inline.end) : [{ start: p.start, end: p.end, text: p.text }];
  });
}

/** Nodes whose title is a headline printed in the text; other nodes are named by their first words, which are body. */
const HEADLINE_KINDS = new Set<OutlineNode['kind']>(['masthead', 'section', 'article', 'subhead', 'teaser', 'closing']);

/** Sentence punctuation a headline does not carry (a comma alone may join a two-part headline). */
const RUNNING_TEXT = /[。；;！？!?]|[，,].*[，,]|[“‘《（(][^”’》）)]*$/;

function splitOffTitle(text: string, p: Paragraph, titleEnd: number): Block[] {
  if (titleEnd >= p.end) return [{ start: p.start, end: p.end, text: p.text, ...(RUNNING_TEXT.test(p.text) ? {} : { title: true }) }];
  const body = text.slice(titleEnd, p.end);
  const lead = body.length - body.trimStart().length;
  return [{ start: titleEnd + lead, end: p.end, text: text.slice(titleEnd + lead, p.end) }];
}

/** Every node of an outline, depth first. */
export function* walk(nodes: OutlineNode[]): Generator<OutlineNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}
