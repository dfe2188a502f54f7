/**
 * Drives the bundled language server (dist/server.js) over stdio as an
 * editor would: JSON-RPC requests and notifications, answers to the server's
 * own requests, and the diagnostics and status it pushes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

export interface ServerOptions {
  workspaceFolder?: string;
  locale?: string;
  settings?: Record<string, unknown>;
  /** Declare codeAction/resolve support (edits computed when an action is chosen). */
  codeActionResolve?: boolean;
  /** Sent as initialize's initializationOptions (e.g. workspace trust). */
  initializationOptions?: unknown;
  /** Workspace folder URIs other than file: ones (a virtual workspace). */
  workspaceFolderUris?: string[];
  /** Extra arguments to node before the server (e.g. --expose-gc). */
  execArgv?: string[];
  /** Environment variables added to the server's. */
  env?: Record<string, string>;
}

export interface ProgressEvent {
  kind: string;
  /** On `begin`: what the work is. */
  title?: string;
  message?: string;
  token: string | number;
  at: number;
}

/** The begin and end of each work-done progress whose title matches. */
export function progressSpans(events: ProgressEvent[], title: RegExp): { begin: number; end?: number; last?: string }[] {
  const tokens = events.filter((e) => e.kind === 'begin' && title.test(e.title ?? '')).map((e) => e.token);
  return tokens.map((token) => {
    const mine = events.filter((e) => e.token === token);
    return { begin: mine[0].at, end: mine.find((e) => e.kind === 'end')?.at, last: mine.at(-1)?.message };
  });
}

export class LspTestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** When diagnostics of each URI last came (ms since the epoch). */
  readonly publishedAt = new Map<string, number>();
  readonly statuses = new Map<string, { isBulletin: boolean; reason?: string }>();
  /** window/showMessage notifications and showMessageRequest requests, in order. */
  readonly messages: { type: number; message: string }[] = [];
  /** How many times the server asked the editor to recolour (workspace/semanticTokens/refresh). */
  tokenRefreshes = 0;
  /** What the server registered dynamically (client/registerCapability), in order. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** What the server answered to initialize (its capabilities). */
  initializeResult: InitializeResult | undefined;
  /** Work-done progress values the server reported (begin, report, end), with their token and when they came (ms since the epoch). */
  readonly progress: ProgressEvent[] = [];
  /** What workspace/configuration answers for every section asked (see configure). */
  settings: Record<string, unknown> | undefined;
  private waiters: (() => void)[] = [];

  private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) {}

  static async start(options: ServerOptions = {}): Promise<LspTestClient> {
    const env = { ...process.env, ...options.env };
    const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    child.stderr!.on('data', (d) => process.env.LSP_TEST_STDERR && process.stderr.write(String(d)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    client.settings = options.settings;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p);
      client.publishedAt.set(p.uri, Date.now());
      client.wake();
    });
    connection.onNotification('bulletin/status', (p: { uri: string; isBulletin: boolean; reason?: string }) => {
      client.statuses.set(p.uri, p);
      client.wake();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map(() => client.settings ?? null),
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      client.messages.push(p);
      client.wake();
    });
    connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      client.messages.push(p);
      client.wake();
      return null;
    });
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...p.registrations);
      client.wake();
      return null;
    });
    connection.onRequest('workspace/semanticTokens/refresh', () => {
      client.tokenRefreshes++;
      client.wake();
      return null;
    });
    connection.onNotification('$/progress', (p: { token: string | number; value: { kind: string; title?: string; message?: string } }) => {
      client.progress.push({ ...p.value, token: p.token, at: Date.now() });
      client.wake();
    });
    connection.listen();
    const folder = options.workspaceFolder;
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : (options.workspaceFolderUris?.[0] ?? null),
      locale: options.locale ?? 'zh-cn',
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          semanticTokens: { refreshSupport: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        window: { workDoneProgress: true },
        textDocument: {
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: options.codeActionResolve
            ? { dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } }
            : undefined,
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
      },
      workspaceFolders: folder
        ? [{ uri: fileUri(folder), name: path.basename(folder) }]
        : (options.workspaceFolderUris?.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })) ?? null),
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Waits until `check` returns a value (re-checked on every message from the server). */
  async until<T>(check: () => T | undefined, what: string, timeoutMs = 20000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text of an open document (a full-content change). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Waits for diagnostics of `uri` published for `version`. */
  diagnosticsAt(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.until(() => {
      const d = this.diagnostics.get(uri);
      return d && d.version === version ? d : undefined;
    }, `diagnostics of ${uri} at version ${version}`);
  }

  /** Changes the settings and tells the server, as an editor does when the user edits them. */
  configure(settings: Record<string, unknown> | undefined): Promise<void> {
    this.settings = settings;
    return this.notify('workspace/didChangeConfiguration', { settings: null });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** shutdown, exit, and the exit code of the process. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
