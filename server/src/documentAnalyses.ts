/**
 * Open documents, analysed behind the requests. After a change: first the
 * layout and the repeats (then the diagnostics go out at once, no
 * debounce), then the entities. All of it runs in slices of a few
 * milliseconds, with requests answered between slices, and across
 * documents: a short document's layout does not wait behind a long one's
 * entities. A request that needs the current text's layout or model waits
 * for it (and its document goes first); an edit drops the work under way for
 * that document, which starts again from the layout, so the diagnostics
 * follow the typing and nothing waits behind a text already replaced.
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

/** The work under way for one document: its text, and the steps of its layout, then of its entities. */
interface Work {
  doc: TextDocument;
  text: string;
  phase: 'layout' | 'entities';
  steps: Steps<BulletinLayout | BulletinModel | undefined>;
}

export class DocumentAnalyses {
  private readonly work = new Map<string, Work>();
  private running = false;
  private readonly waiters = new Map<string, (() => void)[]>();
  /** Each document's last model, and that model carried over to a newer text (see modelNow). */
  private readonly lastModels = new Map<string, { model: BulletinModel; carried?: BulletinModel }>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: BulletinWorkspace,
    private readonly hooks: AnalysisHooks,
  ) {}

  /** The document's text changed (or it was opened): its work starts again from the layout. */
  changed(uri: string): void {
    this.work.delete(uri);
    this.schedule(uri);
  }

  /** The document's text is laid out again though it did not change (a setting its layout depends on did). */
  relayout(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    this.work.set(uri, { doc, text: doc.getText(), phase: 'layout', steps: this.workspace.layoutSteps(doc) });
    this.schedule(uri);
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
    if (doc && last && !this.workspace.modelOf(uri, doc.getText()) && this.work.has(uri)) {
      const text = doc.getText();
      if (last.carried?.text !== text) last.carried = carryOver(last.model, text);
      return { doc, model: last.carried, stale: true };
    }
    const found = await this.model(uri, token);
    return found && { ...found, stale: false };
  }

  /** Forgets a closed document. */
  closed(uri: string): void {
    this.work.delete(uri);
    this.lastModels.delete(uri);
    this.wake(uri);
  }

  private async until<T>(uri: string, token: CancellationToken | undefined, ready: (doc: TextDocument) => T | undefined): Promise<T | undefined> {
    for (;;) {
      const doc = this.documents.get(uri);
      if (!doc || token?.isCancellationRequested) return undefined;
      const found = ready(doc);
      if (found) return found;
      this.schedule(uri);
      await new Promise<void>((resolve) => this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), resolve]));
    }
  }

  private wake(uri: string): void {
    const waiting = this.waiters.get(uri) ?? [];
    this.waiters.delete(uri);
    for (const resolve of waiting) resolve();
  }

  /** Makes sure the document's current text gets analysed, and the loop runs. */
  private schedule(uri: string): void {
    const doc = this.documents.get(uri);
    if (doc && !this.work.has(uri)) this.work.set(uri, this.begin(doc));
    if (this.running) return;
    this.running = true;
    setImmediate(() => void this.run());
  }

  private begin(doc: TextDocument): Work {
    const text = doc.getText();
    if (this.workspace.layoutOf(doc.uri, text)) return { doc, text, phase: 'entities', steps: this.workspace.analysis(doc.uri) };
    return { doc, text, phase: 'layout', steps: this.workspace.layoutSteps(doc) };
  }

  private async run(): Promise<void> {
    try {
      for (let uri = this.next(); uri; uri = this.next()) {
        this.slice(uri, this.work.get(uri)!);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running = false;
      for (const uri of [...this.waiters.keys()]) this.wake(uri);
    }
  }

  /** Which document gets the next slice: layouts first (in the order of the changes), then a document someone waits for, then any. */
  private next(): string | undefined {
    let waited: string | undefined;
    let any: string | undefined;
    for (const [uri, w] of this.work) {
      if (w.phase === 'layout') return uri;
      if (!waited && this.waiters.has(uri)) waited = uri;
      any ??= uri;
    }
    return waited ?? any;
  }

  /** One slice of a document's work; at the end of a phase, the next one, or done. */
  private slice(uri: string, w: Work): void {
    const end = Date.now() + SLICE_MS;
    for (;;) {
      const step = w.steps.next();
      if (step.done) return this.finished(uri, w, step.value);
      if (Date.now() >= end) return;
    }
  }

  private finished(uri: string, w: Work, value: BulletinLayout | BulletinModel | undefined): void {
    if (w.phase === 'layout') {
      this.hooks.laidOut(w.doc, value as BulletinLayout);
      this.work.set(uri, { ...w, phase: 'entities', steps: this.workspace.analysis(uri) });
    } else {
      this.work.delete(uri);
      if (value) {
        this.lastModels.set(uri, { model: value as BulletinModel });
        this.hooks.analysed(uri);
      }
    }
    this.wake(uri);
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
    await new Promise((resolve) => setImmediate(resolve));
    if (dropped()) return undefined;
    sliceEnd = Date.now() + SLICE_MS;
  }
}
