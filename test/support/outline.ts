/**
 * The outline of a test text, checked for what must hold of every outline:
 * each title sits at its offsets and inside its node, each child inside its
 * parent. And a one-line-per-node picture of it for deepEqual.
 */
import assert from 'node:assert/strict';
import { walk } from '../../server/src/core/analysis';
import type { OutlineNode } from '../../server/src/core/model';
import { buildOutline } from '../../server/src/core/outline';
import { splitParagraphs } from '../../server/src/core/text';
import { tagger } from './tagger';

export function outlineOf(text: string): OutlineNode[] {
  const nodes = buildOutline(splitParagraphs(text), tagger);
  for (const n of walk(nodes)) {
    assert.equal(text.slice(n.titleStart, n.titleEnd), n.title, `title of ${n.kind} at its offsets`);
    assert.ok(n.start <= n.titleStart && n.titleEnd <= n.end, `title of ${n.title} inside its node`);
    for (const c of n.children) assert.ok(n.start <= c.start && c.end <= n.end, `${c.title} inside ${n.title}`);
  }
  return nodes;
}

/** kind:title of every node, depth first, children indented. */
export function shape(nodes: OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind}:${n.title}`, ...shape(n.children, depth + 1)]);
}
