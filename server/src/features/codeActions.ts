/**
 * Quick fixes: remove a repeated paragraph, join a paragraph cut by a page
 * break, remove a doubled phrase; and remove all repeats in the file
 * (source.fixAll). Every edit is one versioned TextDocumentEdit, so an
 * editor refuses it once the text has changed and undoes it in one step.
 *
 * When the client can resolve code actions, the edit is computed only when
 * one is chosen (codeAction/resolve), after checking that the document is
 * still at the version the action was offered for: a stale fix is refused
 * with ContentModified instead of being applied to text it was not made for.
 */
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  LSPErrorCodes,
  type Range,
  ResponseError,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BROKEN_PARAGRAPH_CODE, DOUBLED_PHRASE_CODE, DUPLICATE_CODE } from '../core/checks';
import { duplicateOfFinding } from '../core/corpus';
import { fixTarget, planFixAll } from '../core/duplicates/fixPlan';
import type { Lang } from '../core/messages';
import type { Finding } from '../core/model';
import { removalSpans } from '../core/removal';
import type { Span } from '../core/text';
import { rangeOf } from './ranges';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.bulletin`;

const TITLES = {
  zh: {
    one: '删除此重复段落',
    fragment: (line: number) => `删除第 ${line} 行的残段（保留此完整段落）`,
    all: (n: number) => `删除本文所有重复段落（${n} 处）`,
    join: '合并被分页截断的段落',
    double: (phrase: string) => `删除重复的“${phrase}”`,
    stale: '文档已修改，此修复已失效，请重新获取快速修复。',
  },
  en: {
    one: 'Remove this repeated paragraph',
    fragment: (line: number) => `Remove the fragment at line ${line} (keep this complete paragraph)`,
    all: (n: number) => `Remove all repeated paragraphs in this file (${n})`,
    join: 'Join the paragraph cut by the page break',
    double: (phrase: string) => `Remove the doubled “${phrase}”`,
    stale: 'The document changed since this fix was offered; ask for the quick fix again.',
  },
};

export interface CodeActionRequest {
  range: Range;
  only?: string[];
  diagnostics: Diagnostic[];
}

/** What a lazily returned action carries to be resolved: the document version and which fix. */
export interface FixData {
  uri: string;
  version: number;
  /** One finding's fix (by code and offset), or all repeats. */
  fix: { code: string; start: number } | 'all';
}

/** The quick fixes for findings at the range, and the fix-all. With `lazy`, edits wait for resolve. */
export function codeActions(doc: TextDocument, findings: Finding[], request: CodeActionRequest, lang: Lang, lazy: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !request.only || request.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const finish = (action: CodeAction, fix: FixData['fix'], edit: () => WorkspaceEdit) =>
    actions.push(lazy ? { ...action, data: { uri: doc.uri, version: doc.version, fix } satisfies FixData } : { ...action, edit: edit() });
  if (wants(CodeActionKind.QuickFix)) {
    for (const f of findings.filter((x) => overlaps(doc, x, request.range))) {
      const title = quickFixTitle(doc, f, lang);
      if (!title) continue;
      const diagnostics = request.diagnostics.filter((d) => d.code === f.code && sameRange(d.range, rangeOf(doc, f)));
      finish({ title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: f.code === DUPLICATE_CODE }, { code: f.code, start: f.start }, () =>
        versionedEdit(doc, quickFixEdits(doc, f)!),
      );
    }
  }
  const removals = fixAllSpans(doc, findings);
  if (removals.length && (wants(FIX_ALL_KIND) || (request.only === undefined && actions.length))) {
    finish({ title: TITLES[lang].all(removals.length), kind: FIX_ALL_KIND }, 'all', () => versionedEdit(doc, removalEdits(doc, removals)));
  }
  return actions;
}

/**
 * Completes an action returned without its edit. Refuses (ContentModified)
 * when the document is gone or at another version, or the finding it fixes
 * is no longer there.
 */
export function resolveCodeAction(action: CodeAction, doc: TextDocument | undefined, findings: Finding[], lang: Lang): CodeAction {
  const data = action.data as FixData | undefined;
  const stale = () => new ResponseError(LSPErrorCodes.ContentModified, TITLES[lang].stale);
  if (!data || !doc || doc.uri !== data.uri || doc.version !== data.version) throw stale();
  if (data.fix === 'all') {
    const removals = fixAllSpans(doc, findings);
    if (!removals.length) throw stale();
    return { ...action, edit: versionedEdit(doc, removalEdits(doc, removals)) };
  }
  const { code, start } = data.fix;
  const finding = findings.find((f) => f.code === code && f.start === start);
  const edits = finding && quickFixEdits(doc, finding);
  if (!edits) throw stale();
  return { ...action, edit: versionedEdit(doc, edits) };
}

function quickFixTitle(doc: TextDocument, f: Finding, lang: Lang): string | undefined {
  const t = TITLES[lang];
  if (f.code === BROKEN_PARAGRAPH_CODE) return t.join;
  if (f.code === DOUBLED_PHRASE_CODE) return t.double(String(f.data?.phrase ?? ''));
  if (f.code !== DUPLICATE_CODE) return undefined;
  const repeat = duplicateOfFinding(f);
  const target = repeat && fixTarget(doc.uri, repeat);
  if (!target) return undefined;
  return target.start === f.start ? t.one : t.fragment(doc.positionAt(target.start).line + 1);
}

/** The edits of one finding's quick fix, or undefined when it has none here. */
function quickFixEdits(doc: TextDocument, f: Finding): TextEdit[] | undefined {
  if (f.code === BROKEN_PARAGRAPH_CODE) {
    const join = f.data?.join as Span | undefined;
    return join && [{ range: rangeOf(doc, join), newText: '' }];
  }
  if (f.code === DOUBLED_PHRASE_CODE) return [{ range: rangeOf(doc, f), newText: '' }];
  const repeat = duplicateOfFinding(f);
  const target = repeat && fixTarget(doc.uri, repeat);
  return target && removalEdits(doc, [target]);
}

/** The paragraphs removing every repeat deletes, none of them the last copy of its text. */
function fixAllSpans(doc: TextDocument, findings: Finding[]): Span[] {
  const repeats = findings.flatMap((f) => duplicateOfFinding(f) ?? []);
  return planFixAll(doc.uri, repeats);
}

/** Edits removing each paragraph with its separator. */
function removalEdits(doc: TextDocument, paragraphs: Span[]): TextEdit[] {
  return removalSpans(doc.getText(), paragraphs).map((s) => ({ range: rangeOf(doc, s), newText: '' }));
}

/** One versioned document edit: refused by the editor if the text changed, undone in one step. */
function versionedEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
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
