/**
 * Headlines that point to text elsewhere: teasers for another page (… 详见
 * 二版) and the entries of a table of contents (本期导读). Neither has a body
 * here, so neither is an article of this file.
 */
import type { OutlineNode } from '../model';
import { afterEvidence, STRONG } from './headlines';
import { bulletLength, type LineInfo } from './lines';
import { extend, firstWords, makeNode } from './nodes';

const MAX_TEASER_RUN = 4;
const MAX_ENTRY_LENGTH = 60;

/** Short lines from `i` ending in a pointer to another page: the index of the pointer, if they do. */
export function teaserRunEnd(lines: LineInfo[], i: number, to: number): number | undefined {
  let j = i;
  while (j < to && j - i < MAX_TEASER_RUN && lines[j].role === 'short') {
    if (lines[j].trailingMarker?.kind === 'see') return j;
    j++;
  }
  return j < to && lines[j].marker?.kind === 'see' ? j : undefined;
}

/** One teaser per line from `i` to `end`; the pointer goes with the last. */
export function teasers(lines: LineInfo[], i: number, end: number): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (let j = i; j <= end; j++) {
    const l = lines[j];
    if (l.role === 'short') out.push(makeNode('teaser', l.head!, l.p));
    const marker = l.marker ?? l.trailingMarker;
    const last = out[out.length - 1];
    if (marker && last) {
      last.markers.push(marker);
      extend(last, l.p.end);
    }
  }
  return out;
}

/**
 * The table of contents headed by line `i`, one teaser per entry, and the
 * index after it: it ends at a line that is not an entry, at the first
 * headline with its lead, or at more space than it sets between its entries
 * (it is printed as a block: what follows a wider gap is the first
 * headline, or the kicker over it).
 */
export function contents(lines: LineInfo[], i: number, to: number): { node: OutlineNode; next: number } {
  const node = makeNode('teaser', lines[i].head!, lines[i].p);
  const spacing = i + 1 < to ? lines[i + 1].gap : 0;
  let j = i + 1;
  for (; j < to; j++) {
    const entry = lines[j];
    if (!isEntry(entry) || entry.gap > Math.max(spacing, 1) || afterEvidence(lines[j + 1]) >= STRONG) break;
    node.children.push(makeNode('teaser', entry.head ?? firstWords(entry.p, bulletLength(entry)), entry.p));
  }
  return { node, next: j };
}

/** A headline-shaped line, or a short line with a bullet or a page number. */
function isEntry(l: LineInfo): boolean {
  if (l.role === 'short') return true;
  return (l.role === 'bullet' || l.role === 'body') && l.p.text.length <= MAX_ENTRY_LENGTH && !/[。！？]/.test(l.p.text);
}
