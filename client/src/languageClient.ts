/**
 * Creates the language client: the bundled server over IPC, plaintext and Markdown documents, settings by pull,
 * hover command links trusted for our own commands only.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/protocol';
import { SHOW_MENTIONS, SHOW_RIVALRY_OVERLAP } from './commandIds';
import { configurationMiddleware } from './configuration';
import { crashErrorHandler } from './crashHandler';

/** Creates (but does not start) the client. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'server', 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // Workspace storage when a workspace is open, so that two workspaces do not share one analysis cache.
  const storage = context.storageUri ?? context.globalStorageUri;
  // A function, so that a restart after the user trusted the workspace says so (registry links become links).
  const initializationOptions = (): InitializationOptions => ({ storagePath: storage.fsPath, commandLinks: true, workspaceTrusted: vscode.workspace.isTrusted });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      // The registry and acknowledgements files are synced so that corrections count before they are saved.
      { scheme: 'file', pattern: '**/{entities.json,*.entities.json}' },
      { scheme: 'file', pattern: '**/.entity-lens/acknowledgements.json' },
    ],
    outputChannel: output,
    initializationOptions,
    markdown: { isTrusted: { enabledCommands: [SHOW_MENTIONS, SHOW_RIVALRY_OVERLAP] } },
    middleware: { workspace: configurationMiddleware },
    // Restarts a crashed server and says so once, instead of the library's notification on every crash.
    errorHandler: crashErrorHandler(output),
  };
  return new LanguageClient('entityLens', 'Entity Lens', serverOptions, clientOptions);
}
