/**
 * The thin client: starts the language server and forwards documents to it.
 * Plain-text *.txt files go to the server too; when it says one is a
 * bulletin, the editor switches it to the bulletin language (grammar,
 * word wrap), once per file, so a README.txt or a log stays plain text.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { BULLETIN_STATUS, type BulletinInitializationOptions, type BulletinStatusParams, LANGUAGE_ID, WORKSPACE_TRUSTED } from '../../server/src/protocol';

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
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted } satisfies BulletinInitializationOptions,
  };
  client = new LanguageClient('bulletin', vscode.l10n.t('Bulletin Language Server'), serverOptions, clientOptions);
  const switched = new Set<string>();
  context.subscriptions.push(
    client.onNotification(BULLETIN_STATUS, (status: BulletinStatusParams) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === status.uri);
      if (!doc || switched.has(status.uri)) return;
      if (status.reason === 'mojibake') return offerReopen(doc, switched);
      if (!status.isBulletin || doc.languageId !== 'plaintext') return;
      switched.add(status.uri);
      void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUSTED)),
    vscode.commands.registerCommand('bulletin.restartServer', () => client?.restart()),
  );
  await client.start();
}

/** A garbled (GBK/GB18030) file: say so once and offer VS Code's own Reopen with Encoding. */
function offerReopen(doc: vscode.TextDocument, asked: Set<string>): void {
  asked.add(doc.uri.toString());
  const reopen = vscode.l10n.t('Reopen with Encoding');
  const message = vscode.l10n.t('{0} does not look like UTF-8 (probably GBK/GB18030). Reopen it with the right encoding to analyse it.', doc.fileName);
  void vscode.window.showWarningMessage(message, reopen).then(async (choice) => {
    if (choice !== reopen) return;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
  });
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
