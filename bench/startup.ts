/**
 * Part 4: start-up. From spawning the server process: when initialize is
 * answered, when the first documentSymbol on a bulletin opened at once is
 * answered, and when its semantic tokens (which need word segmentation) are;
 * resident memory after initialize and after those first answers.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OpenDocument, startServer, stopServer } from './lsp';
import { median, memoryOf, now, since } from './stats';
import { bulletinOfSize } from './texts';

export interface StartupRow {
  runs: number;
  initializeMs: number;
  firstSymbolsMs: number;
  firstTokensMs: number;
  rssAfterInitializeMb: number;
  rssAfterFirstAnswersMb: number;
}

export async function measureStartup(runs: number): Promise<StartupRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletin-startup-'));
  const file = path.join(dir, 'issue.txt');
  const text = bulletinOfSize(50 * 1024, 5);
  fs.writeFileSync(file, text);
  const rows: Omit<StartupRow, 'runs'>[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const started = now();
      const client = await startServer({});
      const initializeMs = since(started);
      const rssAfterInitializeMb = memoryOf(client.process.pid!).rssMb ?? NaN;
      const doc = await OpenDocument.open(client, file, text);
      await doc.timed('textDocument/documentSymbol');
      const firstSymbolsMs = since(started);
      await doc.timed('textDocument/semanticTokens/full');
      const firstTokensMs = since(started);
      rows.push({ initializeMs, firstSymbolsMs, firstTokensMs, rssAfterInitializeMb, rssAfterFirstAnswersMb: memoryOf(client.process.pid!).rssMb ?? NaN });
      await stopServer(client);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const mid = (k: keyof Omit<StartupRow, 'runs'>) => median(rows.map((x) => x[k]));
  return {
    runs,
    initializeMs: mid('initializeMs'),
    firstSymbolsMs: mid('firstSymbolsMs'),
    firstTokensMs: mid('firstTokensMs'),
    rssAfterInitializeMb: mid('rssAfterInitializeMb'),
    rssAfterFirstAnswersMb: mid('rssAfterFirstAnswersMb'),
  };
}

if (require.main === module) {
  const [runs] = process.argv.slice(2).map(Number);
  void measureStartup(runs || 5).then((row) => process.stdout.write(`${JSON.stringify(row)}\n`));
}
