/**
 * Wires the language server onto a connection: capabilities, document sync, the workspace index, and one
 * registration per feature. Creating the connection is the caller's job (runServer.ts for IPC and stdio, tests
 * for in-memory streams), so the same server runs everywhere.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCache, type KnownNames } from './analysis/index';
import { registerCodeActions } from './features/codeActions';
import { registerDefinition } from './features/definition';
import { registerEditRequests } from './features/editRequests';
import { registerExportRequests } from './features/exportRequests';
import { publishRegistryProblems, registerDiagnostics, type DiagnosticsChannel } from './features/diagnostics';
import { registerDocumentHighlight } from './features/documentHighlight';
import { registerDocumentSymbol } from './features/documentSymbol';
import { registerEntities } from './features/entities';
import { registerHover } from './features/hover';
import { registerInternalStats } from './features/internalStats';
import { pushedSettings, watchedFileEvents } from './features/params';
import { registerReferences } from './features/references';
import { registerRivalryOverlap } from './features/rivalryOverlap';
import { registerSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { registerWorkspaceSymbol } from './features/workspaceSymbol';
import { WorkspaceTrust } from './features/workspaceTrust';
import type { ClientFeatures, FeatureContext } from './features/context';
import { createTextDocuments, listenToSync } from './lsp/textSync';
import { EntitiesChangedNotification, type InitializationOptions } from './protocol';
import { DisposableStore } from './util/dispose';
import { BackgroundWork } from './util/backgroundWork';
import { sendAndForget } from './util/send';
import { uriPath } from './util/uri';
import { AnalysisStore } from './workspace/analysisStore';
import { DiskWorkspace, type Folder } from './workspace/diskWorkspace';
import { indexWorkspace } from './workspace/initialIndex';
import { isAcknowledgementsFile } from './workspace/acknowledgementSet';
import { isRegistryFile } from './workspace/files';
import { SettingsCache } from './workspace/settingsCache';
import { WorkspaceIndex } from './workspace/workspaceIndex';

/** Options of startServer. */
export interface StartServerOptions {
  /** The paragraph cache to share (tests and benchmarks pass their own); one per server otherwise. */
  readonly cache?: ParagraphCache;
  /** Analyze the first index of a large workspace on worker threads (default true). */
  readonly workers?: boolean;
  /** The clock (milliseconds) analysis time budgets are measured with; tests pass one they move themselves. */
  readonly clock?: () => number;
}

/** What a session is built from. */
interface SessionDeps {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly index: WorkspaceIndex;
  readonly cache: ParagraphCache;
  readonly workers: boolean;
  readonly background: BackgroundWork;
}

/** How long index changes are collected before the client is told to refresh its views. */
const ENTITIES_CHANGED_DELAY_MS = 300;

/** Starts the Entity Lens server on a connection and listens. */
/** What an in-process host can ask of a started server. */
export interface ServerHandle {
  /** Resolves once the server's background work (first index, reloads, settings) has finished. */
  idle(): Promise<void>;
}

export function startServer(connection: Connection, options: StartServerOptions = {}): ServerHandle {
  const documents = createTextDocuments();
  const cache = options.cache ?? new ParagraphCache();
  const index = new WorkspaceIndex(cache, options.clock);
  let session: Session | undefined;
  const background = new BackgroundWork();
  connection.onInitialize((params) => {
    session = new Session({ connection, documents, index, cache, workers: options.workers ?? true, background }, params);
    return session.capabilities();
  });
  connection.onInitialized(() => session?.initialized());
  connection.onShutdown(() => session?.shutdown());
  listenToSync(documents, connection);
  connection.listen();
  return { idle: () => background.idle() };
}

/** Everything that depends on what the client said at initialize. */
class Session {
  readonly #connection: Connection;
  readonly #documents: TextDocuments<TextDocument>;
  readonly #index: WorkspaceIndex;
  readonly #cache: ParagraphCache | undefined;
  readonly #background: BackgroundWork;
  readonly #params: InitializeParams;
  readonly #ctx: FeatureContext;
  readonly #disk: DiskWorkspace;
  readonly #store: AnalysisStore | undefined;
  readonly #disposables = new DisposableStore();
  readonly #diagnostics: DiagnosticsChannel;
  #entitiesChanged: NodeJS.Timeout | undefined;
  #indexed = false;
  #changedSinceStart = false;
  #tokensNames: KnownNames | undefined;

  constructor(deps: SessionDeps, params: InitializeParams) {
    const { connection, documents, index } = deps;
    this.#connection = connection;
    this.#documents = documents;
    this.#index = index;
    this.#cache = deps.workers ? deps.cache : undefined;
    this.#background = deps.background;
    this.#params = params;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const pull = params.capabilities.workspace?.configuration === true;
    const settings = new SettingsCache(pull ? (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: 'entityLens' }) : undefined);
    const trust = new WorkspaceTrust(options);
    this.#ctx = { connection, index, settings, client: clientFeaturesOf(params), folders: foldersOf(params), trust };
    this.#disk = new DiskWorkspace(index, foldersOf(params), settings, (_, source) => source && publishRegistryProblems(connection, source));
    this.#store = typeof options.storagePath === 'string' ? new AnalysisStore(options.storagePath, (line) => sendAndForget(async () => connection.console.info(line))) : undefined;
    this.#diagnostics = this.#disposables.add(registerDiagnostics(this.#ctx));
    for (const register of [registerHover, registerDefinition, registerReferences, registerDocumentHighlight, registerDocumentSymbol, registerWorkspaceSymbol, registerSemanticTokens, registerEntities, registerRivalryOverlap, registerCodeActions, registerEditRequests, registerExportRequests]) {
      this.#disposables.add(register(this.#ctx));
    }
    this.#disposables.add(registerInternalStats(this.#ctx, documents));
    this.#disposables.add(trust.listen(connection));
    this.#listen();
  }

  capabilities(): InitializeResult {
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite.entityLens'] },
        // Inconsistent figures compare files: an edit in one may change another's diagnostics.
        diagnosticProvider: this.#ctx.client.pullDiagnostics ? { identifier: 'entityLens', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
      },
      serverInfo: { name: 'entity-lens' },
    };
  }

  initialized(): void {
    const workspace = this.#params.capabilities.workspace;
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      sendAndForget(() => this.#connection.client.register(DidChangeConfigurationNotification.type, { section: 'entityLens' }));
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const watchers = [{ globPattern: '**/*.{txt,md,markdown}' }, { globPattern: '**/{entities.json,*.entities.json}' }, { globPattern: '**/.entity-lens/acknowledgements.json' }];
      sendAndForget(() => this.#connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
    }
    const progress = this.#params.capabilities.window?.workDoneProgress === true;
    // Claim settings first: analyses made before would be made again. Until then the index is incomplete.
    this.#index.setComplete(false);
    this.#background.start(
      this.#applyClaimSettings()
        .then(() => indexWorkspace({ connection: this.#connection, index: this.#index, disk: this.#disk, store: this.#store, cache: this.#cache, progress }))
        .then(() => (this.#indexed = true)),
    );
  }

  async shutdown(): Promise<void> {
    clearTimeout(this.#entitiesChanged);
    this.#disposables.dispose();
    // Only edits since the initial index (which saved) make a save worth its time at exit.
    await (this.#changedSinceStart ? this.#store?.save(this.#index) : this.#store?.flush());
  }

  #listen(): void {
    const documents = this.#documents;
    this.#disposables.add(documents.onDidChangeContent(({ document }) => {
      if (this.#workspaceFileChanged(document)) {
        return;
      }
      this.#index.setDocument(document, true);
      this.#diagnostics.changed(document.uri);
    }));
    this.#disposables.add(documents.onDidClose(({ document }) => {
      if (isWorkspaceFile(document.uri)) {
        this.#background.start(this.#disk.reloadWorkspaceFile(document.uri));
        return;
      }
      this.#index.closeDocument(document.uri);
      this.#diagnostics.closed(document.uri);
      this.#ctx.settings.forget(document.uri);
      this.#background.start(this.#disk.reload(document.uri));
    }));
    this.#disposables.add(this.#connection.onDidChangeWatchedFiles((params) => {
      watchedFileEvents(params).forEach((change) => this.#background.start(this.#disk.fileChanged(change.uri, change.type === FileChangeType.Deleted)));
    }));
    this.#disposables.add(this.#connection.onDidChangeConfiguration((params) => {
      this.#ctx.settings.clear(pushedSettings(params));
      this.#diagnostics.refreshAll(documents.all().map((d) => d.uri));
      this.#background.start(this.#applyClaimSettings());
    }));
    // Registry, acknowledgements or claim settings changed: every open document's diagnostics and tokens may differ.
    this.#disposables.add(this.#index.onDidChangeSourcing(() => {
      this.#tokensNames = undefined;
      this.#diagnostics.refreshAll(documents.all().map((d) => d.uri));
    }));
    this.#disposables.add(this.#index.onDidInvalidate(() => {
      this.#changedSinceStart ||= this.#indexed;
      this.#scheduleEntitiesChanged();
    }));
  }

  /**
   * The editor's buffer of a registry or acknowledgements file replaces the disk version (so that a correction
   * applied as a WorkspaceEdit counts at once, before it is saved). True when the document was one of those.
   */
  #workspaceFileChanged(document: TextDocument): boolean {
    if (!isWorkspaceFile(document.uri)) {
      return false;
    }
    if (isAcknowledgementsFile(document.uri)) {
      this.#index.setAcknowledgements(document);
    } else {
      publishRegistryProblems(this.#connection, this.#index.setRegistry(document));
    }
    return true;
  }

  /** Reads the workspace's claim settings (own cues and phrases, figure kinds) and time budget into the index. */
  async #applyClaimSettings(): Promise<void> {
    const { claims, analysis } = await this.#ctx.settings.get(this.#ctx.folders?.[0]?.uri);
    this.#index.setClaimOptions({ hedgeCues: claims.hedgeCues, attributionPhrases: claims.attributionPhrases, figureKinds: claims.figureKinds });
    // The time budget is workspace-wide too; a change tries abandoned documents again.
    this.#index.setTimeBudget(analysis.timeBudgetSeconds);
  }

  /** Tells the client (debounced) that its entity views and semantic tokens are out of date. */
  #scheduleEntitiesChanged(): void {
    this.#entitiesChanged ??= setTimeout(() => {
      this.#entitiesChanged = undefined;
      sendAndForget(() => this.#connection.sendNotification(EntitiesChangedNotification));
      // A name learned in one file colours it in every open file: when the known names changed, the tokens of
      // other open documents may be stale (the edited one is asked for again by the client anyway).
      const names = this.#index.knownNames;
      if (names !== this.#tokensNames && this.#params.capabilities.workspace?.semanticTokens?.refreshSupport) {
        this.#tokensNames = names;
        sendAndForget(() => this.#connection.languages.semanticTokens.refresh());
      }
    }, ENTITIES_CHANGED_DELAY_MS);
    // A pending view refresh must not keep a finished server (or a test) alive.
    this.#entitiesChanged.unref();
  }
}

/** What the client can do, from its capabilities and our own client's initialization options. */
function clientFeaturesOf(params: InitializeParams): ClientFeatures {
  const { capabilities } = params;
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    commandLinks: (params.initializationOptions as InitializationOptions | undefined)?.commandLinks === true,
    snippetEdits: capabilities.workspace?.workspaceEdit?.snippetEditSupport === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
  };
}

/** True for the registry and acknowledgements files, which the index reads as data, not prose. */
function isWorkspaceFile(uri: string): boolean {
  const path = uriPath(uri);
  return path !== undefined && (isRegistryFile(path) || isAcknowledgementsFile(path));
}

/** Workspace folders (or the root) that are on disk. */
function foldersOf(params: InitializeParams): Folder[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((uri) => {
    const path = uriPath(uri);
    return path === undefined ? [] : [{ uri, path }];
  });
}
