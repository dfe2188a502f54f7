/**
 * What must hold for any document: analysis and every feature run without
 * throwing, every range lies inside the text on UTF-16 boundaries, entity
 * texts equal their slices, the outline nests, semantic tokens are well
 * formed, and fix-all applies cleanly.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Range, TextEdit } from 'vscode-languageserver';
import { Corpus } from '../../server/src/core/corpus';
import { mentionsInModels } from '../../server/src/core/mentions';
import type { OutlineNode } from '../../server/src/core/model';
import { codeActions, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { hover } from '../../server/src/features/hover';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { tagger } from '../support/tagger';

/** True when `offset` does not fall between the two halves of a surrogate pair. */
export function onBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

function checkSpan(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: ${start}..${end} inside 0..${text.length}`);
  assert.ok(onBoundary(text, start) && onBoundary(text, end), `${what}: ${start}..${end} on UTF-16 boundaries`);
}

function checkOutline(text: string, nodes: OutlineNode[], parent?: OutlineNode): void {
  let previousEnd = parent ? parent.start : 0;
  for (const n of nodes) {
    checkSpan(text, n.start, n.end, `outline ${n.kind}`);
    checkSpan(text, n.titleStart, n.titleEnd, `outline title`);
    assert.ok(n.start <= n.titleStart && n.titleEnd <= Math.max(n.end, n.titleEnd), 'title inside its node');
    assert.ok(n.start >= previousEnd, 'siblings in order, not overlapping');
    if (parent) assert.ok(parent.start <= n.start && n.end <= parent.end, 'child inside parent');
    previousEnd = n.end;
    checkOutline(text, n.children, n);
  }
}

function checkRange(doc: TextDocument, range: Range, what: string): void {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  assert.deepEqual(doc.positionAt(start), range.start, `${what}: start position is a real position`);
  assert.deepEqual(doc.positionAt(end), range.end, `${what}: end position is a real position`);
  checkSpan(doc.getText(), start, end, what);
}

function checkSymbols(doc: TextDocument, symbols: DocumentSymbol[]): void {
  for (const s of symbols) {
    assert.ok(s.name.length > 0, 'symbol names are not empty');
    checkRange(doc, s.range, 'symbol range');
    checkRange(doc, s.selectionRange, 'symbol selection');
    checkSymbols(doc, s.children ?? []);
  }
}

function checkTokens(doc: TextDocument, data: number[]): void {
  assert.equal(data.length % 5, 0, 'tokens come in fives');
  let line = 0;
  let char = 0;
  let lastEnd = -1;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, length] = data.slice(i, i + 5);
    assert.ok(dl >= 0 && length > 0, 'tokens move forward and are not empty');
    line += dl;
    char = dl === 0 ? char + dc : dc;
    const start = doc.offsetAt({ line, character: char });
    const end = doc.offsetAt({ line, character: char + length });
    assert.equal(end - start, length, 'a token stays on its line');
    assert.ok(start >= lastEnd, 'tokens do not overlap');
    checkSpan(doc.getText(), start, end, 'token');
    lastEnd = end;
  }
}

/** Runs everything on `text` and asserts the properties; throws on the first violation. */
export function checkDocument(text: string, probe = 0): void {
  const uri = 'file:///fuzz/doc.txt';
  const corpus = new Corpus(tagger);
  const model = corpus.set(uri, text);
  const doc = TextDocument.create(uri, 'bulletin', 1, text);
  for (const p of model.paragraphs) checkSpan(text, p.start, p.end, 'paragraph');
  for (const e of model.entities) {
    checkSpan(text, e.start, e.end, `entity ${e.type}`);
    assert.equal(text.slice(e.start, e.end), e.text, 'entity text is its slice');
  }
  checkOutline(text, model.outline);
  checkSymbols(doc, documentSymbols(doc, model));
  checkTokens(doc, semanticTokens(doc, model).data);
  const findings = corpus.findings(uri, 'zh');
  for (const f of findings) checkSpan(text, f.start, f.end, `finding ${f.code}`);
  const offset = text.length ? probe % (text.length + 1) : 0;
  hover(doc, model, offset, { uri, lang: 'en', mentions: mentionsInModels(corpus.entries()), displayName: (d) => d });
  const whole = { start: doc.positionAt(0), end: doc.positionAt(text.length) };
  const actions = codeActions(doc, findings, { range: whole, diagnostics: [], only: [FIX_ALL_KIND] }, 'zh', false);
  for (const action of actions) {
    const edits = (action.edit?.documentChanges?.[0] as { edits: TextEdit[] } | undefined)?.edits ?? [];
    for (const e of edits) checkRange(doc, e.range, 'edit');
    const fixed = TextDocument.applyEdits(doc, edits);
    assert.ok(fixed.length <= text.length, 'fix-all only removes');
  }
}
