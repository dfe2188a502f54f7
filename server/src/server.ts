/**
 * The language server: wiring only. Documents and workspace files go into
 * the corpus; open documents are analysed behind the requests
 * (documentAnalyses.ts) and each LSP request is answered by one feature over
 * the model of the document's current text.
 */
import {
  type CancellationToken,
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
import type { BulletinLayout } from './core/model';
import { maxFileBytes, oversizedFilesMessage } from './core/fileSize';
import { JiebaLoadError, lazyJieba } from './core/jieba';
import { langOf, type Lang, taggingOffMessage } from './core/messages';
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
import { serverStats } from './features/stats';
import { BULLETIN_STATS, BULLETIN_STATUS, type BulletinInitializationOptions, type BulletinStatusParams, WORKSPACE_TRUSTED } from './protocol';
import { checksOf, DEFAULT_DICTIONARY_PATH, SettingsCache } from './settings';
import { UserDictionaryFile } from './userDictionary';
import { DocumentAnalyses, inSlices } from './documentAnalyses';
import { BulletinWorkspace, displayName } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const dictionary = new UserDictionaryFile(connection, (uri) => documents.get(uri));
const isOpen = (uri: string) => !!documents.get(uri) || dictionary.is(uri);
const workspace = new BulletinWorkspace(connection, isOpen, lazyJieba(taggerFailed));
const analyses = new DocumentAnalyses(documents, workspace, { laidOut, analysed });
let lang: Lang = 'zh';
let configurationSupport = false;
let resolveSupport = false;
let workspaceFolders: string[] = [];
const settings = new SettingsCache(connection, () => configurationSupport);
let tokensRefreshSupport = false;
/** The other documents each open document's published repeats point into. */
const relatedDocs = new Map<string, Set<string>>();
/** Documents whose semantic tokens were last given from a carried-over model: recoloured when theirs is found. */
const staleTokens = new Set<string>();

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
    const { oversized } = await workspace.indexFolders(workspaceFolders, isOpen);
    if (oversized.length) void connection.window.showInformationMessage(oversizedFilesMessage(lang, oversized.map(displayName), workspace.corpus.maxFileBytes));
    publishAll();
  }
});

connection.onDidChangeConfiguration(async () => {
  settings.clear();
  await configureCorpus();
  await locateDictionary();
  publishAll();
});

/**
 * Applies the window-wide repeat settings to the corpus (it re-indexes only
 * if they changed), and the size limit: when it changed, open documents are
 * laid out again under it.
 */
async function configureCorpus() {
  const current = await settings.get(workspaceFolders[0] ?? '');
  workspace.corpus.configureDuplicates({ nearThreshold: current.duplicates.nearThreshold, minLength: current.duplicates.minLength });
  if (workspace.setMaxFileBytes(maxFileBytes(current.maxFileSize))) {
    for (const doc of documents.all()) if (!dictionary.is(doc.uri)) analyses.relayout(doc.uri);
  }
  return current;
}

documents.onDidChangeContent((e) => (dictionary.is(e.document.uri) ? refreshDictionary() : analyses.changed(e.document.uri)));
documents.onDidClose((e) => {
  if (dictionary.is(e.document.uri)) return refreshDictionary();
  workspace.closed(e.document.uri);
  analyses.closed(e.document.uri);
  relatedDocs.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  publishAffected(e.document.uri);
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

/** An open document's new text is laid out: its status and diagnostics go out, and those of open documents its change touches. */
function laidOut(doc: TextDocument, layout: BulletinLayout): void {
  const status: BulletinStatusParams = { uri: doc.uri, isBulletin: layout.isBulletin, reason: layout.notBulletinReason };
  connection.sendNotification(BULLETIN_STATUS, status);
  void publish(doc.uri);
  publishAffected(doc.uri);
}

/** A document's model is found: if the editor coloured it from a carried-over model, it asks again. */
function analysed(uri: string): void {
  if (staleTokens.delete(uri) && tokensRefreshSupport) void connection.languages.semanticTokens.refresh();
}

/** Publishes the open documents whose repeats a change of `changed` may have altered, or that point into it. */
function publishAffected(changed: string): void {
  for (const other of documents.all()) {
    if (other.uri === changed || dictionary.is(other.uri)) continue;
    if (workspace.corpus.repeatsMayHaveChanged(other.uri) || relatedDocs.get(other.uri)?.has(changed)) void publish(other.uri);
  }
}

/** Publishes the diagnostics of every open document (after the workspace or the settings changed). */
function publishAll(): void {
  for (const doc of documents.all()) if (!dictionary.is(doc.uri)) void publish(doc.uri);
}

/** nodejieba could not be loaded (lazyJieba says so once): the server runs on without entities, and the user is told. */
function taggerFailed(error: Error): void {
  connection.console.error(`bulletin-lens: ${error.message}`);
  const file = error instanceof JiebaLoadError ? error.file : error.message;
  void connection.window.showWarningMessage(taggingOffMessage(lang, file));
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
  workspace.dictionaryChanged();
  if (tokensRefreshSupport) void connection.languages.semanticTokens.refresh();
}

/**
 * Publishes the diagnostics of a document's text as last laid out (the
 * snapshot of that version: the editor may be ahead, and will hear of the
 * newer text's diagnostics when it is laid out).
 */
async function publish(uri: string): Promise<void> {
  const checks = checksOf(await settings.get(uri));
  const doc = workspace.lookup(uri);
  if (!doc || !documents.get(uri)) return;
  // A file that is not a bulletin gets only the wrong-encoding warning, when it is garbled.
  const findings = await inSlices(workspace.corpus.findingsSteps(uri, lang, checks), () => workspace.lookup(uri) !== doc);
  if (!findings) return;
  relatedDocs.set(uri, new Set(findings.flatMap((f) => f.related.map((r) => r.doc))));
  connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(doc, findings, (u) => workspace.lookup(u)) });
}

/** Repeats and lints of an open document's current text, once it is laid out. */
async function findingsOf(uri: string, token?: CancellationToken) {
  const checks = checksOf(await settings.get(uri));
  const found = await analyses.layout(uri, token);
  return found && { doc: found.doc, findings: workspace.corpus.findings(uri, lang, checks) };
}

/** The layout of an open document's current text (not of the dictionary file). */
function layoutOf(uri: string, token?: CancellationToken) {
  return dictionary.is(uri) ? Promise.resolve(undefined) : analyses.layout(uri, token);
}

/** The model of an open document's current text (not of the dictionary file). */
function modelOf(uri: string, token?: CancellationToken) {
  return dictionary.is(uri) ? Promise.resolve(undefined) : analyses.model(uri, token);
}

/** The same, or while it is being found the last one carried over to the current text (for hover, highlights, colours). */
function modelNow(uri: string, token?: CancellationToken) {
  return dictionary.is(uri) ? Promise.resolve(undefined) : analyses.modelNow(uri, token);
}

connection.onDocumentSymbol(async (params, token) => {
  const found = await layoutOf(params.textDocument.uri, token);
  return found ? documentSymbols(found.doc, found.layout) : [];
});

connection.onFoldingRanges(async (params, token) => {
  const found = await layoutOf(params.textDocument.uri, token);
  return found ? foldingRanges(found.doc, found.layout) : [];
});

/** Go to Symbol in Workspace: headlines first, then persons and units (those found so far). */
connection.onWorkspaceSymbol((params, token) => {
  const lookup = (u: string) => workspace.lookup(u);
  const isCancelled = () => token.isCancellationRequested;
  const headlines = headlineSymbols(params.query, { headlines: workspace.headlineEntries(), lookup, displayName, isCancelled });
  return [...headlines, ...entityWorkspaceSymbols(params.query, workspace.mentions.documents(), lookup, displayName, isCancelled)];
});

connection.onHover(async (params, token) => {
  const found = await modelNow(params.textDocument.uri, token);
  if (!found) return null;
  return hover(found.doc, found.model, found.doc.offsetAt(params.position), {
    uri: found.doc.uri,
    lang,
    mentions: workspace.workspaceMentions(),
    displayName,
    lookup: (u) => workspace.lookup(u),
  });
});

connection.languages.semanticTokens.on(async (params, token) => {
  const found = await modelNow(params.textDocument.uri, token);
  if (found?.stale) staleTokens.add(found.doc.uri);
  return found ? semanticTokens(found.doc, found.model) : { data: [] };
});

connection.onCodeAction(async (params: CodeActionParams, token) => {
  const uri = params.textDocument.uri;
  if (dictionary.is(uri)) return [];
  const found = await findingsOf(uri, token);
  if (!found) return [];
  const request = { range: params.range, only: params.context.only, diagnostics: params.context.diagnostics };
  const repeats = codeActions(found.doc, found.findings, request, lang, resolveSupport);
  const target = dictionary.target();
  const modelled = target && (await modelOf(uri, token));
  return [...repeats, ...(target && modelled?.model.isBulletin ? dictionaryActions(modelled.doc, modelled.model, request, target, lang) : [])];
});

connection.onCodeActionResolve(async (action, token) => {
  const found = await findingsOf((action.data as { uri?: string } | undefined)?.uri ?? '', token);
  return resolveCodeAction(action, found?.doc, found?.findings ?? [], lang);
});

connection.onDocumentHighlight(async (params, token) => {
  const found = await modelNow(params.textDocument.uri, token);
  return found ? documentHighlights(found.doc, found.model, found.doc.offsetAt(params.position)) : [];
});

connection.onReferences(async (params, token) => {
  const found = await modelOf(params.textDocument.uri, token);
  if (!found) return [];
  const ctx = { mentions: workspace.workspaceMentions(), lookup: (u: string) => workspace.lookup(u), includeDeclaration: params.context.includeDeclaration };
  return entityReferences(found.model, found.doc.offsetAt(params.position), ctx);
});

connection.onRequest(BULLETIN_STATS, () => serverStats(documents.all().length, workspace.corpus.size().documents));

// A failed promise somewhere (a message the client did not show, a file that vanished) must not end the server.
process.on('unhandledRejection', (reason) => connection.console.error(`bulletin-lens: ${String((reason as Error)?.stack ?? reason)}`));

documents.listen(connection);
connection.listen();
