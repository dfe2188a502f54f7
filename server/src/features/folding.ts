/** Folding ranges: one per node of the outline that spans more than one line (article, section, subhead, masthead…). */
import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { walk } from '../core/analysis';
import type { BulletinModel } from '../core/model';
import { rangeOf } from './ranges';

/** The ranges in document order (the editor keeps the first `rangeLimit` of them). */
export function foldingRanges(doc: TextDocument, model: Pick<BulletinModel, 'outline'>): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const node of walk(model.outline)) {
    const { start, end } = rangeOf(doc, node);
    if (end.line > start.line) out.push({ startLine: start.line, endLine: end.line, kind: FoldingRangeKind.Region });
  }
  return out;
}
