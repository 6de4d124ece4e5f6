/**
 * A small LSP client for protocol tests and benchmarks: runs the server in process over a pair of streams, or
 * spawns the bundled server over stdio, and speaks to it through a real JSON-RPC connection.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  ConfigurationRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeConfigurationNotification,
  type ClientCapabilities,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, type ServerHandle, type StartServerOptions } from '../../server/src/server';
import { waitFor } from './wait';

/** Options of a test client. */
export interface TestClientOptions {
  /** Workspace folder paths to scan. */
  readonly folders?: readonly string[];
  /** Announce pull diagnostics (VS Code) or not (Neovim 0.7, push). */
  readonly pullDiagnostics?: boolean;
  /** The raw `entityLens` settings section the client answers `workspace/configuration` with. */
  readonly settings?: unknown;
  readonly initializationOptions?: unknown;
  /** Announce VS Code's workspace edit support (documentChanges, file creation, snippet edits). */
  readonly workspaceEdit?: boolean;
}

/** Capabilities like VS Code's for the features we use. */
function capabilities(pull: boolean, workspaceEdit = false): ClientCapabilities {
  const base = baseCapabilities(pull);
  return workspaceEdit ? { ...base, workspace: { ...base.workspace, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'], snippetEditSupport: true } } } : base;
}

function baseCapabilities(pull: boolean): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      publishDiagnostics: { versionSupport: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    },
    workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
    window: { workDoneProgress: true },
  };
}

/** A connected client. */
export class LspTestClient {
  readonly connection: MessageConnection;
  /** Pushed diagnostics, latest per URI. */
  readonly pushed = new Map<string, PublishDiagnosticsParams>();
  /** Messages the server logged (`window/logMessage`). */
  readonly log: string[] = [];
  /** The messages of `log` logged as errors (MessageType.Error). */
  readonly errors: string[] = [];
  /** Every progress notification value received (`$/progress`). */
  readonly progress: unknown[] = [];
  readonly #versions = new Map<string, number>();
  readonly #child: ChildProcess | undefined;
  #initialized: InitializeResult | undefined;
  #settings: unknown = {};

  readonly #streams: PassThrough[];
  readonly #server: ServerHandle | undefined;

  private constructor(connection: MessageConnection, child?: ChildProcess, streams: PassThrough[] = [], server?: ServerHandle) {
    this.connection = connection;
    this.#child = child;
    this.#streams = streams;
    this.#server = server;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => void this.pushed.set(params.uri, params));
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.log.push(params.message);
      if (params.type === 1) {
        this.errors.push(params.message);
      }
    });
    connection.onNotification('$/progress', (params: { value: unknown }) => void this.progress.push(params.value));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.listen();
  }

  /** Starts the server in this process on an in-memory stream pair. */
  static inProcess(options?: StartServerOptions): LspTestClient {
    const up = new PassThrough();
    const down = new PassThrough();
    // Reader and writer objects, not raw streams: the library exits the process when a raw input stream ends.
    const server = startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(up), new StreamMessageWriter(down)), options);
    return new LspTestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)), undefined, [up, down], server);
  }

  /** Spawns `node [nodeArgs] <serverPath> --stdio` (nodeArgs such as `--expose-gc`). */
  static spawn(serverPath: string, nodeArgs: readonly string[] = []): LspTestClient {
    const child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    return new LspTestClient(createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)), child);
  }

  /** The server's process id when it was spawned. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Initializes the session. */
  async initialize(options: TestClientOptions = {}): Promise<InitializeResult> {
    this.#settings = options.settings ?? {};
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.#settings));
    const folders = (options.folders ?? []).map((path, i) => ({ uri: pathToFileURL(path).href, name: `folder${i}` }));
    this.#initialized = await this.connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length > 0 ? folders : null,
      capabilities: capabilities(options.pullDiagnostics ?? true, options.workspaceEdit),
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.#initialized;
  }

  /** Changes the settings the client answers with and tells the server (`workspace/didChangeConfiguration`). */
  async changeSettings(settings: unknown): Promise<void> {
    this.#settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { entityLens: settings } });
  }

  /** Opens a document. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.#versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends an incremental change; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Closes a document. */
  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Waits for pushed diagnostics of a URI that satisfy `check`. */
  waitForPushed(uri: string, check: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return waitFor(() => {
      const params = this.pushed.get(uri);
      return params && check(params) ? params : undefined;
    }, `pushed diagnostics of ${uri}`, timeoutMs);
  }

  /**
   * Resolves once an in-process server has finished its background work (first index, reloads), also after the
   * client disconnected; at once for a spawned server.
   */
  async serverIdle(): Promise<void> {
    await this.#server?.idle();
    // Node reports an unhandled rejection once the microtasks have run: one turn of the event loop lets it.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Shuts the server down and closes the connection (and the child process). */
  async dispose(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    this.connection.dispose();
    this.#streams.forEach((stream) => stream.end());
    if (this.#child) {
      this.#child.kill();
    }
  }
}
