/**
 * The packaged extension: runs `vsce package` on the bundles `npm test` just built and fails if source, tests,
 * node_modules or anything else outside .vscodeignore's list slips into the .vsix.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkVsixEntries, listZip } from './vsixContents';

// Compiled to out/test/package/vsix.test.js.
const ROOT = join(__dirname, '..', '..', '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

describe('.vsix package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-vsix-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ships only the bundles, media, grammars, schema and docs', () => {
    const out = join(dir, 'test.vsix');
    // The same flags as `npm run package`, without its minified rebuild: other tests read the bundles meanwhile.
    const args = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
    const run = spawnSync(process.execPath, [VSCE, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, `vsce package failed:\n${run.stdout}\n${run.stderr}`);
    const names = listZip(out);
    assert.deepEqual(checkVsixEntries(names), []);
  });

  it('rejects source, tests and node_modules', () => {
    const problems = checkVsixEntries(['extension/client/src/extension.ts', 'extension/out/test/x.test.js', 'extension/node_modules/a/index.js']);
    assert.equal(problems.filter((p) => p.startsWith('should not ship')).length, 3);
  });
});
