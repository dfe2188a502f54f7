/**
 * Go to Symbol in Workspace for headlines: the articles and subheads of every
 * bulletin the server knows — open documents and the workspace's other
 * *.txt files it has indexed — matched against the query by substring first,
 * then by characters in order (区会议 finds 我区召开…会议).
 */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BulletinModel, OutlineNode } from '../core/model';
import { rangeOf } from './ranges';

export const MAX_HEADLINE_SYMBOLS = 500;

export interface HeadlineSymbolContext {
  /** Every document with its model, in document order. */
  models: [string, BulletinModel][];
  /** The text document for a URI, to turn offsets into positions. */
  lookup: (uri: string) => TextDocument | undefined;
  /** A URI's file name, shown beside an article. */
  displayName: (uri: string) => string;
  isCancelled?: () => boolean;
}

interface Match {
  uri: string;
  node: OutlineNode;
  container: string;
  rank: number;
}

/** Headlines matching `query`, best matches first, at most MAX_HEADLINE_SYMBOLS. */
export function headlineSymbols(query: string, ctx: HeadlineSymbolContext): WorkspaceSymbol[] {
  const wanted = normalize(query);
  const matches: Match[] = [];
  for (const [uri, model] of ctx.models) {
    if (ctx.isCancelled?.()) return [];
    for (const { node, container } of headlines(model.outline, ctx.displayName(uri))) {
      const rank = matchRank(normalize(node.title), wanted);
      if (rank >= 0) matches.push({ uri, node, container, rank });
    }
  }
  matches.sort((a, b) => a.rank - b.rank);
  return matches.slice(0, MAX_HEADLINE_SYMBOLS).flatMap((m) => toSymbol(m, ctx));
}

function* headlines(nodes: OutlineNode[], container: string): Generator<{ node: OutlineNode; container: string }> {
  for (const node of nodes) {
    if (node.kind === 'article' || node.kind === 'subhead') yield { node, container };
    yield* headlines(node.children, node.kind === 'article' ? node.title : container);
  }
}

/** 0 for a substring, 1 for characters in order, -1 for no match. */
function matchRank(title: string, query: string): number {
  if (title.includes(query)) return 0;
  let at = 0;
  for (const ch of query) {
    at = title.indexOf(ch, at);
    if (at < 0) return -1;
    at += ch.length;
  }
  return 1;
}

function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function toSymbol(m: Match, ctx: HeadlineSymbolContext): WorkspaceSymbol[] {
  const doc = ctx.lookup(m.uri);
  if (!doc) return [];
  return [
    {
      name: m.node.title,
      kind: m.node.kind === 'article' ? SymbolKind.Class : SymbolKind.Method,
      containerName: m.container,
      location: { uri: m.uri, range: rangeOf(doc, { start: m.node.titleStart, end: m.node.titleEnd }) },
    },
  ];
}
