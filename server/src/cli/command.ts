/**
 * The shape every subcommand has, and the I/O it receives. Commands never touch `process` directly, so that
 * they stay testable and the entry point owns exit codes.
 */
import type { FlagSpec, ParsedArgs } from './args';

/** What a command may use from its environment. */
export interface CommandIO {
  /** Writes to stdout as is. */
  out(text: string): void;
  /** Writes one line to stderr (a newline is added). */
  err(line: string): void;
  /** Reads all of stdin as UTF-8. */
  readStdin(): Promise<string>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when stdout is a terminal (colour is possible). */
  readonly stdoutIsTTY: boolean;
}

/** A subcommand: `entity-lens <name> ...`. */
export interface Command {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  /** The full help text of the command (without a trailing newline). */
  readonly usage: string;
  readonly flags: FlagSpec;
  /** Runs the command and returns the exit code; throws UsageError for usage and input errors. */
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

/** A command as listed in the table: loaded only when it runs, so that startup stays fast. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}
