/**
 * Runs the BUILT CLI (server/dist/cli.js, from `npm run build:cli`) as a child process, and makes temporary
 * folders of fixture files. Not a test file itself (no `.test` suffix), so test/run.js does not run it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** out/test/cli -> repository root. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');
/** The bundled CLI under test. */
export const CLI = join(REPO_ROOT, 'server', 'dist', 'cli.js');

/** What a CLI run produced. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node server/dist/cli.js ...args` in `cwd`, optionally with stdin, and waits for it. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: run 'npm run build:cli' first`);
  }
  const env = { ...process.env, NO_COLOR: '', ...options.env };
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder of files; `dispose()` removes it. */
export interface TempFolder {
  readonly root: string;
  /** Writes a file (text as UTF-8, or raw bytes) at a relative path, creating folders. */
  write(path: string, content: string | Uint8Array): string;
  dispose(): void;
}

/** Creates a temporary folder. */
export function tempFolder(prefix = 'entity-lens-test-'): TempFolder {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    write(path, content) {
      const full = join(root, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      return full;
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Asserts-friendly: the non-empty lines of a stream. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** A short news paragraph with clear cues for people, organizations, money and percentages. */
export const NEWS = [
  'Sam Altman, the chief executive of OpenAI, said on Tuesday that the company had raised $6.6 billion.',
  'Reportedly, Stoke Space Inc. is weighing a deal worth about $800 million, and analysts believe its revenue grew 40%.',
  'Jane Okafor, who founded Lumora Labs in 2019, told Reuters that Lumora Labs would hire 200 engineers.',
].join(' ');
