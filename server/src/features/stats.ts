/**
 * bulletin/stats: the server's memory and what it holds, for tests and
 * troubleshooting. When node runs with --expose-gc, garbage is collected
 * first, so the heap figure is what is really kept.
 */
import type { BulletinStats } from '../protocol';

export function serverStats(openDocuments: number, corpusDocuments: number): BulletinStats {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss, collected: !!gc, openDocuments, corpusDocuments };
}
