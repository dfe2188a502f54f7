/** Findings of the corpus as LSP diagnostics, with the earlier copy as related information. */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/model';
import { rangeOf } from './ranges';

export const DIAGNOSTIC_SOURCE = 'bulletin';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Resolves a related document to its URI and text (open document or file on disk). */
export type DocumentLookup = (doc: string) => TextDocument | undefined;

export function toDiagnostics(doc: TextDocument, findings: Finding[], lookup: DocumentLookup): Diagnostic[] {
  return findings.map((f) => ({
    range: rangeOf(doc, f),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    data: { ...f.data, start: f.start, end: f.end, version: doc.version },
    relatedInformation: f.related.flatMap((r) => {
      const other = lookup(r.doc);
      return other ? [{ location: { uri: other.uri, range: rangeOf(other, r) }, message: r.message ?? '' }] : [];
    }),
  }));
}
