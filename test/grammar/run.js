#!/usr/bin/env node
// Runs the TextMate grammar fixtures (test/grammar/*.test.*) with vscode-tmgrammar-test.
// The vendored Markdown host grammar embeds dozens of languages that are not needed here; the tool reports each
// as "grammar not found", so those lines are dropped to keep real failures readable.
'use strict';
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const cli = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const host = join(__dirname, 'hosts', 'markdown.tmLanguage.json');
const result = spawnSync(process.execPath, [cli, '--config', join(root, 'package.json'), '-g', host, 'test/grammar/*.test.*'], { cwd: root, encoding: 'utf8' });
const keep = (text) => text.split('\n').filter((line) => !line.startsWith('grammar not found for')).join('\n');
process.stdout.write(keep(result.stdout ?? ''));
process.stderr.write(keep(result.stderr ?? ''));
if (result.error) {
  console.error(`test/grammar/run.js: ${result.error.message}`);
}
process.exit(result.status ?? 1);
