/**
 * The table of subcommands. Adding one is a file in this folder plus an entry here; help is generated from
 * the table, so a command appears in it exactly when it exists.
 */
import type { CommandEntry } from '../command';

/** Every subcommand, in help order. Modules load only when their command runs, to keep start-up fast. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'list people, organizations, figures and unsourced claims in files or folders',
    load: async () => (await import('./analyze.js')).analyzeCommand,
  },
  {
    name: 'serve',
    summary: 'run the language server (--stdio) for any LSP editor',
    load: async () => (await import('./serve.js')).serveCommand,
  },
];
