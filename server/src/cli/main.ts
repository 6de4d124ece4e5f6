/**
 * Entry point of `entity-lens` (bundled to server/dist/cli.js). Parses the command name, dispatches to the
 * command table, and owns exit codes: 0 ok, 2 usage or input error (one line on stderr), 3 internal error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, UsageError } from './args';
import type { CommandIO } from './command';
import { COMMANDS } from './commands/index';

const PROGRAM = 'entity-lens';

/** Exit code of an unexpected failure (a bug): distinct from 1 (findings) and 2 (usage). */
const INTERNAL_ERROR = 3;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // Point at the help of the command that failed, when there is one.
      const command = COMMANDS.some((c) => c.name === argv[0]) ? `${argv[0]} ` : '';
      io.err(`${PROGRAM}: ${oneLine(error.message)} (see '${PROGRAM} ${command}--help')`);
      return 2;
    }
    io.err(`${PROGRAM}: internal error: ${oneLine(error instanceof Error ? (error.stack ?? error.message) : String(error))}`);
    return INTERNAL_ERROR;
  }
}

async function dispatch(argv: readonly string[], io: CommandIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    throw new UsageError('missing command');
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    // `entity-lens help analyze` is `entity-lens analyze --help`.
    return rest[0] !== undefined && first === 'help' ? dispatch([rest[0], '--help'], io) : (io.out(topLevelHelp()), 0);
  }
  if (first === '--version' || first === '-V') {
    io.out(`${version()}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) {
    throw new UsageError(first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`);
  }
  const command = await entry.load();
  const args = parseArgs(rest, { ...command.flags, help: 'boolean' });
  if (args.flags.get('help') === true) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  return command.run(args, io);
}

function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = [
    `${PROGRAM} ${version()}: people, organizations, figures and unsourced claims in prose`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also after a command)',
    '  -V, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 findings at or above --fail-on (check), 2 usage or input error, 3 internal error.',
  ];
  return `${lines.join('\n')}\n`;
}

/** The package version, read next to the bundle (server/dist/cli.js -> package.json). */
function version(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' | ').trim();
}

/** The real process as CommandIO. */
function processIO(): CommandIO {
  return {
    out: (text) => void process.stdout.write(text),
    err: (line) => void process.stderr.write(`${line}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}

if (require.main === module) {
  // A closed pipe (`entity-lens analyze . | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(0);
    }
    throw error;
  });
  // exitCode instead of exit(): pending stdout writes flush, and `serve` keeps the process alive.
  void runCli(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
