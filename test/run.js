#!/usr/bin/env node
// Runs every compiled *.test.js under out/test with node's test runner.
// Node 20 does not expand globs and treats every .js under a test/ folder as a test when given a
// directory, so the file list is built here explicitly.
'use strict';
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

function findTests(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      found.push(...findTests(full));
    } else if (name.endsWith('.test.js')) {
      found.push(full);
    }
  }
  return found;
}

const root = join(__dirname, '..', 'out', 'test');
// `--long`: deeper property and fuzz runs (test/reliability reads ENTITY_LENS_LONG as a run-count multiplier).
const long = process.argv.includes('--long');
const filter = process.argv.slice(2).filter((arg) => arg !== '--long');
const files = findTests(root)
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();
if (files.length === 0) {
  console.error('test/run.js: no compiled tests found under out/test (did tsc -b run?)');
  process.exit(2);
}
const env = long ? { ...process.env, ENTITY_LENS_LONG: process.env.ENTITY_LENS_LONG || '20' } : process.env;
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
