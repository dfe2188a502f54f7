/**
 * Finds the entities of the workspace's files in the background, a slice
 * of a few milliseconds at a time so requests are answered in between, and
 * reports its progress. What is indexed so far is usable at once (hover
 * says its workspace counts are partial meanwhile).
 */
import type { Connection } from 'vscode-languageserver';

/** Work done before letting requests through. */
const SLICE_MS = 6;
const REPORT_INTERVAL_MS = 200;
export const ENTITY_PROGRESS_TITLE = '识别人物与单位 Finding persons and units';

export class EntityIndexer {
  private readonly queue = new Set<string>();
  private done = 0;
  private total = 0;
  private running = false;

  /** `index` finds and files one document's entities; `skip` tells documents indexed otherwise (open ones). */
  constructor(
    private readonly connection: Connection,
    private readonly index: (uri: string) => void,
    private readonly skip: (uri: string) => boolean,
  ) {}

  /** Queues documents (again, when they changed) and starts if idle. */
  enqueue(uris: Iterable<string>): void {
    for (const uri of uris) {
      if (this.queue.has(uri)) continue;
      this.queue.add(uri);
      this.total++;
    }
    if (!this.running && this.queue.size) void this.run();
  }

  /** Drops a document from the queue (it was forgotten). */
  drop(uri: string): void {
    if (this.queue.delete(uri)) this.total--;
  }

  /** How far the current run is, while one is going. */
  get progress(): { done: number; total: number } | undefined {
    return this.running ? { done: this.done, total: this.total } : undefined;
  }

  private async run(): Promise<void> {
    this.running = true;
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin(ENTITY_PROGRESS_TITLE, 0, `0/${this.total}`, false);
    let reported = Date.now();
    try {
      while (this.queue.size) {
        const sliceEnd = Date.now() + SLICE_MS;
        while (this.queue.size && Date.now() < sliceEnd) this.indexNext();
        if (Date.now() - reported >= REPORT_INTERVAL_MS) {
          reported = Date.now();
          progress?.report(Math.round((100 * this.done) / Math.max(1, this.total)), `${this.done}/${this.total}`);
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      progress?.done();
      this.running = false;
      this.done = 0;
      this.total = 0;
    }
  }

  private indexNext(): void {
    const uri: string = this.queue.values().next().value!;
    this.queue.delete(uri);
    this.done++;
    if (this.skip(uri)) return;
    try {
      this.index(uri);
    } catch (e) {
      this.connection.console.error(`bulletin-lens: entities of ${uri}: ${String((e as Error)?.stack ?? e)}`);
    }
  }
}
