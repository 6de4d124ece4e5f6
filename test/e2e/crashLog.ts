/**
 * Reads the Entity Lens log of the API run (the client's log output channel, which VS Code writes as
 * `Entity Lens.log` under the profile's logs/) to check the crash test (test/vscode/crash.ts): each kill was
 * handled as a crash, and the user was told once. The client logs every notice it shows, word for word.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESTARTED_NOTICE } from '../../client/src/crashPolicy';

/** What the API suite prints for each kill (test/vscode/crash.ts). */
const KILL_LINE = /note: killed the language server/;
/** The log's file name: the output channel's name. */
const LOG_NAME = 'Entity Lens.log';
/** The line the client writes for each crash it restarts after (client/src/crashPolicy.ts). */
const RESTART_LINE = /stopped unexpectedly \(\d+ of \d+ restarts allowed/;
/** What vscode-languageclient writes when its own handler, not ours, decided. */
const LIBRARY_LINE = /Connection to server got closed|server crashed \d+ times/;

/** The text of every Entity Lens log under a profile's user data directory. */
export function entityLensLogs(userDataDir: string): string[] {
  return logFiles(join(userDataDir, 'logs')).map((file) => readFileSync(file, 'utf8'));
}

/** How many times the API suite killed the server, from its printed lines. */
export function countKills(suiteLog: readonly string[]): number {
  return suiteLog.filter((line) => KILL_LINE.test(line)).length;
}

/** Undefined when the logs show one restart per kill and exactly one notice; else what is wrong. */
export function checkCrashNotices(logs: readonly string[], kills: number): string | undefined {
  if (kills === 0) {
    return 'the API suite did not kill the server (its crash test did not run or failed early)';
  }
  if (logs.length === 0) {
    return `no ${LOG_NAME} under the profile's logs/`;
  }
  const lines = logs.flatMap((text) => text.split('\n'));
  const restarts = lines.filter((line) => RESTART_LINE.test(line)).length;
  const notices = lines.filter((line) => line.includes(RESTARTED_NOTICE)).length;
  const library = lines.filter((line) => LIBRARY_LINE.test(line));
  const problems = [
    restarts === kills ? undefined : `${restarts} restarts after a crash logged, expected ${kills}`,
    notices === 1 ? undefined : `the "restarted" notice was shown ${notices} times, expected once`,
    library.length === 0 ? undefined : `vscode-languageclient's own crash handling ran: ${library.join(' | ')}`,
  ].filter((problem) => problem !== undefined);
  return problems.length > 0 ? problems.join('; ') : undefined;
}

function logFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? logFiles(path) : name === LOG_NAME ? [path] : [];
  });
}
