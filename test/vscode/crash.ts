/**
 * The server-crash fault: the language server is killed with SIGKILL (as the OOM killer or a native crash would
 * end it) and the client must start a new one that answers. The process is found as this extension host's child
 * running server/dist/server.js, so a server of another window or another test run is never touched. That the
 * user was told once is checked by the e2e runner in the Entity Lens log (test/e2e/crashLog.ts).
 */
import { execFileSync } from 'node:child_process';
import { eventually } from './editor';

/** How often the test kills the server: twice, so that "told once" means something. */
const SERVER_KILLS = 2;

/** Printed once per kill (test/e2e/crashLog.ts matches it). */
const KILLED = 'killed the language server';

const SERVER_SCRIPT = /[\\/]server[\\/]dist[\\/]server\.js(\s|$)/;

/** Kills the server `SERVER_KILLS` times, each time waiting for a new process and for `answers` to succeed. */
export async function killServerRepeatedly(answers: () => Promise<void>): Promise<void> {
  await answers();
  for (let kill = 1; kill <= SERVER_KILLS; kill++) {
    const pid = await eventually('the language server process', 30_000, serverPid);
    process.kill(pid, 'SIGKILL');
    // The e2e runner counts these lines to know how many crashes the Entity Lens log must show.
    console.log(`note: ${KILLED} (pid ${pid})`);
    await eventually(`a new language server process after kill ${kill} (pid ${pid})`, 60_000, () => {
      const next = serverPid();
      return next !== undefined && next !== pid ? next : undefined;
    });
    // Spaced: the next kill only comes once the new server answers.
    await answers();
  }
}

/** The pid of this extension host's language server, if one is running. */
function serverPid(): number | undefined {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  for (const line of table.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (match && Number(match[2]) === process.pid && SERVER_SCRIPT.test(match[3] ?? '')) {
      return Number(match[1]);
    }
  }
  return undefined;
}
