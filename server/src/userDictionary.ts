/**
 * The workspace's user dictionary file, seen from the server: where the
 * setting puts it (watched there, since the client forwards only *.txt
 * events), its text (the open editor's while it is open, else the file's),
 * parsed, and its problems published as diagnostics on the file itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Connection, type Diagnostic, DiagnosticSeverity, DidChangeWatchedFilesNotification, type Disposable, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { EMPTY_DICTIONARY, parseDictionary, type UserDictionary } from './core/dictionary';
import { dictionaryProblemMessage, unreadableDictionaryMessage, untrustedDictionaryMessage } from './core/dictionaryMessages';
import type { Lang } from './core/messages';
import type { DictionaryTarget } from './features/dictionaryActions';

export const DICTIONARY_SOURCE = 'bulletin-dictionary';

export class UserDictionaryFile {
  private uri: string | undefined;
  /** The text last read: undefined for a missing file, null before any reading. */
  private source: string | undefined | null = null;
  private watch: Disposable | undefined;
  dictionary: UserDictionary = EMPTY_DICTIONARY;
  /** The client registers file watchers on request (workspace.didChangeWatchedFiles.dynamicRegistration). */
  canWatch = false;
  /**
   * Whether the workspace is trusted. Untrusted, a dictionary inside a
   * workspace folder is not read: a folder from elsewhere may carry one that
   * hides names. A path from the user's own settings outside the folders is.
   */
  private trusted = true;
  private folders: string[] = [];
  /** The setting named this file itself (not the default): its absence is worth a word. */
  private chosen = false;
  /** Why the file could not be read, last time (said once per change). */
  private readError: string | undefined;

  /** `openDocument` gives the editor's copy of a URI when it is open. */
  constructor(private readonly connection: Connection, private readonly openDocument: (uri: string) => TextDocument | undefined) {}

  /**
   * Points at the file `setting` names, relative to `folderUri`: clears the
   * problems shown on a previous file and watches the new one.
   */
  async locate(folderUri: string | undefined, setting: string, folders: string[] = folderUri ? [folderUri] : [], isDefault = false): Promise<void> {
    this.folders = folders;
    this.chosen = !isDefault;
    const previous = this.uri;
    const onDisk = folderUri?.startsWith('file:') ? fileURLToPath(folderUri) : undefined;
    const file = path.isAbsolute(setting) ? setting : onDisk ? path.join(onDisk, setting) : undefined;
    this.uri = file ? pathToFileURL(file).toString() : undefined;
    if (previous === this.uri) return;
    if (previous) this.connection.sendDiagnostics({ uri: previous, diagnostics: [] });
    this.source = null;
    this.readError = undefined;
    await this.watchFile(file);
  }

  private async watchFile(file: string | undefined): Promise<void> {
    this.watch?.dispose();
    this.watch = undefined;
    if (!this.canWatch || !file) return;
    const watcher = { globPattern: { baseUri: pathToFileURL(path.dirname(file)).toString(), pattern: path.basename(file) } };
    this.watch = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [watcher] }).catch(() => undefined);
  }

  get location(): string | undefined {
    return this.uri;
  }


  /** Whether `uri` is the dictionary file (URIs compared as file paths, since clients encode them differently). */
  is(uri: string): boolean {
    return !!this.uri && samePath(uri, this.uri);
  }

  /** Trust granted or withdrawn: the next reload reads (or drops) the file. */
  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.source = null;
  }

  /** Whether the file may be read: trusted, or outside every workspace folder. */
  private allowed(): boolean {
    return this.trusted || !this.uri || !this.folders.some((f) => inside(this.uri!, f));
  }

  /** Reads and parses the file again, publishing its problems; true when its text changed. */
  reload(lang: Lang): boolean {
    const source = this.allowed() ? this.read() : undefined;
    this.reportReadError(lang);
    if (source === this.source) return false;
    this.source = source;
    this.dictionary = source === undefined ? EMPTY_DICTIONARY : parseDictionary(source);
    if (this.uri) this.connection.sendDiagnostics({ uri: this.uri, diagnostics: this.allowed() ? this.diagnostics(lang) : this.untrusted(lang) });
    return true;
  }

  /** One note on an existing dictionary that is not read for want of trust. */
  private untrusted(lang: Lang): Diagnostic[] {
    if (this.read() === undefined) return [];
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [{ range, severity: DiagnosticSeverity.Information, code: 'dictionary-untrusted', source: DICTIONARY_SOURCE, message: untrustedDictionaryMessage(lang) }];
  }

  /** Where quick fixes append a line: the open editor's text and version, the file's, or nothing (none, or not trusted). */
  target(): DictionaryTarget | undefined {
    if (!this.uri || !this.allowed()) return undefined;
    const open = this.openDocument(this.uri);
    return { uri: open?.uri ?? this.uri, text: open ? open.getText() : this.readFile(), version: open ? open.version : null };
  }

  /** The dictionary's problems as diagnostics on its own lines. */
  diagnostics(lang: Lang): Diagnostic[] {
    return this.dictionary.problems.map((p) => ({
      range: { start: { line: p.line, character: p.start }, end: { line: p.line, character: p.end } },
      severity: p.code === 'overridden' ? DiagnosticSeverity.Information : DiagnosticSeverity.Error,
      code: `dictionary-${p.code}`,
      source: DICTIONARY_SOURCE,
      message: dictionaryProblemMessage(lang, p),
    }));
  }

  private read(): string | undefined {
    if (!this.uri) return undefined;
    return this.openDocument(this.uri)?.getText() ?? this.readFile();
  }

  /**
   * The file's text, or undefined when it is missing or cannot be used: not
   * readable, a folder, or not UTF-8 text (NUL bytes, invalid sequences).
   * Why is kept in `readError` for the user; a missing default file is normal.
   */
  private readFile(): string | undefined {
    const file = fileURLToPath(this.uri!);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      this.readError = code === 'ENOENT' && !this.chosen ? undefined : code ?? String(e);
      return undefined;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
    this.readError = text.includes('\u0000') || text.includes('\uFFFD') ? 'NOT_UTF8' : undefined;
    return this.readError ? undefined : text;
  }

  private lastReported: string | undefined;

  /** Tells the user, once per new problem, that the dictionary file cannot be used and why. */
  private reportReadError(lang: Lang): void {
    const key = this.readError && `${this.uri}:${this.readError}`;
    if (key === this.lastReported) return;
    this.lastReported = key;
    if (!this.readError || !this.uri) return;
    // A notification, not showMessageRequest: nothing to answer, nothing to fail.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: unreadableDictionaryMessage(lang, fileURLToPath(this.uri), this.readError) });
  }
}

/** Whether the file URI lies inside the folder URI. */
function inside(fileUri: string, folderUri: string): boolean {
  try {
    const relative = path.relative(fileURLToPath(folderUri), fileURLToPath(fileUri));
    return !!relative && !relative.startsWith('..') && !path.isAbsolute(relative);
  } catch {
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  try {
    const pa = path.resolve(fileURLToPath(a));
    const pb = path.resolve(fileURLToPath(b));
    return process.platform === 'win32' || process.platform === 'darwin' ? pa.toLowerCase() === pb.toLowerCase() : pa === pb;
  } catch {
    return a === b;
  }
}
