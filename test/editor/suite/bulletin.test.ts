/**
 * The extension as VS Code itself sees it: activation on plain-text .txt
 * files, the switch to the bulletin language, and every feature through
 * VS Code's own commands (the same ones the Outline, hovers, Problems and
 * the light bulb use). Runs in an extension host; polls, never sleeps.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { countOf, removedBlock, removedOnly } from '../support/text';
import { EXTENSION_ID, FIRST_SEED, isChinese, openBulletin, README, SECOND_SEED, seedNames, until, workspaceFile } from './helpers';

const FIRST_HEADLINE = '宋洁带队夜查全区大气污染防治工作';
const DUPLICATE_CODE = 'duplicate-paragraph';

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

function repeatsIn(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === DUPLICATE_CODE);
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

async function quickFixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  // The server computes a fix's edit when it is chosen (codeAction/resolve, with a version check): ask VS Code to resolve them.
  const resolveCount = 20;
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, resolveCount)) ?? [];
}

describe('Bulletin Lens in a real VS Code extension host', () => {
  it('activates on a plain-text .txt and switches every seed to the bulletin language', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const seeds = await seedNames();
    assert.ok(seeds.length >= 5, `the workspace holds the seeds (found ${seeds.join(', ')})`);
    for (const seed of seeds) {
      const doc = await openBulletin(seed);
      assert.equal(doc.languageId, 'bulletin', seed);
    }
    await until(() => extension.isActive, 'the extension to be active');
    assert.ok((await vscode.languages.getLanguages()).includes('bulletin'));
  });

  it('leaves an English README.txt plain text, without outline, hover or diagnostics', async () => {
    const readme = await vscode.workspace.openTextDocument(workspaceFile(README));
    await vscode.window.showTextDocument(readme, { preview: false });
    assert.equal(readme.languageId, 'plaintext');
    // The server answers requests in order, so this answer comes after it judged the README (and told the client).
    assert.deepEqual(await symbolsOf(readme.uri), []);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', readme.uri, new vscode.Position(0, 2));
    assert.equal(hovers.length, 0, 'no hover on English text');
    // A bulletin opened after the README is judged after it; once that one has switched, the README's verdict is in.
    await openBulletin(FIRST_SEED);
    assert.equal(readme.languageId, 'plaintext', 'README.txt stays plain text');
    assert.deepEqual(vscode.languages.getDiagnostics(readme.uri), []);
  });

  it('gives the outline as document symbols: articles with clean headlines', async () => {
    const doc = await openBulletin(FIRST_SEED);
    const symbols = await until(async () => {
      const s = await symbolsOf(doc.uri);
      return s.length ? s : undefined;
    }, 'document symbols of the first seed');
    assert.equal(symbols[0].name, FIRST_HEADLINE);
    assert.equal(symbols[0].selectionRange.start.line, 0);
    assert.equal(doc.getText(symbols[0].selectionRange), FIRST_HEADLINE, 'the selection range covers the headline');
    assert.ok(symbols.length >= 5, `000 has at least five articles (got ${symbols.length})`);
    for (const seed of await seedNames()) {
      const all = flatten(await symbolsOf((await openBulletin(seed)).uri));
      assert.ok(all.length >= 3, `${seed} has an outline (got ${all.length} symbols)`);
      assert.ok(all.every((s) => s.name.trim().length > 0 && !/^\s|\s$/.test(s.name)), `${seed}: headlines are trimmed`);
    }
  });

  it('shows a hover on a person with its type and title', async () => {
    const doc = await openBulletin(FIRST_SEED);
    const at = doc.positionAt(doc.getText().indexOf('区委书记宋洁') + 4);
    const hovers = await until(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      return h.length ? h : undefined;
    }, 'a hover on 宋洁');
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, isChinese() ? /\*\*人物\*\* 宋洁/ : /\*\*Person\*\* 宋洁/);
    assert.match(text, /区委书记/);
    assert.equal(doc.getText(hovers[0].range!), '宋洁', 'the hover range is the name');
  });

  it('colours entities with semantic tokens in the extension legend', async () => {
    const doc = await openBulletin(FIRST_SEED);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.deepEqual([...legend.tokenTypes], ['variable', 'type', 'string']);
    const tokens = await until(async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
      return t && t.data.length ? t : undefined;
    }, 'semantic tokens of the first seed');
    const data = [...tokens.data];
    assert.equal(data.length % 5, 0);
    assert.ok(data.length / 5 >= 10, `at least ten tokens (got ${data.length / 5})`);
    const [line, char, length, type, modifiers] = data;
    assert.equal(doc.getText(new vscode.Range(line, char, line, char + length)), '宋洁');
    assert.equal(legend.tokenTypes[type], 'variable', 'a person is a variable');
    assert.equal(modifiers & 1, 1, 'the first mention is a declaration');
  });

  it('warns about paragraphs of the second seed that repeat the first, with the earlier copy related', async () => {
    const doc = await openBulletin(SECOND_SEED);
    const repeats = await until(() => (repeatsIn(doc.uri).length ? repeatsIn(doc.uri) : undefined), 'duplicate-paragraph diagnostics on 001');
    assert.ok(repeats.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    const fromFirst = repeats.find((d) => d.relatedInformation?.some((r) => r.location.uri.path.endsWith(FIRST_SEED)));
    assert.ok(fromFirst, 'one repeat points at the first seed');
    const first = await vscode.workspace.openTextDocument(fromFirst.relatedInformation![0].location.uri);
    const earlier = first.getText(fromFirst.relatedInformation![0].location.range);
    assert.ok(earlier.length > 16, 'the related location is a paragraph of 000');
    assert.equal(doc.getText(fromFirst.range), earlier, 'an exact repeat has the same text');
  });

  it('offers the quick fix, which removes exactly the repeat and can be undone', async () => {
    const doc = await openBulletin(SECOND_SEED);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const repeats = await until(() => (repeatsIn(doc.uri).length ? repeatsIn(doc.uri) : undefined), 'duplicate-paragraph diagnostics on 001');
    const target = repeats[0];
    const removed = doc.getText(target.range);
    const before = doc.getText();
    const flagged = () => repeatsIn(doc.uri).filter((d) => doc.getText(d.range) === removed).length;
    const flaggedBefore = flagged();
    const fix = (await quickFixesAt(doc.uri, target.range)).find((a) => a.title === (isChinese() ? '删除此重复段落' : 'Remove this repeated paragraph'));
    assert.ok(fix?.edit, 'the quick fix is offered with an edit');
    assert.equal(fix.isPreferred, true, 'it is the preferred fix (Ctrl+. then Enter, or auto-fix)');

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    const after = doc.getText();
    assert.equal(countOf(after, removed), countOf(before, removed) - 1, 'one copy fewer');
    assert.ok(removedOnly(before, after, removed), `only the paragraph and its line breaks go (removed: ${JSON.stringify(removedBlock(before, after).slice(0, 40))}…)`);
    await until(() => repeatsIn(doc.uri).length === repeats.length - 1, 'the warning to go with the paragraph');
    assert.equal(flagged(), flaggedBefore - 1, 'the warnings left are on the text they name');

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await until(() => doc.getText() === before, 'undo to restore the paragraph');
    await until(() => repeatsIn(doc.uri).length === repeats.length, 'the warning to come back after undo');
    assert.ok(editor.document === doc);
  });

  it('follows edits: after lines are inserted above, the warning and its quick fix move with the paragraph', async () => {
    const doc = await openBulletin(SECOND_SEED);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const saved = doc.getText();
    const target = (await until(() => repeatsIn(doc.uri)[0], 'diagnostics on 001'));
    const paragraph = doc.getText(target.range);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '\n\n')));
    const moved = await until(() => repeatsIn(doc.uri).find((d) => d.range.start.line === target.range.start.line + 2), 'the warning to move down two lines');
    assert.equal(doc.getText(moved.range), paragraph, 'the moved warning still covers the paragraph');
    const fix = (await quickFixesAt(doc.uri, moved.range)).find((a) => a.isPreferred);
    assert.ok(fix?.edit, 'a quick fix for the new text');
    const before = doc.getText();
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.ok(removedOnly(before, doc.getText(), paragraph), 'the fix removes the paragraph, not the text now at its old place');
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    await until(() => doc.getText() === saved, 'two undos to bring back the saved text');
    await until(() => !doc.isDirty, 'the file to be clean again');
  });

  it('comes back after the server process is killed: the client restarts it and annotations return', async () => {
    const doc = await openBulletin(FIRST_SEED);
    const at = doc.positionAt(doc.getText().indexOf('区委书记宋洁') + 4);
    const hoverNow = async () => (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)).length > 0;
    await until(hoverNow, 'a hover before the crash');
    const [pid] = serverPids();
    assert.ok(pid, 'the language server runs as a child of the extension host');
    process.kill(pid, 'SIGKILL');
    await until(() => !serverPids().includes(pid), 'the killed server to be gone');
    const restarted = await until(() => serverPids().find((p) => p !== pid), 'a new server process', 60_000);
    assert.notEqual(restarted, pid);
    await until(hoverNow, 'the hover to come back from the new server', 60_000);
    await until(() => repeatsIn(workspaceFile(SECOND_SEED)).length > 0 || undefined, 'the repeat warnings to come back');
  });
});

/** Processes of this extension host that run the bundled server (dist/server.js). */
function serverPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => /dist[\\/]server\.js/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}
