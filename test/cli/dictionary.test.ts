/**
 * `entity-lens dictionary`: each output is read the way its tool reads it (cSpell words file, Vale accept.txt
 * regular expressions, Harper word list, LTeX settings JSON) and holds the workspace's names.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lines, runCli, tempFolder, type TempFolder } from './cliHarness';

function dictionary(format: string, cwd: string, extra: readonly string[] = []): string {
  const run = runCli(['dictionary', '--format', format, ...extra, '.'], { cwd });
  assert.equal(run.code, 0, run.stderr);
  return run.stdout;
}

/** A word list as cSpell and Harper read it: one entry per line; cSpell drops '#' comments and blank lines. */
function wordList(content: string): string[] {
  assert.ok(content.endsWith('\n'));
  return content.split('\n').slice(0, -1);
}

describe('dictionary', () => {
  let folder: TempFolder;
  let expected: string[];
  before(() => {
    folder = tempFolder();
    folder.write('entities.json', JSON.stringify({
      entities: [
        { name: 'Marisol Quenby-Arce', kind: 'person', aliases: ['MQA'] },
        { name: 'Kestrel Orbital Inc.', kind: 'organization', aliases: ['Kestrel'] },
        { name: 'AT&T', kind: 'organization' },
        { name: "Siobhán O'Dwyer", kind: 'person' },
      ],
    }));
    folder.write('story.txt', "Marisol Quenby-Arce, chief executive of Kestrel Orbital Inc., said AT&T would buy capacity. MQA told Siobhán O'Dwyer's team on Monday that Stoke Space had been paid $5 million. Jane Okafor founded xAI rival Lumora Labs.");
    expected = ['Arce', 'Kestrel', 'MQA', 'Marisol', "O'Dwyer", 'Quenby', 'Siobhán'];
  });
  after(() => folder.dispose());

  it('cspell: a words file of single words, sorted and unique, without frequent English words', () => {
    const words = wordList(dictionary('cspell', folder.root));
    for (const word of words) {
      assert.match(word, /^[^\s#!~*+]\S*$/u, `cSpell reads '${word}' as one plain word`);
      assert.doesNotMatch(word, /[*+]$/, 'no compound markers');
    }
    assert.deepEqual(words, [...words].sort());
    assert.equal(new Set(words).size, words.length);
    for (const name of expected) {
      assert.ok(words.includes(name), `${name} in ${words.join(' ')}`);
    }
    assert.ok(!words.includes('Space') && !words.includes('Inc.') && !words.includes('AT&T'), words.join(' '));
  });

  it('harper: a plain word list with the same words', () => {
    const words = wordList(dictionary('harper', folder.root));
    assert.ok(words.every((w) => w !== '' && !/\s/.test(w)));
    assert.deepEqual(words, wordList(dictionary('cspell', folder.root)));
  });

  it('vale: every accept.txt line is a regular expression that matches exactly its word', () => {
    const entries = wordList(dictionary('vale', folder.root));
    const words = wordList(dictionary('cspell', folder.root));
    assert.equal(entries.length, words.length);
    entries.forEach((entry, i) => {
      assert.ok(!entry.startsWith('#'), 'not a comment');
      assert.ok(new RegExp(`^(?:${entry})$`, 'u').test(words[i]!), `${entry} matches ${words[i]}`);
      assert.equal(entry.replace(/\\(.)/g, '$1'), words[i]);
    });
  });

  it('ltex: settings JSON with ltex.dictionary keyed by language, --lang changes the key', () => {
    const settings = JSON.parse(dictionary('ltex', folder.root)) as Record<string, Record<string, string[]>>;
    assert.deepEqual(Object.keys(settings), ['ltex.dictionary']);
    const words = settings['ltex.dictionary']!['en-US']!;
    assert.deepEqual(words, wordList(dictionary('cspell', folder.root)));
    assert.ok(words.every((w) => typeof w === 'string' && !w.startsWith(':')), 'no ":" entries, which LTeX reads as file paths');
    const german = JSON.parse(dictionary('ltex', folder.root, ['--lang', 'de-DE'])) as Record<string, Record<string, string[]>>;
    assert.deepEqual(Object.keys(german['ltex.dictionary']!), ['de-DE']);
  });

  it('writes --out FILE and reports it', () => {
    const run = runCli(['dictionary', '--format', 'cspell', '--out', 'names.txt', '.'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^wrote \d+ words for cspell to names\.txt\n$/);
    assert.equal(readFileSync(join(folder.root, 'names.txt'), 'utf8'), dictionary('cspell', folder.root));
  });

  it('replaces an existing --out file whole, through a temporary file it does not leave behind', () => {
    folder.write('old-names.dic', `${'stale\n'.repeat(10_000)}`);
    const run = runCli(['dictionary', '--format', 'harper', '--out', 'old-names.dic', '.'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(folder.root, 'old-names.dic'), 'utf8'), dictionary('harper', folder.root));
    assert.deepEqual(readdirSync(folder.root).filter((name) => name.endsWith('.tmp')), []);
  });

  it('exits 2 with one line without --format or with an unknown one', () => {
    for (const args of [['.'], ['--format', 'aspell', '.']]) {
      const run = runCli(['dictionary', ...args], { cwd: folder.root });
      assert.equal(run.code, 2);
      assert.equal(lines(run.stderr).length, 1, run.stderr);
    }
  });
});
