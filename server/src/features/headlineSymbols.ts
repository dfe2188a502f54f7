/**
 * Go to Symbol in Workspace for headlines: the articles and subheads of every
 * bulletin the server knows — open documents and the workspace's other
 * *.txt files it has indexed — matched against the query by substring first,
 * then by characters in order (区会议 finds 我区召开…会议).
 */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OutlineNode } from '../core/model';
import { rangeOf } from './ranges';

export const MAX_HEADLINE_SYMBOLS = 500;

/** A headline of an article or subhead, kept apart from the outline so a workspace file's outline can be let go. */
export interface Headline {
  kind: 'article' | 'subhead';
  title: string;
  titleStart: number;
  titleEnd: number;
  /** The article a subhead belongs to (none: the headline is listed under its file). */
  article?: string;
}

export interface HeadlineSymbolContext {
  /** Every document with its headlines, in document order. */
  headlines: Iterable<[string, Headline[]]>;
  /** The text document for a URI, to turn offsets into positions. */
  lookup: (uri: string) => TextDocument | undefined;
  /** A URI's file name, shown beside an article. */
  displayName: (uri: string) => string;
  isCancelled?: () => boolean;
}

interface Match {
  uri: string;
  headline: Headline;
  rank: number;
}

/** Headlines matching `query`, best matches first, at most MAX_HEADLINE_SYMBOLS. */
export function headlineSymbols(query: string, ctx: HeadlineSymbolContext): WorkspaceSymbol[] {
  const wanted = normalize(query);
  const matches: Match[] = [];
  for (const [uri, headlines] of ctx.headlines) {
    if (ctx.isCancelled?.()) return [];
    for (const headline of headlines) {
      const rank = matchRank(normalize(headline.title), wanted);
      if (rank >= 0) matches.push({ uri, headline, rank });
    }
  }
  matches.sort((a, b) => a.rank - b.rank);
  return matches.slice(0, MAX_HEADLINE_SYMBOLS).flatMap((m) => toSymbol(m, ctx));
}

/** The article and subhead headlines of an outline, in order. */
export function headlinesOf(nodes: OutlineNode[], article?: string, out: Headline[] = []): Headline[] {
  for (const node of nodes) {
    if (node.kind === 'article' || node.kind === 'subhead') {
      out.push({ kind: node.kind, title: node.title, titleStart: node.titleStart, titleEnd: node.titleEnd, ...(article !== undefined ? { article } : {}) });
    }
    headlinesOf(node.children, node.kind === 'article' ? node.title : article, out);
  }
  return out;
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
  const h = m.headline;
  return [
    {
      name: h.title,
      kind: h.kind === 'article' ? SymbolKind.Class : SymbolKind.Method,
      containerName: h.article ?? ctx.displayName(m.uri),
      location: { uri: m.uri, range: rangeOf(doc, { start: h.titleStart, end: h.titleEnd }) },
    },
  ];
}
