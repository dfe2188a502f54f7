/**
 * What "remove this repeat" and "remove all repeats in this file" delete, so
 * that no text is lost: a paragraph goes only while a copy of it stays.
 *
 * Each repeat proposes removing one paragraph (the target) because another
 * (the witness) holds its text: the later copy for exact and near repeats,
 * the fragment for partial ones — which may be the earlier copy, or sit in
 * another file, where this file's edit cannot reach it. Removing several at
 * once is safe as long as every target keeps a witness: a witness in another
 * file stays; a witness in this file either stays or was itself removed in
 * favour of a copy that covers the target just as well (the same text, or
 * literally containing it). A near copy of a near copy may drift too far, so
 * such a chain keeps its later paragraph.
 */
import type { Span } from '../text';
import type { Duplicate } from './types';

/** How the witness holds the target's text. */
type Relation = 'same' | 'contained' | 'similar';
/** How a removed paragraph's text survives: literally, or as a near copy. */
type Cover = 'text' | 'approx';

interface Proposal {
  target: Span;
  witness: { doc: string; start: number };
  relation: Relation;
}

/** The paragraph the quick fix for one repeat removes in `doc`, or undefined when it is in another file. */
export function fixTarget(doc: string, d: Duplicate): Span | undefined {
  const p = proposalOf(doc, d);
  return p && { start: p.target.start, end: p.target.end };
}

/** The paragraphs of `doc` that removing all its repeats deletes, in document order. */
export function planFixAll(doc: string, repeats: Duplicate[]): Span[] {
  const byTarget = new Map<number, Proposal[]>();
  for (const d of repeats) {
    const p = proposalOf(doc, d);
    if (!p) continue;
    const list = byTarget.get(p.target.start);
    if (list) list.push(p);
    else byTarget.set(p.target.start, [p]);
  }
  const fates = new Map<number, Cover | null | 'deciding'>();
  const fate = (start: number): Cover | null | 'deciding' => {
    const known = fates.get(start);
    if (known !== undefined) return known;
    fates.set(start, 'deciding');
    let cover: Cover | null = null;
    for (const p of byTarget.get(start) ?? []) {
      const c = coverVia(p, doc, fate);
      if (c === 'text' || (c === 'approx' && cover === null)) cover = c;
    }
    fates.set(start, cover);
    return cover;
  };
  const out: Span[] = [];
  for (const [start, proposals] of byTarget) if (fate(start)) out.push(proposals[0].target);
  return out.sort((a, b) => a.start - b.start);
}

/** The cover the target gets from this proposal's witness, given the witness's own fate. */
function coverVia(p: Proposal, doc: string, fate: (start: number) => Cover | null | 'deciding'): Cover | null {
  const direct: Cover = p.relation === 'similar' ? 'approx' : 'text';
  if (p.witness.doc !== doc) return direct;
  const witness = fate(p.witness.start);
  if (witness === 'deciding') return null;
  if (witness === null) return direct;
  if (p.relation === 'same') return witness;
  return p.relation === 'contained' && witness === 'text' ? 'text' : null;
}

function proposalOf(doc: string, d: Duplicate): Proposal | undefined {
  const sameText = d.kind === 'exact' || (d.kind === 'near' && d.contained && d.similarity === 1);
  const relation: Relation = sameText ? 'same' : d.contained ? 'contained' : 'similar';
  if (d.kind === 'partial' && d.fragment === 'original') {
    // The complete copy is this one: the fix removes the earlier fragment, if it is in this file.
    if (d.original.doc !== doc) return undefined;
    return { target: d.original, witness: { doc, start: d.start }, relation };
  }
  return { target: d, witness: d.original, relation };
}
