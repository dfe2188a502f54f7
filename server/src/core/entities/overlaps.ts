/** Settling overlapping entities: the longer span wins, then slogan over unit over person. */
import type { Entity } from '../model';

const RANK: Record<Entity['type'], number> = { slogan: 3, unit: 2, person: 1 };

/**
 * Keeps, of overlapping entities, the stronger one, in document order.
 * Linear in the text covered: kept spans are marked in an occupancy array
 * instead of being compared with each other.
 */
export function removeOverlaps(entities: Entity[]): Entity[] {
  const byStrength = [...entities].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || RANK[b.type] - RANK[a.type] || a.start - b.start,
  );
  const size = entities.reduce((m, e) => Math.max(m, e.end), 0);
  const taken = new Uint8Array(size);
  const kept: Entity[] = [];
  for (const e of byStrength) {
    if (e.end <= e.start || isTaken(taken, e.start, e.end)) continue;
    taken.fill(1, e.start, e.end);
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}
