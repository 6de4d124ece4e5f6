/**
 * Exit codes and one-line usage errors of the built CLI.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lines, REPO_ROOT, runCli } from './cliHarness';

/** Runs the CLI and asserts exit code 2 with exactly one line on stderr containing `expected`. */
function checkUsageError(args: string[], expected: RegExp, input?: string): void {
  const run = runCli(args, { input });
  assert.equal(run.code, 2, `exit code for ${args.join(' ')}: stderr ${run.stderr}`);
  assert.equal(lines(run.stderr).length, 1, `one line on stderr, got:\n${run.stderr}`);
  assert.match(run.stderr, expected);
  assert.equal(run.stdout, '');
}

describe('entity-lens usage', () => {
  it('--help lists the commands that exist and exits 0', () => {
    const run = runCli(['--help']);
    assert.equal(run.code, 0);
    for (const command of ['analyze', 'check', 'overlap', 'serve']) {
      assert.match(run.stdout, new RegExp(`^\\s+${command}\\b`, 'm'), `${command} is listed`);
    }
  });

  it('analyze --help shows the command usage', () => {
    const run = runCli(['analyze', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /--stdin-json/);
    assert.match(run.stdout, /--max-file-size-mb/);
  });

  it('help COMMAND is COMMAND --help', () => {
    const run = runCli(['help', 'analyze']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, runCli(['analyze', '--help']).stdout);
  });

  it('--version prints the package version', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), manifest.version);
  });

  const cases: Array<[string, string[], RegExp, string?]> = [
    ['no command', [], /missing command/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown flag', ['analyze', '--frob', 'seeds'], /unknown option '--frob'/],
    ['an unknown top-level flag', ['--frob'], /unknown option '--frob'/],
    ['a missing path', ['analyze'], /needs at least one PATH/],
    ['an unreadable path', ['analyze', 'no/such/folder'], /cannot read 'no\/such\/folder'/],
    ['a flag without its value', ['analyze', 'seeds', '--max-file-size-mb'], /needs a value/],
    ['a bad number', ['analyze', '--max-file-size-mb', 'lots', 'seeds'], /positive number/],
    ['stdin that is not JSON', ['analyze', '--stdin-json'], /not JSON/, '{"id": '],
    ['stdin that is not an array', ['analyze', '--stdin-json'], /must be a JSON array/, '{"id": "a", "text": "b"}'],
    ['an item without a string id', ['analyze', '--stdin-json'], /item 1 needs a string "id"/, '[{"id":"a","text":"b"},{"id":3,"text":"c"}]'],
    ['an item without text', ['analyze', '--stdin-json'], /item 0 needs a string "id" and a string "text"/, '[{"id":"a"}]'],
    ['an item that is not an object', ['analyze', '--stdin-json'], /item 0/, '["hello"]'],
    ['serve without a transport', ['serve'], /serve needs exactly one transport.*entity-lens serve --help/],
    ['--stdin-json with a PATH', ['analyze', '--stdin-json', 'seeds'], /takes no PATH/, '[]'],
  ];
  for (const [name, args, expected, input] of cases) {
    it(`exits 2 with one line for ${name}`, () => checkUsageError(args, expected, input));
  }
});
