/**
 * Open documents, analysed behind the requests. After a change: first the
 * layout and the repeats (then the diagnostics go out at once, no
 * debounce), then the entities, a slice of a few milliseconds at a time,
 * with requests answered between slices. A request that needs the current
 * text's layout or model waits for it; an edit arriving meanwhile drops the
 * work under way and starts again from the layout, so the diagnostics follow
 * the typing and nothing waits behind a text already replaced.
 */
import type { CancellationToken, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { carryOver } from './core/carryOver';
import type { BulletinLayout, BulletinModel } from './core/model';
import type { Steps } from './core/steps';
import type { BulletinWorkspace } from './workspace';

/** Work done before letting requests through. */
const SLICE_MS = 8;

export interface AnalysisHooks {
  /** The layout and repeats of `doc`'s current text are ready: its diagnostics can go out. */
  laidOut(doc: TextDocument, layout: BulletinLayout): void;
  /** The model of `uri`'s current text is ready. */
  analysed(uri: string): void;
}

export class DocumentAnalyses {
  /** Documents whose current text is not analysed yet, oldest change first. */
  private readonly pending = new Set<string>();
  /** The document being analysed now. */
  private current: string | undefined;
  private running = false;
  private readonly waiters = new Map<string, (() => void)[]>();
  /** Each document's last model, and that model carried over to a newer text (see modelNow). */
  private readonly lastModels = new Map<string, { model: BulletinModel; carried?: BulletinModel }>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: BulletinWorkspace,
    private readonly hooks: AnalysisHooks,
  ) {}

  /** The document's text changed (or it was opened): analyse it. */
  changed(uri: string): void {
    this.pending.add(uri);
    if (!this.running) {
      this.running = true;
      setImmediate(() => void this.run());
    }
  }

  /** The document and the layout of its current text, once laid out. */
  layout(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; layout: BulletinLayout } | undefined> {
    return this.until(uri, token, (doc) => {
      const layout = this.workspace.layoutOf(uri, doc.getText());
      return layout && { doc, layout };
    });
  }

  /** The document and the model of its current text, once its entities are found. */
  model(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; model: BulletinModel } | undefined> {
    return this.until(uri, token, (doc) => {
      const model = this.workspace.modelOf(uri, doc.getText());
      return model && { doc, model };
    });
  }

  /**
   * The model of the document's current text when it is ready; while it is
   * being found, the last model carried over to the current text (`stale`),
   * so a hover or a recolouring does not wait behind the analysis of a long
   * text; the first time, it waits.
   */
  async modelNow(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; model: BulletinModel; stale: boolean } | undefined> {
    const doc = this.documents.get(uri);
    const last = this.lastModels.get(uri);
    if (!doc || !last || this.workspace.modelOf(uri, doc.getText())) {
      const found = await this.model(uri, token);
      return found && { ...found, stale: false };
    }
    const text = doc.getText();
    if (this.pending.has(uri) || this.current === uri) {
      if (last.carried?.text !== text) last.carried = carryOver(last.model, text);
      return { doc, model: last.carried, stale: true };
    }
    const found = await this.model(uri, token);
    return found && { ...found, stale: false };
  }

  /** Forgets a closed document. */
  closed(uri: string): void {
    this.lastModels.delete(uri);
  }

  private async until<T>(uri: string, token: CancellationToken | undefined, ready: (doc: TextDocument) => T | undefined): Promise<T | undefined> {
    for (;;) {
      const doc = this.documents.get(uri);
      if (!doc || token?.isCancellationRequested) return undefined;
      const found = ready(doc);
      if (found) return found;
      if (!this.pending.has(uri) && this.current !== uri) this.changed(uri);
      await new Promise<void>((resolve) => this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), resolve]));
    }
  }

  private wake(uri: string): void {
    const waiting = this.waiters.get(uri) ?? [];
    this.waiters.delete(uri);
    for (const resolve of waiting) resolve();
  }

  private async run(): Promise<void> {
    try {
      while (this.pending.size) {
        const uri: string = this.pending.values().next().value!;
        this.pending.delete(uri);
        this.current = uri;
        await this.analyse(uri);
        this.current = undefined;
        this.wake(uri);
      }
    } finally {
      this.running = false;
      this.current = undefined;
      for (const uri of [...this.waiters.keys()]) this.wake(uri);
    }
  }

  /** Lays out the document's current text, then finds its entities, in slices; gives up when it changes again. */
  private async analyse(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const text = doc.getText();
    if (!this.workspace.layoutOf(uri, text)) {
      const layout = await inSlices(this.workspace.layoutSteps(doc), () => this.pending.has(uri));
      if (!layout) return;
      this.hooks.laidOut(doc, layout);
    }
    this.wake(uri);
    await nextTurn();
    if (this.pending.has(uri) || this.workspace.modelOf(uri, text)) return;
    const model = await inSlices(this.workspace.analysis(uri), () => this.pending.has(uri));
    if (model) {
      this.lastModels.set(uri, { model });
      this.hooks.analysed(uri);
    }
  }
}

/**
 * Runs steps a slice of a few milliseconds at a time, letting requests in
 * between; undefined when `dropped` says so at a pause (its input changed).
 */
export async function inSlices<T>(steps: Steps<T>, dropped: () => boolean = () => false): Promise<T | undefined> {
  let sliceEnd = Date.now() + SLICE_MS;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (Date.now() < sliceEnd) continue;
    await nextTurn();
    if (dropped()) return undefined;
    sliceEnd = Date.now() + SLICE_MS;
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
