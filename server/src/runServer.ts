/**
 * Runs the language server on this process's connection. The transport comes from the command line, as
 * vscode-languageserver reads it: `--node-ipc` (VS Code), `--stdio` (other editors, `entity-lens serve --stdio`)
 * or `--socket=N`. Importing this module starts nothing; calling runServer does.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

/** Creates the connection from argv and starts the server on it. */
export function runServer(): void {
  if (!process.argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
    // Without a transport flag vscode-languageserver throws an unhelpful error; default to stdio for editors.
    process.argv.push('--stdio');
  }
  // In stdio mode the library also redirects console.log, since stdout carries the protocol.
  startServer(createConnection(ProposedFeatures.all));
}
