/**
 * Applies a WorkspaceEdit to files on disk as an editor would: resource
 * operations (create) and text edits, each checked against the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export function applyToDisk(edit: WorkspaceEdit): string[] {
  const touched: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
      const file = fileURLToPath((change as CreateFile).uri);
      if (!fs.existsSync(file)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, '');
      } else if (!(change as CreateFile).options?.ignoreIfExists && !(change as CreateFile).options?.overwrite) {
        throw new Error(`create over an existing file: ${file}`);
      }
      continue;
    }
    const { textDocument, edits } = change as TextDocumentEdit;
    const file = fileURLToPath(textDocument.uri);
    const before = fs.readFileSync(file, 'utf8');
    const doc = TextDocument.create(textDocument.uri, 'plaintext', 0, before);
    fs.writeFileSync(file, TextDocument.applyEdits(doc, edits as TextEdit[]));
    touched.push(textDocument.uri);
  }
  return touched;
}
