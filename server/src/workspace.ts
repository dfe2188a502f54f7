/**
 * The server's view of the bulletins: open documents (their live text) and
 * the workspace's other *.txt files (read from disk), analysed together in
 * one corpus so repeats are found across files. A file not open is indexed
 * for repeats at once (no word segmentation), then its entities are found
 * in the background and filed in a mention index, its model let go; only
 * its text, its headlines and its mentions are kept.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from './core/corpus';
import { decodeBulletin } from './core/decode';
import { DEFAULT_MAX_FILE_SIZE_MB, exceedsLimit, maxFileBytes } from './core/fileSize';
import { MentionIndex, type WorkspaceMentions } from './core/mentionIndex';
import type { BulletinLayout, BulletinModel } from './core/model';
import type { RawTagger } from './core/segmenter';
import type { Steps } from './core/steps';
import { EntityIndexer } from './entityIndexer';
import { type Headline, headlinesOf } from './features/headlineSymbols';
import { LANGUAGE_ID } from './protocol';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);
const PROGRESS_INTERVAL_MS = 200;
/** Indexing work done before letting requests through. */
const SLICE_MS = 6;

/** A file URI's base name, for messages. */
export function displayName(uri: string): string {
  try {
    return path.basename(fileURLToPath(uri));
  } catch {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  }
}

export class BulletinWorkspace {
  readonly corpus: Corpus;
  /** The entities of every document read so far: open ones at each analysis, the others in the background. */
  readonly mentions = new MentionIndex();
  readonly entities: EntityIndexer;
  /** Text of each analysed document, by URI: the open document's text as last analysed, or the file's. */
  private readonly snapshots = new Map<string, TextDocument>();
  private readonly headlines = new Map<string, Headline[]>();
  /** Files on disk left unread because they are over the size limit. */
  private readonly oversized = new Set<string>();

  /** `tagger` is nodejieba loaded on the first text that needs it (it takes most of a second and a few hundred MB). */
  constructor(
    private readonly connection: Connection,
    private readonly isOpen: (uri: string) => boolean,
    tagger: RawTagger,
  ) {
    this.corpus = new Corpus(tagger, { displayName, maxFileBytes: maxFileBytes(DEFAULT_MAX_FILE_SIZE_MB) });
    this.entities = new EntityIndexer(connection, (uri) => this.indexEntities(uri), isOpen);
  }

  /** Lays out an open document's current text and refiles its paragraphs (the cheap half of its analysis), in steps. */
  *layoutSteps(doc: TextDocument): Steps<BulletinLayout> {
    const text = doc.getText();
    const version = doc.version;
    const layout = yield* this.corpus.layoutSteps(doc.uri, text);
    this.snapshots.set(doc.uri, TextDocument.create(doc.uri, doc.languageId, version, text));
    this.headlines.set(doc.uri, headlinesOf(layout.outline));
    return layout;
  }

  /** The layout of an open document, when it is that of `text`. */
  layoutOf(uri: string, text: string): BulletinLayout | undefined {
    return this.corpus.text(uri) === text ? this.corpus.layout(uri) : undefined;
  }

  /** The model of an open document, when it is that of `text` and its entities are found. */
  modelOf(uri: string, text: string): BulletinModel | undefined {
    return this.corpus.text(uri) === text ? this.corpus.currentModel(uri) : undefined;
  }

  /** Finds an open document's entities in steps (see Corpus.analysis) and files its mentions. */
  *analysis(uri: string): Generator<void, BulletinModel | undefined> {
    const model = yield* this.corpus.analysis(uri);
    if (model) this.mentions.set(uri, model.entities);
    return model;
  }

  /** The user dictionary changed: open models were updated in place; the files' entities are found again. */
  dictionaryChanged(): void {
    for (const uri of this.corpus.documents()) {
      const model = this.corpus.currentModel(uri);
      if (model && this.isOpen(uri)) this.mentions.set(uri, model.entities);
      else if (!this.isOpen(uri)) this.entities.enqueue([uri]);
    }
  }

  /** An open document was closed: fall back to the file on disk, or forget it. */
  closed(uri: string): void {
    if (!this.reloadFromDisk(uri)) this.drop(uri);
  }

  /** A file is gone. */
  forget(uri: string): void {
    this.oversized.delete(uri);
    this.drop(uri);
  }

  /** Lets go of everything known of a document. */
  private drop(uri: string): void {
    this.snapshots.delete(uri);
    this.headlines.delete(uri);
    this.mentions.remove(uri);
    this.entities.drop(uri);
    this.corpus.remove(uri);
  }

  /**
   * Applies a new size limit (in bytes) to the files read from disk: those
   * now over it are forgotten, those left unread and now under it are read.
   * False when the limit did not change. (Open documents are laid out again
   * by the caller.)
   */
  setMaxFileBytes(limitBytes: number): boolean {
    if (!this.corpus.setMaxFileBytes(limitBytes)) return false;
    for (const uri of this.corpus.documents()) {
      const text = this.snapshots.get(uri)?.getText();
      if (!this.isOpen(uri) && text !== undefined && exceedsLimit(text, limitBytes)) {
        this.drop(uri);
        this.oversized.add(uri);
      }
    }
    for (const uri of [...this.oversized]) if (!this.isOpen(uri)) this.reloadFromDisk(uri);
    return true;
  }

  /** Reads a file into the corpus and queues its entities; false when it cannot be read or is over the size limit (not read then). */
  reloadFromDisk(uri: string, queue = true): boolean {
    try {
      const file = fileURLToPath(uri);
      const stat = fs.statSync(file);
      if (!stat.isFile()) return false;
      if (stat.size > this.corpus.maxFileBytes) {
        this.drop(uri);
        this.oversized.add(uri);
        return false;
      }
      this.oversized.delete(uri);
      const text = decodeBulletin(fs.readFileSync(file));
      this.snapshots.set(uri, TextDocument.create(uri, LANGUAGE_ID, 0, text));
      this.headlines.set(uri, headlinesOf(this.corpus.add(uri, text).outline));
      this.mentions.remove(uri);
      if (queue) this.entities.enqueue([uri]);
      return true;
    } catch {
      return false;
    }
  }

  /** The document (open or snapshot) for a URI the corpus knows. */
  lookup(uri: string): TextDocument | undefined {
    return this.snapshots.get(uri);
  }

  /** Mentions across the workspace, with how far the background reading is while it goes on. */
  workspaceMentions(): WorkspaceMentions {
    const progress = this.entities.progress;
    return { of: (e) => this.mentions.of(e), documents: () => this.mentions.documents(), ...(progress ? { progress } : {}) };
  }

  /** Every document's headlines, in document order. */
  *headlineEntries(): Iterable<[string, Headline[]]> {
    for (const uri of this.corpus.documents()) yield [uri, this.headlines.get(uri) ?? []];
  }

  private indexEntities(uri: string): void {
    const entities = this.corpus.entitiesOnce(uri);
    if (entities) this.mentions.set(uri, entities);
  }

  /**
   * Indexes every *.txt under the folders for repeats, reporting progress
   * and letting requests through between slices; skips files already open.
   * Then queues their entities for the background.
   */
  async indexFolders(folderUris: string[], skip: (uri: string) => boolean): Promise<{ files: number; oversized: string[] }> {
    // Only folders on disk are read; a virtual workspace's files are analysed when opened.
    const files = folderUris.filter((u) => u.startsWith('file:')).flatMap((u) => listTxt(fileURLToPath(u)));
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('索引公报 Indexing bulletins', 0, `0/${files.length}`, false);
    const read: string[] = [];
    const oversized: string[] = [];
    let done = 0;
    let lastReport = Date.now();
    let sliceEnd = Date.now() + SLICE_MS;
    for (const file of files) {
      const uri = pathToFileURL(file).toString();
      if (!skip(uri) && this.reloadFromDisk(uri, false)) read.push(uri);
      else if (this.oversized.has(uri)) oversized.push(uri);
      done++;
      if (Date.now() < sliceEnd && done < files.length) continue;
      if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS || done === files.length) {
        lastReport = Date.now();
        progress?.report(Math.round((100 * done) / files.length), `${done}/${files.length}`);
      }
      await new Promise((resolve) => setImmediate(resolve));
      sliceEnd = Date.now() + SLICE_MS;
    }
    this.corpus.compactIndex();
    progress?.done();
    this.entities.enqueue(read);
    return { files: files.length, oversized };
  }
}

function listTxt(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIPPED_FOLDERS.has(e.name) || e.name.startsWith('.') ? [] : listTxt(full);
    return e.isFile() && e.name.toLowerCase().endsWith('.txt') ? [full] : [];
  });
}
