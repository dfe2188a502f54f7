/**
 * One bulletin, analysed: is it a bulletin, its paragraphs, outline and
 * entities. Pure: text in, model out; the tagger is passed in.
 */
import { checkBulletin } from './detect';
import { findEntities } from './entities';
import type { BulletinLayout, BulletinModel, OutlineNode } from './model';
import { buildOutline } from './outline';
import { type RawTagger, tagWithOffsets } from './segmenter';
import { type Paragraph, splitParagraphs } from './text';
import type { Block } from './duplicates/types';

/** Analyses one text. A text that is not a bulletin gets empty lists. */
export function analyzeBulletin(text: string, tagger: RawTagger, layout: BulletinLayout = analyzeLayout(text)): BulletinModel {
  const entities = layout.isBulletin ? findEntities(text, tagWithOffsets(tagger, text)) : [];
  return { ...layout, entities };
}

/** The cheap part of the analysis: is it a bulletin, its paragraphs and outline (no word segmentation). */
export function analyzeLayout(text: string): BulletinLayout {
  const check = checkBulletin(text);
  if (!check.isBulletin) return { text, isBulletin: false, notBulletinReason: check.reason, paragraphs: [], outline: [] };
  const paragraphs = splitParagraphs(text);
  return { text, isBulletin: true, paragraphs, outline: buildOutline(paragraphs) };
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
  const titleEnds = new Map<number, number>();
  for (const n of walk(model.outline)) titleEnds.set(n.titleStart, n.titleEnd);
  return model.paragraphs.flatMap((p) => splitOffTitle(model.text, p, titleEnds));
}

/** Sentence punctuation a headline does not carry (a comma alone may join a two-part headline). */
const RUNNING_TEXT = /[。；;！？!?]|[，,].*[，,]|[“‘《（(][^”’》）)]*$/;

function splitOffTitle(text: string, p: Paragraph, titleEnds: Map<number, number>): Block[] {
  for (const [start, end] of titleEnds) {
    if (start < p.start || start >= p.end) continue;
    if (end >= p.end) return [{ start: p.start, end: p.end, text: p.text, ...(RUNNING_TEXT.test(p.text) ? {} : { title: true }) }];
    const body = text.slice(end, p.end);
    const lead = body.length - body.trimStart().length;
    return [{ start: end + lead, end: p.end, text: text.slice(end + lead, p.end) }];
  }
  return [{ start: p.start, end: p.end, text: p.text }];
}

/** Every node of an outline, depth first. */
export function* walk(nodes: OutlineNode[]): Generator<OutlineNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}
