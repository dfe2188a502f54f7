/**
 * Part 2: request latency through the real server process over stdio, on
 * one open bulletin of 50 kB, 1 MB or 10 MB: hover, documentSymbol,
 * semanticTokens/full and codeAction (median and p95), the time from a
 * one-character edit to the diagnostics of the new version, and a hover sent
 * right after an edit (does it wait behind the analysis?).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { OpenDocument, seeded, startServer, stopServer } from './lsp';
import { memoryOf, now, quantile, since } from './stats';
import { bulletinOfSize } from './texts';

export interface LatencyRow {
  bytes: number;
  samples: number;
  openToDiagnosticsMs: number;
  openToTokensMs: number;
  /** Median and p95 per request kind, ms. */
  requests: Record<string, { median: number; p95: number; n: number }>;
  rssMb?: number;
}

export const REQUEST_KINDS = ['hover', 'documentSymbol', 'semanticTokens', 'codeAction', 'edit → diagnostics', 'hover after an edit'] as const;

export async function measureLatency(bytes: number, samples: number): Promise<LatencyRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-latency-'));
  const file = path.join(dir, 'issue.txt');
  const text = bulletinOfSize(bytes, 23);
  fs.writeFileSync(file, text);
  const client = await startServer({});
  try {
    const opened = now();
    const doc = await OpenDocument.open(client, file, text);
    await doc.diagnostics(1);
    const openToDiagnosticsMs = since(opened);
    const entities = await doc.entityOffsets();
    const openToTokensMs = since(opened);
    const random = seeded(bytes);
    const times: Record<string, number[]> = Object.fromEntries(REQUEST_KINDS.map((k) => [k, []]));
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    for (let i = 0; i < samples; i++) {
      const position = doc.doc.positionAt(pick(entities) + 1);
      times.hover.push((await doc.timed('textDocument/hover', { position })).ms);
      times.documentSymbol.push((await doc.timed('textDocument/documentSymbol')).ms);
      times.semanticTokens.push((await doc.timed('textDocument/semanticTokens/full')).ms);
      const d: Diagnostic | undefined = pick(doc.lastDiagnostics());
      const range = d?.range ?? { start: position, end: position };
      times.codeAction.push((await doc.timed('textDocument/codeAction', { range, context: { diagnostics: d ? [d] : [] } })).ms);
    }
    for (const at of doc.bodyOffsets(samples, random)) {
      const started = now();
      const version = await doc.insert(at, '改');
      await doc.diagnostics(version);
      times['edit → diagnostics'].push(since(started));
    }
    for (const at of doc.bodyOffsets(samples, random)) {
      const editedLine = doc.doc.positionAt(at).line;
      const elsewhere = entities.map((o) => doc.doc.positionAt(o + 1)).filter((p) => p.line !== editedLine && p.line < editedLine);
      const version = await doc.insert(at, '改');
      const position = elsewhere.length ? pick(elsewhere) : doc.doc.positionAt(0);
      times['hover after an edit'].push((await doc.timed('textDocument/hover', { position })).ms);
      await doc.diagnostics(version);
    }
    const requests = Object.fromEntries(
      Object.entries(times).map(([k, xs]) => [k, { median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length }]),
    );
    return { bytes: Buffer.byteLength(text), samples, openToDiagnosticsMs, openToTokensMs, requests, rssMb: memoryOf(client.process.pid!).rssMb };
  } finally {
    await stopServer(client);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [bytes, samples] = process.argv.slice(2).map(Number);
  void measureLatency(bytes, samples).then((row) => process.stdout.write(`${JSON.stringify(row)}\n`));
}
