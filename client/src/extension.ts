/**
 * The thin client: starts the language server and forwards documents to it.
 * Plain-text *.txt files go to the server too; when it says one is a
 * bulletin, the editor switches it to the bulletin language (grammar,
 * word wrap), once per file, so a README.txt or a log stays plain text.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { BULLETIN_STATUS, type BulletinStatusParams, LANGUAGE_ID } from '../../server/src/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID },
      { language: 'plaintext', pattern: '**/*.txt' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.txt') },
  };
  client = new LanguageClient('bulletin', vscode.l10n.t('Bulletin Language Server'), serverOptions, clientOptions);
  const switched = new Set<string>();
  context.subscriptions.push(
    client.onNotification(BULLETIN_STATUS, (status: BulletinStatusParams) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === status.uri);
      if (!doc || !status.isBulletin || doc.languageId !== 'plaintext' || switched.has(status.uri)) return;
      switched.add(status.uri);
      void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
  );
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
