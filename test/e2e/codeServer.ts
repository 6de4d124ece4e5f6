/**
 * Starts and stops one code-server on loopback, with throwaway user data and extensions directories. It runs in
 * its own process group so that stopping it also ends the extension host and language server it started, and
 * nothing else.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Toolchain } from './install';
import { FatalWait, waitFor } from './wait';

/** A running code-server. */
export interface CodeServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** `HOST:PORT`, the authority of its `vscode-remote://` URIs. */
  readonly authority: string;
  /** Ends the server and every process it started. */
  stop(): Promise<void>;
}

/** Settings that keep a fresh profile quiet: no welcome page, no trust prompt, no update checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Throwaway directories of one run. */
export interface Profile {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** XDG config and data homes, so that code-server does not write its config under ~/.config. */
  readonly home: string;
}

/** Creates a profile under `dir` with quiet user settings. */
export function createProfile(dir: string): Profile {
  const profile = { userDataDir: join(dir, 'user-data'), extensionsDir: join(dir, 'extensions'), home: join(dir, 'home') };
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  mkdirSync(profile.home, { recursive: true });
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return profile;
}

/** Installs a .vsix into the profile's extensions directory with code-server's own CLI. */
export function installVsix(tc: Toolchain, profile: Profile, vsix: string): string {
  const run = spawnSync(tc.node, [tc.codeServer, ...profileArgs(profile), '--install-extension', vsix, '--force'], {
    env: environment(tc, profile),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}\n${run.stderr}`.trim();
  if (run.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed (${run.error?.message ?? `exit ${run.status}`}):\n${output}`);
  }
  return output;
}

/** Starts code-server on a free loopback port and waits until it answers. */
export async function startCodeServer(tc: Toolchain, profile: Profile, log: (line: string) => void): Promise<CodeServer> {
  const port = await freePort();
  const args = [
    tc.codeServer,
    ...profileArgs(profile),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // The workbench then runs extensionTestsPath from the `payload` URL parameter and reports its exit code.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(tc.node, args, { env: environment(tc, profile), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `code-server exited early (${signal ?? `exit ${code}`})`));
  const lines: string[] = [];
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      lines.push(line);
      log(`[code-server] ${line}`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor('code-server to answer /healthz', 60_000, async () => {
      if (exited) {
        throw new FatalWait(`${exited}:\n${lines.join('\n')}`);
      }
      const response = await fetch(`${url}/healthz`).catch(() => undefined);
      return response?.ok === true;
    });
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
  return { url, authority: `127.0.0.1:${port}`, stop: () => stopGroup(child) };
}

function profileArgs(profile: Profile): string[] {
  return ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

function environment(tc: Toolchain, profile: Profile): NodeJS.ProcessEnv {
  return { ...process.env, PATH: tc.path, XDG_CONFIG_HOME: join(profile.home, 'config'), XDG_DATA_HOME: join(profile.home, 'data') };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** SIGTERM to the group we started, then SIGKILL if it is still there after a deadline. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
  if ((await Promise.race([gone, timer])) === 'timeout') {
    signalGroup(child.pid, 'SIGKILL');
    await gone;
  }
  // Children that outlived the leader (the extension host, the language server) are in the same group.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
