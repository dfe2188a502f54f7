/**
 * Under load: 200 bulletins open, then a burst of 1 000 edits across them
 * interleaved with hovers, outlines and colourings, a third of them
 * cancelled right after being sent. Every request is answered; the last
 * diagnostics of every document are those of its last version; and once
 * the documents are closed the server's heap (measured after a forced
 * garbage collection, through bulletin/stats) is back near its level with
 * them open. Nothing here is timed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CancellationTokenSource, type DocumentSymbol, type Hover, type SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateArchive } from '../../bench/archive';
import { sampleTexts } from '../../bench/texts';
import { BULLETIN_STATS, type BulletinStats } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';

const DOCUMENTS = 200;
const EDITS = 1000;
/** A request after every this many edits; every third request is cancelled. */
const EDITS_PER_REQUEST = 2;
let client: LspTestClient;
let docs: TextDocument[] = [];

before(async () => {
  client = await LspTestClient.start({ execArgv: ['--expose-gc'] });
  docs = [...generateArchive({ files: DOCUMENTS, samples: sampleTexts(), seed: 7 })].map((b, i) =>
    TextDocument.create(`file:///load/${String(i).padStart(3, '0')}.txt`, 'plaintext', 1, b.text),
  );
});

after(async () => {
  if (client) assert.equal(await client.stop(), 0);
});

const stats = () => client.request<BulletinStats>(BULLETIN_STATS, null);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Applies an edit to the mirror and sends it; its new version. */
async function edit(doc: TextDocument, start: number, end: number, text: string): Promise<TextDocument> {
  const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
  const next = TextDocument.update(doc, [{ range, text }], doc.version + 1);
  await client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: next.version }, contentChanges: [{ range, text }] });
  return next;
}

/** An offset moved off the middle of a surrogate pair. */
function onBoundary(text: string, at: number): number {
  return /[\uDC00-\uDFFF]/.test(text[at] ?? '') && /[\uD800-\uDBFF]/.test(text[at - 1] ?? '') ? at + 1 : at;
}

/** The longest line of a text: a body paragraph, long enough to be compared for repeats. */
function longestLine(text: string): string {
  return text.split(/\r?\n/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

interface Sent {
  method: string;
  cancelled: boolean;
  outcome: Promise<{ result?: unknown; error?: { code: number } }>;
}

function send(method: string, params: unknown, cancel: boolean): Sent {
  const source = new CancellationTokenSource();
  const outcome = client.connection.sendRequest(method, params, source.token).then(
    (result) => ({ result }),
    (error: { code: number }) => ({ error }),
  );
  if (cancel) source.cancel();
  return { method, cancelled: cancel, outcome };
}

const METHODS = ['textDocument/hover', 'textDocument/documentSymbol', 'textDocument/semanticTokens/full'];

test('200 bulletins, 1 000 edits with requests, some cancelled: all answered, final diagnostics current, memory back', async () => {
  for (const doc of docs) await client.open(doc.uri, doc.getText());
  await Promise.all(docs.map((d) => client.diagnosticsAt(d.uri, 1)));
  for (const doc of docs) await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: doc.uri } });
  const opened = await stats();
  assert.equal(opened.openDocuments, DOCUMENTS);

  const random = prng(42);
  const pick = (n: number) => Math.floor(random() * n);
  const sent: Sent[] = [];
  // The last edit of each document appends a copy of its longest line, so its final diagnostics must show that repeat.
  const finalEdits = docs.map((_, i) => i).sort(() => random() - 0.5);
  for (let i = 0; i < EDITS; i++) {
    const final = i >= EDITS - DOCUMENTS;
    const index = final ? finalEdits[i - (EDITS - DOCUMENTS)] : pick(DOCUMENTS);
    const doc = docs[index];
    if (final) {
      const end = doc.getText().length;
      docs[index] = await edit(doc, end, end, `\n${longestLine(doc.getText())}\n`);
    } else {
      const start = onBoundary(doc.getText(), pick(doc.getText().length));
      const end = onBoundary(doc.getText(), Math.min(doc.getText().length, start + 1 + pick(3)));
      docs[index] = random() < 0.3 ? await edit(doc, start, end, '') : await edit(doc, start, start, '改革发展'.slice(0, 1 + pick(4)));
    }
    if (i % EDITS_PER_REQUEST === 0) {
      const target = docs[pick(DOCUMENTS)];
      const method = METHODS[sent.length % METHODS.length];
      const params = { textDocument: { uri: target.uri }, ...(method.endsWith('hover') ? { position: target.positionAt(pick(target.getText().length)) } : {}) };
      sent.push(send(method, params, sent.length % 3 === 2));
    }
  }

  const outcomes = await Promise.all(sent.map((s) => s.outcome));
  const cancelled = sent.filter((s) => s.cancelled).length;
  assert.equal(sent.length, EDITS / EDITS_PER_REQUEST);
  outcomes.forEach((o, i) => {
    const { method, cancelled: wasCancelled } = sent[i];
    // LSP allows either a RequestCancelled error (-32800) or a result; this server gives a result, an empty one when it stopped waiting.
    assert.equal(o.error, undefined, `${method}${wasCancelled ? ' (cancelled)' : ''}: error ${JSON.stringify(o.error)}`);
    assert.ok(resultShaped(method, o.result), `${method}: ${JSON.stringify(o.result)?.slice(0, 100)}`);
  });

  for (const doc of docs) {
    const published = await client.diagnosticsAt(doc.uri, doc.version);
    const lastLine = doc.lineCount - 2;
    const repeat = published.diagnostics.find((d) => d.code === 'duplicate-paragraph' && d.range.start.line === lastLine);
    assert.ok(repeat, `${doc.uri} v${doc.version}: the appended copy is flagged in the final diagnostics`);
    for (const d of published.diagnostics) assert.ok(doc.offsetAt(d.range.end) <= doc.getText().length && d.range.end.line < doc.lineCount);
  }
  const burst = await stats();

  for (const doc of docs) await client.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
  await client.until(() => (docs.every((d) => client.diagnostics.get(d.uri)?.diagnostics.length === 0) ? true : undefined), 'diagnostics cleared');
  const closed = await stats();
  console.log(
    `load: ${DOCUMENTS} documents, ${EDITS} edits, ${sent.length} requests (${cancelled} cancelled, all answered with a result); ` +
      `heap after opening ${mb(opened.heapUsed)}, after the burst ${mb(burst.heapUsed)}, after closing ${mb(closed.heapUsed)}; ` +
      `rss ${mb(opened.rss)} / ${mb(burst.rss)} / ${mb(closed.rss)} (gc forced: ${closed.collected})`,
  );
  assert.equal(closed.openDocuments, 0);
  assert.equal(closed.corpusDocuments, 0);
  assert.ok(closed.collected, 'the server ran with --expose-gc');
  assert.ok(closed.heapUsed <= opened.heapUsed * 1.5, `heap after closing ${mb(closed.heapUsed)} vs ${mb(opened.heapUsed)} with the documents open`);
});

/** Whether a result has the shape its method answers with. */
function resultShaped(method: string, result: unknown): boolean {
  if (method.endsWith('hover')) return result === null || typeof (result as Hover).contents === 'object';
  if (method.endsWith('documentSymbol')) return Array.isArray(result) && (result as DocumentSymbol[]).every((s) => typeof s.name === 'string');
  return Array.isArray((result as SemanticTokens).data) && (result as SemanticTokens).data.length % 5 === 0;
}
