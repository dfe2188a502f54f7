/**
 * The language server: wiring only. Documents and workspace files go into
 * the corpus; each LSP request is answered by one feature over its model.
 */
import {
  type CodeActionParams,
  createConnection,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { langOf, type Lang } from './core/messages';
import { codeActions, FIX_ALL_KIND, resolveCodeAction } from './features/codeActions';
import { toDiagnostics } from './features/diagnostics';
import { DICTIONARY_ACTION_KIND, dictionaryActions } from './features/dictionaryActions';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { headlineSymbols } from './features/headlineSymbols';
import { entityWorkspaceSymbols } from './features/entitySymbols';
import { documentHighlights } from './features/highlights';
import { hover } from './features/hover';
import { entityReferences } from './features/references';
import { SEMANTIC_LEGEND, semanticTokens } from './features/semanticTokens';
import { BULLETIN_STATUS, type BulletinInitializationOptions, type BulletinStatusParams, WORKSPACE_TRUSTED } from './protocol';
import { checksOf, DEFAULT_DICTIONARY_PATH, SettingsCache } from './settings';
import { UserDictionaryFile } from './userDictionary';
import { BulletinWorkspace, displayName } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new BulletinWorkspace(connection);
let lang: Lang = 'zh';
let configurationSupport = false;
let resolveSupport = false;
let workspaceFolders: string[] = [];
const settings = new SettingsCache(connection, () => configurationSupport);
const pending = new Map<string, NodeJS.Timeout>();
const DEBOUNCE_MS = 150;
const dictionary = new UserDictionaryFile(connection, (uri) => documents.get(uri));
let tokensRefreshSupport = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  lang = langOf(params.locale);
  configurationSupport = !!params.capabilities.workspace?.configuration;
  const codeActionCaps = params.capabilities.textDocument?.codeAction;
  resolveSupport = !!codeActionCaps?.dataSupport && !!codeActionCaps.resolveSupport?.properties.includes('edit');
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  tokensRefreshSupport = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
  dictionary.canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  dictionary.setTrusted((params.initializationOptions as BulletinInitializationOptions | undefined)?.workspaceTrusted !== false);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: '公报 Bulletin' },
      foldingRangeProvider: true,
      hoverProvider: true,
      documentHighlightProvider: true,
      referencesProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, DICTIONARY_ACTION_KIND], resolveProvider: true },
    },
    serverInfo: { name: 'bulletin-lens' },
  };
});

connection.onInitialized(async () => {
  if (configurationSupport) connection.client.register(DidChangeConfigurationNotification.type, { section: 'bulletin' });
  await locateDictionary();
  const scan = (await configureCorpus()).duplicates.scanWorkspace;
  if (scan && workspaceFolders.length) {
    await workspace.indexFolders(workspaceFolders, (uri) => !!documents.get(uri) || dictionary.is(uri));
    publishAll();
  }
});

connection.onDidChangeConfiguration(async () => {
  settings.clear();
  await configureCorpus();
  await locateDictionary();
  publishAll();
});

/** Applies the window-wide repeat settings to the corpus (it re-indexes only if they changed). */
async function configureCorpus() {
  const current = await settings.get(workspaceFolders[0] ?? '');
  workspace.corpus.configureDuplicates({ nearThreshold: current.duplicates.nearThreshold, minLength: current.duplicates.minLength });
  return current;
}

documents.onDidOpen((e) => (dictionary.is(e.document.uri) ? refreshDictionary() : analyzeNow(e.document)));
documents.onDidChangeContent((e) => (dictionary.is(e.document.uri) ? refreshDictionary() : schedule(e.document)));
documents.onDidClose((e) => {
  if (dictionary.is(e.document.uri)) return refreshDictionary();
  clearTimeout(pending.get(e.document.uri));
  workspace.closed(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  publishAll();
});

connection.onDidChangeWatchedFiles((e) => {
  for (const change of e.changes) {
    if (dictionary.is(change.uri)) {
      refreshDictionary();
      continue;
    }
    if (documents.get(change.uri)) continue;
    if (change.type === 3) workspace.forget(change.uri);
    else workspace.reloadFromDisk(change.uri);
  }
  publishAll();
});

function schedule(doc: TextDocument): void {
  clearTimeout(pending.get(doc.uri));
  pending.set(doc.uri, setTimeout(() => analyzeNow(doc), DEBOUNCE_MS));
}

function analyzeNow(doc: TextDocument): void {
  pending.delete(doc.uri);
  const current = documents.get(doc.uri);
  if (!current) return;
  const model = workspace.update(current);
  const status: BulletinStatusParams = { uri: current.uri, isBulletin: model.isBulletin, reason: model.notBulletinReason };
  connection.sendNotification(BULLETIN_STATUS, status);
  publishAll();
}

/** Publishes diagnostics of every open document: a change in one can add or clear repeats in another. */
function publishAll(): void {
  for (const doc of documents.all()) if (!dictionary.is(doc.uri)) void publish(doc);
}

/** Finds the dictionary the settings name and reads it. */
async function locateDictionary(): Promise<void> {
  const setting = (await settings.get(workspaceFolders[0] ?? '')).userDictionary;
  await dictionary.locate(workspaceFolders[0], setting, workspaceFolders, setting === DEFAULT_DICTIONARY_PATH);
  refreshDictionary(true);
}

connection.onNotification(WORKSPACE_TRUSTED, () => {
  dictionary.setTrusted(true);
  refreshDictionary(true);
  publishAll();
});

/** Reads the dictionary again; when it changed, applies it everywhere and has the editor recolour. */
function refreshDictionary(force = false): void {
  if (!dictionary.reload(lang) && !force) return;
  workspace.corpus.setDictionary(dictionary.dictionary);
  if (tokensRefreshSupport) void connection.languages.semanticTokens.refresh();
}

async function publish(doc: TextDocument): Promise<void> {
  const findings = await findingsOf(doc);
  connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(doc, findings, (u) => workspace.lookup(u)) });
}

/** Repeats and lints of an open document (its text now, after waiting for its settings). */
async function findingsOf(doc: TextDocument) {
  const checks = checksOf(await settings.get(doc.uri));
  workspace.update(doc);
  // A file that is not a bulletin gets only the wrong-encoding warning, when it is garbled.
  return workspace.corpus.findings(doc.uri, lang, checks);
}

/** The model of an open document, brought up to date first (a request may arrive before the debounce fires). */
function modelOf(uri: string) {
  const doc = documents.get(uri);
  return doc && !dictionary.is(uri) ? { doc, model: workspace.update(doc) } : undefined;
}

connection.onDocumentSymbol((params) => {
  const found = modelOf(params.textDocument.uri);
  return found ? documentSymbols(found.doc, found.model) : [];
});

connection.onFoldingRanges((params) => {
  const found = modelOf(params.textDocument.uri);
  return found ? foldingRanges(found.doc, found.model) : [];
});

/** Go to Symbol in Workspace: headlines first, then persons and units. */
connection.onWorkspaceSymbol((params, token) => {
  const entries = workspace.corpus.entries();
  const lookup = (u: string) => workspace.lookup(u);
  const headlines = headlineSymbols(params.query, { models: entries, lookup, displayName, isCancelled: () => token.isCancellationRequested });
  return [...headlines, ...entityWorkspaceSymbols(params.query, entries, lookup, displayName)];
});

connection.onHover((params) => {
  const found = modelOf(params.textDocument.uri);
  if (!found) return null;
  return hover(found.doc, found.model, found.doc.offsetAt(params.position), {
    uri: found.doc.uri,
    lang,
    models: workspace.corpus.entries(),
    displayName,
    lookup: (u) => workspace.lookup(u),
  });
});

connection.languages.semanticTokens.on((params) => {
  const found = modelOf(params.textDocument.uri);
  return found ? semanticTokens(found.doc, found.model) : { data: [] };
});

connection.onCodeAction(async (params: CodeActionParams) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const request = { range: params.range, only: params.context.only, diagnostics: params.context.diagnostics };
  const repeats = codeActions(doc, await findingsOf(doc), request, lang, resolveSupport);
  const model = workspace.update(doc);
  const target = dictionary.target();
  return [...repeats, ...(target && model.isBulletin ? dictionaryActions(doc, model, request, target, lang) : [])];
});

connection.onCodeActionResolve(async (action) => {
  const doc = documents.get((action.data as { uri?: string } | undefined)?.uri ?? '');
  return resolveCodeAction(action, doc, doc ? await findingsOf(doc) : [], lang);
});

connection.onDocumentHighlight((params) => {
  const found = modelOf(params.textDocument.uri);
  return found ? documentHighlights(found.doc, found.model, found.doc.offsetAt(params.position)) : [];
});

connection.onReferences((params) => {
  const found = modelOf(params.textDocument.uri);
  if (!found) return [];
  const ctx = { models: workspace.corpus.entries(), lookup: (u: string) => workspace.lookup(u), includeDeclaration: params.context.includeDeclaration };
  return entityReferences(found.model, found.doc.offsetAt(params.position), ctx);
});


// A failed promise somewhere (a message the client did not show, a file that vanished) must not end the server.
process.on('unhandledRejection', (reason) => connection.console.error(`bulletin-lens: ${String((reason as Error)?.stack ?? reason)}`));

documents.listen(connection);
connection.listen();
