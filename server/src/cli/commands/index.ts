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
    name: 'check',
    summary: 'report unsourced claims and inconsistent figures; exit 1 on findings (CI gate)',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'overlap',
    summary: 'sectors where the businesses of two people compete, with evidence',
    load: async () => (await import('./overlap.js')).overlapCommand,
  },
  {
    name: 'export',
    summary: 'write entities as brat standoff, spaCy/Prodigy JSONL or CoNLL IOB2',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'eval',
    summary: 'score entities against gold annotations (precision, recall, F1 per type)',
    load: async () => (await import('./eval.js')).evalCommand,
  },
  {
    name: 'dictionary',
    summary: 'write person and organization names for cSpell, Vale, Harper or LTeX',
    load: async () => (await import('./dictionary.js')).dictionaryCommand,
  },
  {
    name: 'serve',
    summary: 'run the language server (--stdio) for any LSP editor',
    load: async () => (await import('./serve.js')).serveCommand,
  },
];
