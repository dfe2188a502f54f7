/**
 * The benchmark's side of the protocol: the bundled server (dist/server.js)
 * driven over stdio through the tests' client, one open document mirrored
 * locally so edits and positions stay in step with the server's copy.
 */
import * as path from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams, SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspTestClient, type ServerOptions } from '../test/support/lspClient';
import { now, since } from './stats';

export { fileUri, LspTestClient };

/** Long waits: a 10 MB bulletin or a 10 000-file archive may take minutes on a slow server. */
export const PATIENCE_MS = 15 * 60 * 1000;

export async function startServer(options: ServerOptions = {}): Promise<LspTestClient> {
  return LspTestClient.start(options);
}

/** Shuts the server down; kills it if it does not exit within a minute. */
export async function stopServer(client: LspTestClient): Promise<void> {
  const timer = setTimeout(() => client.process.kill(), 60000);
  try {
    await client.stop();
  } finally {
    clearTimeout(timer);
  }
}

/** A document open in the server, with a local copy that follows every edit sent. */
export class OpenDocument {
  version = 1;
  doc: TextDocument;

  constructor(readonly client: LspTestClient, readonly uri: string, text: string) {
    this.doc = TextDocument.create(uri, 'plaintext', 1, text);
  }

  static async open(client: LspTestClient, file: string, text: string): Promise<OpenDocument> {
    const opened = new OpenDocument(client, fileUri(path.resolve(file)), text);
    await client.open(opened.uri, text);
    return opened;
  }

  /** Inserts `text` at `offset` as an incremental change (as an editor sends a keystroke). */
  async insert(offset: number, text: string): Promise<number> {
    const position = this.doc.positionAt(offset);
    const change = { range: { start: position, end: position }, text };
    this.version++;
    this.doc = TextDocument.update(this.doc, [change], this.version);
    await this.client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges: [change] });
    return this.version;
  }

  /** The diagnostics published for `version`, once they come. */
  diagnostics(version = this.version): Promise<PublishDiagnosticsParams> {
    return this.client.until(() => {
      const d = this.client.diagnostics.get(this.uri);
      return d && d.version === version ? d : undefined;
    }, `diagnostics of version ${version}`, PATIENCE_MS);
  }

  /** Sends a request about this document and times its answer. */
  async timed<R>(method: string, params: Record<string, unknown> = {}): Promise<{ ms: number; result: R }> {
    const started = now();
    const result = await this.client.request<R>(method, { textDocument: { uri: this.uri }, ...params });
    return { ms: since(started), result };
  }

  /** Offsets of the entities the server colours (from its semantic tokens). */
  async entityOffsets(): Promise<number[]> {
    const tokens = await this.client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: this.uri } });
    const offsets: number[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      char = tokens.data[i] ? tokens.data[i + 1] : char + tokens.data[i + 1];
      offsets.push(this.doc.offsetAt({ line, character: char }));
    }
    return offsets;
  }

  /** Offsets just inside body paragraphs (before a full stop), spread over the text. */
  bodyOffsets(count: number, random: () => number): number[] {
    const text = this.doc.getText();
    const out: number[] = [];
    while (out.length < count) {
      const at = text.indexOf('。', Math.floor(random() * text.length));
      if (at > 0) out.push(at);
    }
    return out;
  }

  lastDiagnostics(): Diagnostic[] {
    return this.client.diagnostics.get(this.uri)?.diagnostics ?? [];
  }
}

/** Positions that are the same from run to run. */
export { prng as seeded } from './archive';
