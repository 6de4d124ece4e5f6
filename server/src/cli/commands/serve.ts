/**
 * `entity-lens serve --stdio`: the language server for any LSP editor. The server code is loaded only here, so
 * `analyze` does not pay for it at start-up.
 */
import { UsageError } from '../args';
import type { Command } from '../command';

const TRANSPORTS = ['stdio', 'node-ipc', 'socket', 'pipe'] as const;

const USAGE = `Usage: entity-lens serve --stdio

Runs the Entity Lens language server, speaking LSP over stdin/stdout (for Neovim, Helix, Emacs, Sublime...).

Options:
  --stdio            talk over stdin and stdout
  --node-ipc         talk over Node IPC (VS Code)
  --socket=PORT      talk over a TCP socket
  --pipe=NAME        talk over a named pipe
  -h, --help         show this help`;

/** The serve command. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the language server (--stdio) for any LSP editor',
  usage: USAGE,
  flags: { stdio: 'boolean', 'node-ipc': 'boolean', socket: 'string', pipe: 'string', clientProcessId: 'string' },
  run: async (args) => {
    if (args.positionals.length > 0) {
      throw new UsageError(`serve takes no PATH (got '${args.positionals[0]}'); the editor sends the documents`);
    }
    const chosen = TRANSPORTS.filter((t) => args.flags.has(t));
    if (chosen.length !== 1) {
      throw new UsageError('serve needs exactly one transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
    }
    // vscode-languageserver reads the transport from process.argv, where the flag already is.
    const { runServer } = await import('../../runServer.js');
    runServer();
    return 0;
  },
};
