/**
 * Workspace symbols for persons and units: one symbol per name and
 * document, at its first mention there, found by a query that matches the
 * name, a person's title or a unit's full name.
 */
import { type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity } from '../core/model';
import { rangeOf } from './ranges';

const KINDS = { person: SymbolKind.Variable, unit: SymbolKind.Class } as const;
const MAX_SYMBOLS = 1000;

/**
 * Symbols of the persons and units of `entries` (each document's entities)
 * matching `query` (empty: all). `lookup` gives the document of a URI.
 */
export function entityWorkspaceSymbols(
  query: string,
  entries: Iterable<[string, Entity[]]>,
  lookup: (uri: string) => TextDocument | undefined,
  displayName: (uri: string) => string = (uri) => uri.slice(uri.lastIndexOf('/') + 1),
  isCancelled: () => boolean = () => false,
): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const [uri, entities] of entries) {
    if (isCancelled()) return [];
    const firsts = firstMentions(entities);
    if (!firsts.length) continue;
    let doc: TextDocument | undefined;
    for (const e of firsts) {
      const name = e.text.replace(/[ \u3000]+/g, '');
      const detail = e.title ?? e.fullName ?? '';
      if (!matches(query, name) && !matches(query, detail)) continue;
      doc ??= lookup(uri);
      if (!doc) break;
      symbols.push({
        name,
        kind: KINDS[e.type as 'person' | 'unit'],
        location: { uri: doc.uri, range: rangeOf(doc, e) },
        containerName: detail ? `${detail} · ${displayName(uri)}` : displayName(uri),
      });
      if (symbols.length >= MAX_SYMBOLS) return symbols;
    }
  }
  return symbols;
}

/** The first mention of each person and unit in a document. */
function firstMentions(entities: Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((e) => {
    const key = `${e.type}:${e.text.replace(/[ \u3000]+/g, '')}`;
    if ((e.type !== 'person' && e.type !== 'unit') || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Case-insensitive: the query's characters appear in order (宋洁 matches 宋洁; 城管 matches 区城管局). */
function matches(query: string, text: string): boolean {
  const q = [...query.trim().toLowerCase()];
  if (!q.length) return true;
  let k = 0;
  for (const ch of text.toLowerCase()) if (ch === q[k] && ++k === q.length) return true;
  return false;
}
