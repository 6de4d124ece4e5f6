/**
 * `entity-lens export` on a temporary folder: the files each format writes, that they hold exactly the entities
 * `analyze --json` reports, and the usage errors.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as brat from '../../server/src/formats/brat';
import * as conll from '../../server/src/formats/conll';
import * as jsonl from '../../server/src/formats/jsonl';
import { lines, NEWS, runCli, tempFolder, type TempFolder } from './cliHarness';

interface Report {
  files: Array<{ path: string; entities: Array<{ start: number; end: number; type: string }> }>;
}

describe('export', () => {
  let folder: TempFolder;
  let expected: Map<string, Array<{ start: number; end: number; label: string }>>;
  const texts: Record<string, string> = {
    'corpus/a.txt': `${NEWS}\r\n`,
    'corpus/sub/b.md': `# Launch 🚀\n\n${NEWS}\n`,
  };
  before(() => {
    folder = tempFolder();
    for (const [path, text] of Object.entries(texts)) {
      folder.write(path, text);
    }
    const run = runCli(['analyze', '--json', 'corpus'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    expected = new Map(report.files.map((f) => [f.path, f.entities.map((e) => ({ start: e.start, end: e.end, label: e.type }))]));
  });
  after(() => folder.dispose());

  function exportAs(format: string): string {
    const out = join(folder.root, `out-${format}`);
    const run = runCli(['export', '--format', format, '--out', out, 'corpus'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.ok(run.stdout.startsWith(`wrote 2 files as ${format} to `), run.stdout);
    return out;
  }

  it('brat: a .txt copy and an .ann per file, paths mirrored under --out, plus annotation.conf', () => {
    const out = exportAs('brat');
    for (const [path, base] of [['corpus/a.txt', 'a'], ['corpus/sub/b.md', 'sub/b.md']] as const) {
      const text = readFileSync(join(out, `${base}.txt`), 'utf8');
      assert.equal(text, texts[path]);
      const spans = brat.read(readFileSync(join(out, `${base}.ann`), 'utf8'), text).spans;
      assert.deepEqual(spans, expected.get(path), path);
    }
    assert.match(readFileSync(join(out, 'annotation.conf'), 'utf8'), /^\[entities\]\n(?:[A-Z]+\n)*PERSON\n/);
  });

  it('jsonl: one entities.jsonl line per file with the same spans', () => {
    const records = jsonl.readAll(readFileSync(join(exportAs('jsonl'), 'entities.jsonl'), 'utf8'));
    assert.deepEqual(records.map((r) => r.path), ['corpus/a.txt', 'corpus/sub/b.md']);
    for (const record of records) {
      assert.equal(record.text, texts[record.path!]);
      assert.deepEqual(record.spans, expected.get(record.path!));
    }
  });

  it('conll: one entities.conll whose documents rebuild the same spans', () => {
    const content = readFileSync(join(exportAs('conll'), 'entities.conll'), 'utf8');
    const paths = ['corpus/a.txt', 'corpus/sub/b.md'];
    assert.deepEqual(conll.readAll(content, paths.map((p) => texts[p]!)), paths.map((p) => expected.get(p)));
  });

  it('exits 2 with one line for a missing --out, a bad --format or a missing PATH', () => {
    for (const args of [['--format', 'brat', 'corpus'], ['--format', 'xml', '--out', 'x', 'corpus'], ['--format', 'jsonl', '--out', 'x'], ['--format', 'jsonl', '--out', 'x', 'nope']]) {
      const run = runCli(['export', ...args], { cwd: folder.root });
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(lines(run.stderr).length, 1, run.stderr);
    }
    assert.equal(existsSync(join(folder.root, 'x')), false, 'nothing written on a usage error');
  });
});
