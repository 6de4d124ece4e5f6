/**
 * The editor test runner (`npm run test:e2e`; `--api-only` for `npm run test:vscode`):
 *  1. installs Node 24 and code-server into a cache (once; ENTITY_LENS_E2E_CACHE, default ~/.cache/entity-lens-e2e);
 *  2. runs the VS Code API suite (test/vscode) in code-server's extension host with the repository as the
 *     extension under development;
 *  3. installs the packaged .vsix into a throwaway extensions directory, opens a copy of seeds/ in Chromium and
 *     checks what a user sees: the hover card, the grammar, the Problems panel, F12, the rivalry panel and its CSP.
 * Screenshots go to test-results/e2e/; the README's go to media/screenshots/. A missing prerequisite fails the
 * run with a message: nothing is skipped silently.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkActivation, loggedActivations } from './activation';
import { runApiSuite } from './apiSuite';
import { launchBrowser } from './browser';
import { createProfile, installVsix, startCodeServer, type CodeServer, type Profile } from './codeServer';
import { checkCrashNotices, countKills, entityLensLogs } from './crashLog';
import { ensureToolchain } from './install';
import { runUiScenarios } from './scenarios';
import { checkPackage } from './vsix';

// Compiled to out/test/e2e/run.js.
const ROOT = resolve(__dirname, '..', '..', '..');
const SEEDS = join(ROOT, 'seeds');
const RESULTS = join(ROOT, 'test-results', 'e2e');
const CACHE = process.env['ENTITY_LENS_E2E_CACHE'] ?? join(homedir(), '.cache', 'entity-lens-e2e');
const API_SUITE_MS = 5 * 60_000;
const EXTENSION_ID = 'entity-lens.entity-lens';
const verbose = process.env['ENTITY_LENS_E2E_VERBOSE'] === '1';

/** Counts of the closing line. */
interface Tally {
  passed: number;
  failed: number;
}

async function main(): Promise<number> {
  const apiOnly = process.argv.includes('--api-only');
  const log = (line: string): void => console.log(`e2e: ${line}`);
  const quiet = (line: string): void => (verbose ? log(line) : undefined);
  const tally: Tally = { passed: 0, failed: 0 };
  // Screenshots of an earlier run would pass for this one's.
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const toolchain = ensureToolchain(CACHE, log);
  const vsix = apiOnly ? undefined : checkPackage(ROOT, log);
  const scratch = mkdtempSync(join(tmpdir(), 'entity-lens-e2e-'));
  const browser = await launchBrowser();
  try {
    let kills = 0;
    const api = await withServer(scratch, 'api', toolchain, undefined, quiet, async (server) => {
      const result = await runApiSuite(browser, server, ROOT, SEEDS, API_SUITE_MS, (line) => console.log(`vscode-api: ${line}`));
      record(tally, 'VS Code API suite in code-server', result.exitCode === 0 ? undefined : `exit code ${result.exitCode}`);
      kills = countKills(result.log);
    });
    // Read after the server stopped, so the log is complete.
    const activations = loggedActivations(api.userDataDir, EXTENSION_ID);
    log(`activations: ${activations.map((a) => `${a.event} (startup: ${a.startup})`).join(', ') || 'none'}`);
    record(tally, 'activation is by a document language, never at start-up (extension host log)', checkActivation(activations));
    record(tally, `after ${kills} server kills the user was told once (Entity Lens log)`, checkCrashNotices(entityLensLogs(api.userDataDir), kills));
    if (vsix) {
      // A copy named seeds, so that the screenshots show the same folder and a step can add a file to it.
      const workspace = join(scratch, 'ui-workspace', 'seeds');
      cpSync(SEEDS, workspace, { recursive: true });
      await withServer(scratch, 'ui', toolchain, vsix, quiet, async (server) => {
        const steps = await runUiScenarios(browser, server, { seeds: workspace, results: RESULTS, screenshots: join(ROOT, 'media', 'screenshots'), log });
        for (const step of steps) {
          record(tally, step.name, step.error);
        }
      });
    }
  } finally {
    await browser.close();
    // ENTITY_LENS_E2E_KEEP=1 keeps the profiles, whose logs/ hold the extension host's log.
    if (process.env['ENTITY_LENS_E2E_KEEP'] === '1') {
      log(`kept ${scratch}`);
    } else {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  console.log(`e2e: ${tally.passed} passed, ${tally.failed} failed`);
  return tally.failed === 0 ? 0 : 1;
}

/** One code-server with its own profile (and the .vsix installed, for the UI run), stopped afterwards. */
async function withServer(scratch: string, name: string, toolchain: ReturnType<typeof ensureToolchain>, vsix: string | undefined, log: (line: string) => void, body: (server: CodeServer) => Promise<void>): Promise<Profile> {
  const profile = createProfile(join(scratch, name));
  if (vsix) {
    log(installVsix(toolchain, profile, vsix));
  }
  const server = await startCodeServer(toolchain, profile, log);
  try {
    await body(server);
  } finally {
    await server.stop();
  }
  return profile;
}

function record(tally: Tally, name: string, error: string | undefined): void {
  if (error) {
    tally.failed++;
    console.log(`e2e: not ok - ${name}\n  ${error}`);
  } else {
    tally.passed++;
    console.log(`e2e: ok - ${name}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
