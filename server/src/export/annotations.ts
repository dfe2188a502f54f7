/**
 * The annotation export (shared/spec/annotations.md): the corpus's view of
 * one file as plain JSON, with the fields the spec names and no others.
 */
import type { Corpus } from '../core/corpus';
import type { Lang } from '../core/messages';
import type { Entity, Finding, OutlineNode } from '../core/model';

/** The kinds the spec names. */
export type ExportedKind = 'masthead' | 'section' | 'article' | 'subhead';
const EXPORTED_KINDS = new Set<string>(['masthead', 'section', 'article', 'subhead'] satisfies ExportedKind[]);

export interface ExportedArticle {
  title: string;
  kind: ExportedKind;
  start: number;
  end: number;
  titleStart: number;
  titleEnd: number;
  children: ExportedArticle[];
}

export interface ExportedEntity {
  type: Entity['type'];
  text: string;
  start: number;
  end: number;
  title?: string;
}

export interface ExportedDiagnostic {
  code: string;
  severity: Finding['severity'];
  kind?: string;
  similarity?: number;
  start: number;
  end: number;
  message: string;
  related: { path: string; start: number; end: number }[];
}

export interface ExportedFile {
  path: string;
  isBulletin: boolean;
  articles: ExportedArticle[];
  entities: ExportedEntity[];
  diagnostics: ExportedDiagnostic[];
  error?: string;
}

/** One file of the export; `path` is the corpus key, as the command received it. */
export function exportFile(corpus: Corpus, path: string, lang: Lang): ExportedFile {
  const model = corpus.model(path);
  if (!model) return { path, isBulletin: false, articles: [], entities: [], diagnostics: [] };
  return {
    path,
    isBulletin: model.isBulletin,
    articles: exportArticles(model.outline),
    entities: model.entities.map(exportEntity),
    diagnostics: corpus.findings(path, lang).map(exportDiagnostic),
  };
}

/**
 * The outline in the spec's kinds. The editor's outline also shows nodes that
 * have no headline of their own — bullet items of a 简讯 section, text
 * continued from another page, teasers for other pages, the closing block —
 * but a reader listing the articles would not list them, so they are
 * left out here; the subheads a continuation holds are a reader's headings
 * all the same, and take its place.
 */
function exportArticles(nodes: OutlineNode[]): ExportedArticle[] {
  return nodes.flatMap((n) => (EXPORTED_KINDS.has(n.kind) ? [exportArticle(n)] : exportArticles(n.children)));
}

function exportArticle(n: OutlineNode): ExportedArticle {
  return {
    title: n.title,
    kind: n.kind as ExportedKind,
    start: n.start,
    end: n.end,
    titleStart: n.titleStart,
    titleEnd: n.titleEnd,
    children: exportArticles(n.children),
  };
}

function exportEntity(e: Entity): ExportedEntity {
  return { type: e.type, text: e.text, start: e.start, end: e.end, ...(e.title ? { title: e.title } : {}) };
}

function exportDiagnostic(f: Finding): ExportedDiagnostic {
  const { kind, similarity } = (f.data ?? {}) as { kind?: string; similarity?: number };
  return {
    code: f.code,
    severity: f.severity,
    ...(kind !== undefined ? { kind } : {}),
    ...(similarity !== undefined ? { similarity } : {}),
    start: f.start,
    end: f.end,
    message: f.message,
    related: f.related.map((r) => ({ path: r.doc, start: r.start, end: r.end })),
  };
}
