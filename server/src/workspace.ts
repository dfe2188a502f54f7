/**
 * The server's view of the bulletins: open documents (their live text) and
 * the workspace's other *.txt files (read from disk), analysed together in
 * one corpus so repeats are found across files. Files not open are only
 * indexed for repeats (no word segmentation) until their model is asked for.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from './core/corpus';
import { decodeBulletin } from './core/decode';
import { getJieba } from './core/jieba';
import type { BulletinModel } from './core/model';
import { LANGUAGE_ID } from './protocol';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);
const MAX_INDEXED_FILE_BYTES = 5 * 1024 * 1024;
const PROGRESS_INTERVAL_MS = 100;

/** A file URI's base name, for messages. */
export function displayName(uri: string): string {
  try {
    return path.basename(fileURLToPath(uri));
  } catch {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  }
}

export class BulletinWorkspace {
  readonly corpus = new Corpus(getJieba(), { displayName });
  /** Text of each analysed document, by URI: the open document or a snapshot of the file. */
  private readonly snapshots = new Map<string, TextDocument>();
  constructor(private readonly connection: Connection) {}

  /** Analyses `doc` unless its current text already is. */
  update(doc: TextDocument): BulletinModel {
    // TextDocuments edits a document object in place: compare the text, not the object.
    const text = doc.getText();
    this.snapshots.set(doc.uri, doc);
    if (this.corpus.text(doc.uri) === text) return this.corpus.model(doc.uri)!;
    return this.corpus.set(doc.uri, text);
  }

  /** An open document was closed: fall back to the file on disk, or forget it. */
  closed(uri: string): void {
    if (!this.reloadFromDisk(uri)) this.forget(uri);
  }

  forget(uri: string): void {
    this.snapshots.delete(uri);
    this.corpus.remove(uri);
  }

  /** Reads a file into the corpus; false when it cannot be read. */
  reloadFromDisk(uri: string): boolean {
    try {
      const file = fileURLToPath(uri);
      const stat = fs.statSync(file);
      if (!stat.isFile() || stat.size > MAX_INDEXED_FILE_BYTES) return false;
      const text = decodeBulletin(fs.readFileSync(file));
      this.snapshots.set(uri, TextDocument.create(uri, LANGUAGE_ID, 0, text));
      this.corpus.add(uri, text);
      return true;
    } catch {
      return false;
    }
  }

  /** The document (open or snapshot) for a URI the corpus knows. */
  lookup(uri: string): TextDocument | undefined {
    return this.snapshots.get(uri);
  }

  /** Indexes every *.txt under the folders, reporting progress; skips files already open. */
  async indexFolders(folderUris: string[], isOpen: (uri: string) => boolean): Promise<number> {
    // Only folders on disk are read; a virtual workspace's files are analysed when opened.
    const files = folderUris.filter((u) => u.startsWith('file:')).flatMap((u) => listTxt(fileURLToPath(u)));
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('索引公报 Indexing bulletins', 0, `0/${files.length}`, false);
    let done = 0;
    let lastReport = Date.now();
    for (const file of files) {
      const uri = pathToFileURL(file).toString();
      if (!isOpen(uri)) this.reloadFromDisk(uri);
      done++;
      // Report and let requests through a few times a second, not per file: 10 000 files index in seconds.
      if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS || done === files.length) {
        lastReport = Date.now();
        progress?.report(Math.round((100 * done) / files.length), `${done}/${files.length}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress?.done();
    return files.length;
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
