/**
 * Persons, units and slogans as semantic tokens. The legend uses standard
 * token types and modifiers only, so every colour theme colours them:
 * a person is a `variable`, a unit a `type`, a slogan a `string`; the first
 * mention of an entity in a document carries `declaration`, and one found
 * in the lists of well-known names (国务院, “两个维护”) `defaultLibrary`.
 */
import { type SemanticTokens, type SemanticTokensLegend, SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BulletinModel, Entity, EntityType } from '../core/model';

const TOKEN_TYPES: Record<EntityType, number> = { person: 0, unit: 1, slogan: 2 };
const DECLARATION = 1 << 0;
const DEFAULT_LIBRARY = 1 << 1;

export const SEMANTIC_LEGEND: SemanticTokensLegend = {
  tokenTypes: [SemanticTokenTypes.variable, SemanticTokenTypes.type, SemanticTokenTypes.string],
  tokenModifiers: [SemanticTokenModifiers.declaration, SemanticTokenModifiers.defaultLibrary],
};

interface Part {
  line: number;
  character: number;
  length: number;
}

/** The tokens of a document: entities in order, each cut at line breaks, relative to the one before. */
export function semanticTokens(doc: TextDocument, model: BulletinModel): SemanticTokens {
  const data: number[] = [];
  const seen = new Set<string>();
  let prevLine = 0;
  let prevChar = 0;
  for (const e of model.entities) {
    const key = `${e.type}:${e.text}`;
    const modifiers = (seen.has(key) ? 0 : DECLARATION) | (e.known ? DEFAULT_LIBRARY : 0);
    seen.add(key);
    for (const part of partsOf(doc, e)) {
      const deltaLine = part.line - prevLine;
      data.push(deltaLine, deltaLine === 0 ? part.character - prevChar : part.character, part.length, TOKEN_TYPES[e.type], modifiers);
      prevLine = part.line;
      prevChar = part.character;
    }
  }
  return { data };
}

/** A token may not cross a line: an entity is cut at each line break (CR, LF or CRLF), and empty pieces dropped. */
function partsOf(doc: TextDocument, e: Entity): Part[] {
  const parts: Part[] = [];
  const text = doc.getText().slice(e.start, e.end);
  let offset = e.start;
  for (const piece of text.split(/(\r\n|\r|\n)/)) {
    if (piece && !/^[\r\n]+$/.test(piece)) {
      const at = doc.positionAt(offset);
      parts.push({ line: at.line, character: at.character, length: piece.length });
    }
    offset += piece.length;
  }
  return parts;
}
