/**
 * Quick fixes for repeated paragraphs: remove this one, or all of them in the
 * file (source.fixAll). Edits name the document version they were computed
 * for, so an editor refuses them once the text has changed.
 */
import { type CodeAction, CodeActionKind, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DUPLICATE_CODE } from '../core/corpus';
import type { Lang } from '../core/messages';
import type { Finding } from '../core/model';
import { mergeSpans, removalSpan } from '../core/removal';
import type { Span } from '../core/text';
import { rangeOf } from './ranges';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.bulletin`;

const TITLES = {
  zh: { one: '删除此重复段落', all: '删除本文所有重复段落' },
  en: { one: 'Remove this repeated paragraph', all: 'Remove all repeated paragraphs in this file' },
};

export interface CodeActionRequest {
  range: Range;
  only?: string[];
  diagnostics: Diagnostic[];
}

export function codeActions(doc: TextDocument, findings: Finding[], request: CodeActionRequest, lang: Lang): CodeAction[] {
  const repeats = findings.filter((f) => f.code === DUPLICATE_CODE);
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !request.only || request.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  if (wants(CodeActionKind.QuickFix)) {
    for (const f of repeats.filter((r) => overlaps(doc, r, request.range))) {
      actions.push({
        title: TITLES[lang].one,
        kind: CodeActionKind.QuickFix,
        diagnostics: request.diagnostics.filter((d) => d.code === DUPLICATE_CODE && sameRange(d.range, rangeOf(doc, f))),
        isPreferred: true,
        edit: removeEdit(doc, [f]),
      });
    }
  }
  if (repeats.length && (wants(FIX_ALL_KIND) || (request.only === undefined && actions.length))) {
    actions.push({ title: TITLES[lang].all, kind: FIX_ALL_KIND, edit: removeEdit(doc, repeats) });
  }
  return actions;
}

/** One versioned edit removing each paragraph with its separator. */
export function removeEdit(doc: TextDocument, spans: Span[]) {
  const text = doc.getText();
  const edits: TextEdit[] = mergeSpans(spans.map((s) => removalSpan(text, s))).map((s) => ({ range: rangeOf(doc, s), newText: '' }));
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

function overlaps(doc: TextDocument, span: Span, range: Range): boolean {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  return span.start <= end && start <= span.end;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
