/**
 * Part 3: a workspace holding a synthetic archive (archive.ts) of N
 * bulletins, opened in the real server as an editor opens a folder: one of
 * its files open in an editor. Measures the time until the repeated
 * paragraphs of the whole archive are indexed (the server's indexing
 * progress ends), until the entities are (the entity progress ends; a server
 * without one is asked for workspace symbols, which makes it build them),
 * how long requests wait meanwhile, requests over the finished index, and
 * the server's peak memory.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { progressSpans } from '../test/support/lspClient';
import { fileUri, OpenDocument, PATIENCE_MS, seeded, startServer, stopServer } from './lsp';
import { memoryOf, median, now, quantile, since } from './stats';
import { loadSamples, writeArchive } from './archive';
import { ROOT } from './texts';

export interface ScaleRow {
  files: number;
  megabytes: number;
  duplicatesSeconds: number;
  entitiesSeconds: number;
  /** The server reported entity indexing as work-done progress. */
  entityProgress: boolean;
  /** documentSymbol on the open file while the archive was being indexed. */
  duringIndexing: { median: number; max: number; n: number };
  workspaceSymbolMs: number;
  hoverMs: number;
  referencesMs: number;
  peakMb: number;
  rssMb: number;
  crossFileRepeats: number;
}

const INDEXING = /Indexing|索引/;
const ENTITIES = /persons and units|entit|实体/i;

export async function measureScale(files: number): Promise<ScaleRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bulletin-scale-${files}-`));
  const { bytes } = writeArchive(dir, { files, samples: loadSamples(path.join(ROOT, 'seeds')), seed: 1 });
  fs.rmSync(path.join(dir, 'planted.json'));
  const name = `vol${String(Math.floor(files / 2 / 1000)).padStart(3, '0')}/${String(Math.floor(files / 2)).padStart(6, '0')}.txt`;
  const openFile = path.join(dir, name);
  const started = now();
  const client = await startServer({ workspaceFolder: dir });
  const t0 = Date.now() - since(started);

  try {
    const doc = await OpenDocument.open(client, openFile, fs.readFileSync(openFile, 'utf8'));
    const probes: number[] = [];
    const indexed = () => progressSpans(client.progress, INDEXING)[0]?.end;
    while (!indexed()) {
      probes.push((await doc.timed('textDocument/documentSymbol')).ms);
      await new Promise((r) => setTimeout(r, 200));
      if (Date.now() - t0 > PATIENCE_MS) throw new Error('indexing did not finish');
    }
    const duplicatesSeconds = (indexed()! - t0) / 1000;
    const entitiesSeconds = await entitiesIndexed(client, doc, t0, probes);
    const entityProgress = progressSpans(client.progress, ENTITIES).length > 0;
    // The open file's diagnostics once the whole archive is indexed (published again then).
    const repeats: PublishDiagnosticsParams = await client.until(() => {
      const d = client.diagnostics.get(doc.uri);
      return d && (client.publishedAt.get(doc.uri) ?? 0) >= indexed()! ? d : undefined;
    }, 'diagnostics of the open file after indexing', PATIENCE_MS);
    const after = await afterIndexing(doc);
    const memory = memoryOf(client.process.pid!);
    return {
      files,
      megabytes: bytes / 1024 / 1024,
      duplicatesSeconds,
      entitiesSeconds,
      entityProgress,
      duringIndexing: { median: median(probes), max: Math.max(...probes), n: probes.length },
      ...after,
      peakMb: memory.peakMb ?? NaN,
      rssMb: memory.rssMb ?? NaN,
      crossFileRepeats: repeats.diagnostics.filter((x) => x.relatedInformation?.some((r) => r.location.uri !== doc.uri)).length,
    };
  } finally {
    await stopServer(client);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Seconds from start until every file's entities are indexed, probing the open file meanwhile. */
async function entitiesIndexed(client: OpenDocument['client'], doc: OpenDocument, t0: number, probes: number[]): Promise<number> {
  const deadline = Date.now() + 3000;
  while (!progressSpans(client.progress, ENTITIES).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (!progressSpans(client.progress, ENTITIES).length) {
    // No background indexing: the first workspace-wide request builds every model.
    await client.request('workspace/symbol', { query: '局' });
    return (Date.now() - t0) / 1000;
  }
  const done = () => progressSpans(client.progress, ENTITIES)[0]?.end;
  while (!done()) {
    probes.push((await doc.timed('textDocument/documentSymbol')).ms);
    await new Promise((r) => setTimeout(r, 200));
    if (Date.now() - t0 > PATIENCE_MS) throw new Error('entity indexing did not finish');
  }
  return (done()! - t0) / 1000;
}

/** Requests over the whole index: workspace symbols, hover with workspace counts, references (medians). */
async function afterIndexing(doc: OpenDocument): Promise<Pick<ScaleRow, 'workspaceSymbolMs' | 'hoverMs' | 'referencesMs'>> {
  const entities = await doc.entityOffsets();
  const random = seeded(7);
  const symbols: number[] = [];
  for (const query of ['局', '书记', '街道', '工作', '中心']) {
    const started = now();
    await doc.client.request('workspace/symbol', { query });
    symbols.push(since(started));
  }
  const hovers: number[] = [];
  const references: number[] = [];
  for (let i = 0; i < 10; i++) {
    const position = doc.doc.positionAt(entities[Math.floor(random() * entities.length)] + 1);
    hovers.push((await doc.timed('textDocument/hover', { position })).ms);
    if (i < 5) references.push((await doc.timed('textDocument/references', { position, context: { includeDeclaration: true } })).ms);
  }
  return { workspaceSymbolMs: median(symbols), hoverMs: quantile(hovers, 0.5), referencesMs: median(references) };
}

export { fileUri };

if (require.main === module) {
  const [files] = process.argv.slice(2).map(Number);
  void measureScale(files).then((row) => process.stdout.write(`${JSON.stringify(row)}\n`));
}
