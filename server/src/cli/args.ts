/**
 * A small, strict command-line parser: declared flags only, `--flag value` or `--flag=value`, `--` ends flags.
 * Anything unexpected is a {@link UsageError}, which the entry point turns into exit code 2 and one line.
 */

/** A usage or input error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** How a flag takes its value. */
export type FlagType = 'boolean' | 'string' | 'number';

/** The flags a command accepts, by long name without dashes ("json", "max-file-size-mb"). */
export type FlagSpec = Readonly<Record<string, FlagType>>;

/** Parsed arguments: flag values by name and the positional arguments in order. */
export interface ParsedArgs {
  readonly flags: ReadonlyMap<string, string | number | boolean>;
  readonly positionals: readonly string[];
}

/** Parses `argv` against `spec`. Throws {@link UsageError} for unknown flags and missing or bad values. */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const flags = new Map<string, string | number | boolean>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const { name, inline } = splitFlag(arg);
    const type = spec[name];
    if (type === undefined) {
      throw new UsageError(`unknown option '${arg}'`);
    }
    if (type === 'boolean') {
      if (inline !== undefined) {
        throw new UsageError(`option '--${name}' takes no value`);
      }
      flags.set(name, true);
      continue;
    }
    const raw = inline ?? argv[++i];
    if (raw === undefined) {
      throw new UsageError(`option '--${name}' needs a value`);
    }
    flags.set(name, type === 'number' ? toNumber(name, raw) : raw);
  }
  return { flags, positionals };
}

function splitFlag(arg: string): { name: string; inline?: string } {
  const body = arg.replace(/^--?/, '');
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  // Short aliases for the universal flags only.
  const alias: Record<string, string> = { h: 'help', V: 'version' };
  const long = arg.startsWith('--') ? name : (alias[name] ?? `-${name}`);
  return eq < 0 ? { name: long } : { name: long, inline: body.slice(eq + 1) };
}

function toNumber(name: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`option '--${name}' needs a positive number, got '${raw}'`);
  }
  return value;
}

/** Reads a boolean flag. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}

/** Reads a number flag, or `fallback` when it is absent. */
export function numberFlag(args: ParsedArgs, name: string, fallback: number): number {
  const value = args.flags.get(name);
  return typeof value === 'number' ? value : fallback;
}
