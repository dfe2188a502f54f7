/** The outline as document symbols: masthead, sections → articles → subheads. */
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BulletinModel, OutlineNode } from '../core/model';
import { rangeOf } from './ranges';

const KINDS: Record<OutlineNode['kind'], SymbolKind> = {
  masthead: SymbolKind.File,
  section: SymbolKind.Namespace,
  article: SymbolKind.Class,
  subhead: SymbolKind.Method,
};

export function documentSymbols(doc: TextDocument, model: BulletinModel): DocumentSymbol[] {
  return model.outline.map((n) => toSymbol(doc, n));
}

function toSymbol(doc: TextDocument, n: OutlineNode): DocumentSymbol {
  return {
    name: n.title || '…',
    detail: n.detail ?? '',
    kind: KINDS[n.kind],
    range: rangeOf(doc, n),
    selectionRange: rangeOf(doc, { start: n.titleStart, end: n.titleEnd }),
    children: n.children.map((c) => toSymbol(doc, c)),
  };
}
