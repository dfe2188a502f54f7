/**
 * The outline as document symbols (Outline view, breadcrumbs, Go to Symbol
 * in Editor): masthead, sections → articles → subheads, with the nodes
 * without a headline of their own (bullet items, continuations, teasers, the
 * closing block) named by their first words or marker.
 */
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BulletinModel, OutlineNode } from '../core/model';
import { rangeOf } from './ranges';

const KINDS: Record<OutlineNode['kind'], SymbolKind> = {
  masthead: SymbolKind.File,
  section: SymbolKind.Namespace,
  article: SymbolKind.Class,
  subhead: SymbolKind.Method,
  item: SymbolKind.Field,
  fragment: SymbolKind.Object,
  teaser: SymbolKind.Event,
  closing: SymbolKind.Package,
};

export function documentSymbols(doc: TextDocument, model: Pick<BulletinModel, 'outline'>): DocumentSymbol[] {
  return model.outline.map((n) => toSymbol(doc, n));
}

function toSymbol(doc: TextDocument, n: OutlineNode): DocumentSymbol {
  return {
    // VS Code rejects a symbol with an empty name.
    name: n.title || '…',
    detail: n.detail ?? '',
    kind: KINDS[n.kind],
    range: rangeOf(doc, n),
    selectionRange: rangeOf(doc, { start: n.titleStart, end: n.titleEnd }),
    children: n.children.map((c) => toSymbol(doc, c)),
  };
}
