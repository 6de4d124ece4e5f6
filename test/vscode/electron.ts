/**
 * Runs this suite with @vscode/test-electron, for machines that can download a desktop VS Code (ours cannot, so
 * CI runs the same `run()` in code-server through test/e2e). Usage: `node out/test/vscode/electron.js`.
 */
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

// Compiled to out/test/vscode/electron.js.
const ROOT = resolve(__dirname, '..', '..', '..');

runTests({
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: join(ROOT, 'out', 'test', 'vscode', 'index.js'),
  // Other extensions stay off so that only ours can activate; seeds/ is the workspace the suite expects.
  launchArgs: [join(ROOT, 'seeds'), '--disable-extensions'],
}).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`vscode (electron): ${String(error)}`);
    process.exit(1);
  },
);
