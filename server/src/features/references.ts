/**
 * Find all references of a person, unit or slogan: its mentions in every
 * bulletin of the workspace, in document order. The first of them all
 * counts as the declaration (left out when the client asks so).
 */
import type { Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceMentions } from '../core/mentionIndex';
import { entityAt, sameEntity } from '../core/mentions';
import type { BulletinModel } from '../core/model';
import { rangeOf } from './ranges';

export interface ReferencesContext {
  /** Mentions across the workspace (this document's included). */
  mentions: WorkspaceMentions;
  /** The document of a URI the corpus knows, to place offsets on lines. */
  lookup: (doc: string) => TextDocument | undefined;
  includeDeclaration: boolean;
}

export function entityReferences(model: BulletinModel, offset: number, ctx: ReferencesContext): Location[] {
  const entity = entityAt(model, offset);
  if (!entity) return [];
  const locations: Location[] = [];
  for (const [uri, mentions] of ctx.mentions.of(entity)) {
    const doc = ctx.lookup(uri);
    if (!doc) continue;
    for (const e of mentions) if (sameEntity(e, entity)) locations.push({ uri: doc.uri, range: rangeOf(doc, e) });
  }
  return ctx.includeDeclaration ? locations : locations.slice(1);
}
