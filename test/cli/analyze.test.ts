/**
 * `entity-lens analyze [--json] PATH...` on temporary folders: the JSON shape, the text report, registries.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lines, NEWS, runCli, tempFolder, type TempFolder } from './cliHarness';

interface JsonReport {
  files: Array<{ path: string; entities: Array<Record<string, unknown>>; claims: Array<Record<string, unknown>> }>;
  entities: Array<Record<string, unknown>>;
}

describe('analyze --json', () => {
  let folder: TempFolder;
  let report: JsonReport;
  before(() => {
    folder = tempFolder();
    folder.write('b/second.md', `# Second\n\n${NEWS}\n`);
    folder.write('a.txt', NEWS);
    folder.write('notes.json', '{"not": "prose"}');
    folder.write('node_modules/dep/readme.md', 'Sam Altman in a dependency.');
    const run = runCli(['analyze', '--json', '.'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    report = JSON.parse(run.stdout) as JsonReport;
  });
  after(() => folder.dispose());

  it('lists .txt and .md files, sorted, relative to the working directory, skipping node_modules', () => {
    assert.deepEqual(report.files.map((f) => f.path), ['a.txt', 'b/second.md']);
  });

  it('gives every mention the contract keys', () => {
    const mentions = report.files.flatMap((f) => f.entities);
    assert.ok(mentions.length > 0, 'some mentions in news text');
    for (const m of mentions) {
      assert.deepEqual(Object.keys(m).sort(), ['character', 'end', 'entity', 'kind', 'line', 'start', 'text', 'type']);
      assert.ok(['person', 'organization', 'figure'].includes(m['kind'] as string));
      assert.ok(['PERSON', 'ORG', 'MONEY', 'PERCENT', 'CARDINAL', 'DATE'].includes(m['type'] as string));
    }
  });

  it('gives claims and workspace entities the contract keys', () => {
    for (const claim of report.files.flatMap((f) => f.claims)) {
      assert.deepEqual(Object.keys(claim).sort(), ['character', 'code', 'end', 'line', 'message', 'start', 'text']);
    }
    for (const entity of report.entities) {
      assert.deepEqual(Object.keys(entity).sort(), ['aliases', 'id', 'kind', 'mentions', 'name', 'relations']);
      assert.ok(Array.isArray(entity['aliases']) && Array.isArray(entity['relations']));
      for (const relation of entity['relations'] as Array<Record<string, unknown>>) {
        assert.deepEqual(Object.keys(relation).sort(), ['evidence', 'target', 'type']);
      }
    }
  });

  it('links every mention to a listed entity, and counts mentions consistently', () => {
    const ids = new Map(report.entities.map((e) => [e['id'] as string, e['mentions'] as number]));
    const counts = new Map<string, number>();
    for (const m of report.files.flatMap((f) => f.entities)) {
      if (m['entity'] !== null) {
        assert.ok(ids.has(m['entity'] as string), `unknown entity ${String(m['entity'])}`);
        counts.set(m['entity'] as string, (counts.get(m['entity'] as string) ?? 0) + 1);
      }
    }
    for (const [id, count] of counts) {
      assert.equal(ids.get(id), count, id);
    }
  });

  it('analyzes a single file given by path, whatever its extension', () => {
    const run = runCli(['analyze', '--json', 'notes.json'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.map((f) => f.path), ['notes.json']);
  });
});

describe('analyze text report', () => {
  let folder: TempFolder;
  before(() => {
    folder = tempFolder();
    folder.write('story.txt', `${NEWS}\n\n${NEWS}\n`);
  });
  after(() => folder.dispose());

  it('prints the file, grouped entities and a workspace summary, without colour when piped', () => {
    const run = runCli(['analyze', '.'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^story\.txt {2}/m);
    assert.match(run.stdout, /^Workspace {2}1 file, /m);
    assert.match(run.stdout, /Figures/);
    assert.match(run.stdout, /-> \d/, 'a normalized figure value');
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no ANSI escapes when stdout is not a terminal');
  });

  it('accepts --no-color', () => {
    const run = runCli(['analyze', '--no-color', 'story.txt'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /\u001b\[/);
  });

  it('reports a folder without prose files plainly', () => {
    const empty = tempFolder();
    try {
      const run = runCli(['analyze', empty.root]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /No \.txt or \.md files/);
    } finally {
      empty.dispose();
    }
  });
});

describe('analyze with a registry', () => {
  let folder: TempFolder;
  after(() => folder.dispose());

  it('warns in one line about a malformed registry and analyzes anyway', () => {
    folder = tempFolder();
    folder.write('entities.json', '{ "entities": [ { "name": "Lumora Labs", ');
    folder.write('story.txt', NEWS);
    const run = runCli(['analyze', '--json', '.'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    const warnings = lines(run.stderr).filter((line) => line.includes('registry'));
    assert.equal(warnings.length, 1, run.stderr);
    assert.match(warnings[0]!, /entities\.json.*ignored/);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.files.map((f) => f.path), ['story.txt']);
    assert.ok(report.files[0]!.entities.length > 0);
  });

  it('uses a valid registry: its entity appears under its registry name', () => {
    const valid = tempFolder();
    try {
      valid.write('news.entities.json', JSON.stringify({ entities: [{ name: 'Quillon Systems', kind: 'organization', aliases: ['Quillon'] }] }));
      valid.write('story.txt', 'Quillon shipped its headset on Monday, the company said.');
      const run = runCli(['analyze', '--json', '.'], { cwd: valid.root });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      const report = JSON.parse(run.stdout) as JsonReport;
      assert.ok(report.entities.some((e) => e['name'] === 'Quillon Systems'), JSON.stringify(report.entities));
    } finally {
      valid.dispose();
    }
  });
});
