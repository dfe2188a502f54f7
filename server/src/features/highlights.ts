/** Document highlights: every mention, in this document, of the entity under the cursor. */
import { type DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entityAt, sameEntity } from '../core/mentions';
import type { BulletinModel } from '../core/model';
import { rangeOf } from './ranges';

export function documentHighlights(doc: TextDocument, model: BulletinModel, offset: number): DocumentHighlight[] {
  const entity = entityAt(model, offset);
  if (!entity) return [];
  return model.entities.filter((e) => sameEntity(e, entity)).map((e) => ({ range: rangeOf(doc, e), kind: DocumentHighlightKind.Text }));
}
