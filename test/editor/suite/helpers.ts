/** Small helpers for the extension-host suite: polling, the workspace copy, locale-aware expectations. */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'bulletin-lens.bulletin-lens';
export const FIRST_SEED = '000_9ea3192d4f02f8ea.txt';
export const SECOND_SEED = '001_5ae22829d223a388.txt';
export const README = 'README.txt';

/** Polls until `probe` returns a value other than undefined/false, or fails naming what it waited for. */
export async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The workspace folder the runner opened: a temp copy of seeds/ plus an English README.txt. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the runner must open a workspace folder (a copy of seeds/)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function seedNames(): Promise<string[]> {
  const folder = workspaceFile('.');
  const entries = await vscode.workspace.fs.readDirectory(folder);
  return entries.map(([name]) => name).filter((n) => /^\d{3}_.*\.txt$/.test(n)).sort();
}

/** Opens a file in an editor and waits until the server has judged it a bulletin. */
export async function openBulletin(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return until(() => {
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString());
    return current?.languageId === 'bulletin' ? current : undefined;
  }, `${name} to switch to the bulletin language`);
}

/** Chinese when VS Code runs in Chinese (the server answers in the client's locale). */
export function isChinese(): boolean {
  return vscode.env.language.toLowerCase().startsWith('zh');
}
