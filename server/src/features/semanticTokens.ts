/**
 * Persons, units and slogans as semantic tokens. The legend uses standard
 * token types only (variable, type, string), so every colour theme colours
 * them; the first mention of an entity carries the `declaration` modifier.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BulletinModel, EntityType } from '../core/model';

const TOKEN_TYPES: Record<EntityType, number> = { person: 0, unit: 1, slogan: 2 };

export const SEMANTIC_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['variable', 'type', 'string'],
  tokenModifiers: ['declaration'],
};

export function semanticTokens(doc: TextDocument, model: BulletinModel): SemanticTokens {
  const data: number[] = [];
  const seen = new Set<string>();
  let prevLine = 0;
  let prevChar = 0;
  for (const e of model.entities) {
    const key = `${e.type}:${e.text}`;
    const modifiers = seen.has(key) ? 0 : 1;
    seen.add(key);
    // A token may not cross a line: split an entity at line breaks (rare, but names can wrap).
    for (const part of onePerLine(doc, e.start, e.end)) {
      const deltaLine = part.line - prevLine;
      const deltaChar = deltaLine === 0 ? part.character - prevChar : part.character;
      data.push(deltaLine, deltaChar, part.length, TOKEN_TYPES[e.type], modifiers);
      prevLine = part.line;
      prevChar = part.character;
    }
  }
  return { data };
}

function onePerLine(doc: TextDocument, start: number, end: number): { line: number; character: number; length: number }[] {
  const from = doc.positionAt(start);
  const to = doc.positionAt(end);
  if (from.line === to.line) return [{ line: from.line, character: from.character, length: to.character - from.character }];
  const parts = [];
  for (let line = from.line; line <= to.line; line++) {
    const lineStart = line === from.line ? start : doc.offsetAt({ line, character: 0 });
    const lineEnd = line === to.line ? end : doc.offsetAt({ line: line + 1, character: 0 }) - 1;
    const character = doc.positionAt(lineStart).character;
    if (lineEnd > lineStart) parts.push({ line, character, length: lineEnd - lineStart });
  }
  return parts;
}
