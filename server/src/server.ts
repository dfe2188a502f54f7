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
import { DUPLICATE_CODE } from './core/corpus';
import { langOf, type Lang } from './core/messages';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { toDiagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { headlineSymbols } from './features/headlineSymbols';
import { hover } from './features/hover';
import { SEMANTIC_LEGEND, semanticTokens } from './features/semanticTokens';
import { BULLETIN_STATUS, type BulletinStatusParams } from './protocol';
import { SettingsCache } from './settings';
import { BulletinWorkspace, displayName } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new BulletinWorkspace(connection);
let lang: Lang = 'zh';
let configurationSupport = false;
let workspaceFolders: string[] = [];
const settings = new SettingsCache(connection, () => configurationSupport);
const pending = new Map<string, NodeJS.Timeout>();
const DEBOUNCE_MS = 150;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  lang = langOf(params.locale);
  configurationSupport = !!params.capabilities.workspace?.configuration;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: '公报 Bulletin' },
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      hoverProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    },
    serverInfo: { name: 'bulletin-lens' },
  };
});

connection.onInitialized(async () => {
  if (configurationSupport) connection.client.register(DidChangeConfigurationNotification.type, { section: 'bulletin' });
  const scan = (await settings.get(workspaceFolders[0] ?? '')).duplicates.scanWorkspace;
  if (scan && workspaceFolders.length) {
    await workspace.indexFolders(workspaceFolders, (uri) => !!documents.get(uri));
    publishAll();
  }
});

connection.onDidChangeConfiguration(() => {
  settings.clear();
  publishAll();
});

documents.onDidOpen((e) => analyzeNow(e.document));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  workspace.closed(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  publishAll();
});

connection.onDidChangeWatchedFiles((e) => {
  for (const change of e.changes) {
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
  for (const doc of documents.all()) void publish(doc);
}

async function publish(doc: TextDocument): Promise<void> {
  workspace.update(doc);
  const enabled = (await settings.get(doc.uri)).duplicates.enabled;
  const findings = workspace.corpus.findings(doc.uri, lang).filter((f) => enabled || f.code !== DUPLICATE_CODE);
  connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(doc, findings, (u) => workspace.lookup(u)) });
}

/** The model of an open document, brought up to date first (a request may arrive before the debounce fires). */
function modelOf(uri: string) {
  const doc = documents.get(uri);
  return doc ? { doc, model: workspace.update(doc) } : undefined;
}

connection.onDocumentSymbol((params) => {
  const found = modelOf(params.textDocument.uri);
  return found ? documentSymbols(found.doc, found.model) : [];
});

connection.onFoldingRanges((params) => {
  const found = modelOf(params.textDocument.uri);
  return found ? foldingRanges(found.doc, found.model) : [];
});

connection.onWorkspaceSymbol((params, token) =>
  headlineSymbols(params.query, { models: workspace.corpus.entries(), lookup: (u) => workspace.lookup(u), displayName, isCancelled: () => token.isCancellationRequested }),
);

connection.onHover((params) => {
  const found = modelOf(params.textDocument.uri);
  if (!found) return null;
  return hover(found.doc, found.model, found.doc.offsetAt(params.position), {
    uri: found.doc.uri,
    lang,
    models: workspace.corpus.entries(),
    displayName,
  });
});

connection.languages.semanticTokens.on((params) => {
  const found = modelOf(params.textDocument.uri);
  return found ? semanticTokens(found.doc, found.model) : { data: [] };
});

connection.onCodeAction(async (params: CodeActionParams) => {
  const found = modelOf(params.textDocument.uri);
  if (!found || !found.model.isBulletin || !(await settings.get(found.doc.uri)).duplicates.enabled) return [];
  const findings = workspace.corpus.findings(found.doc.uri, lang);
  return codeActions(found.doc, findings, { range: params.range, only: params.context.only, diagnostics: params.context.diagnostics }, lang);
});

documents.listen(connection);
connection.listen();
