/**
 * `entity-lens eval`: it reproduces the scores the quality test computes in-process for seeds/, reads gold in
 * every export format (the engine scored against its own export is perfect), and reports bad gold plainly.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyzeCorpus, ontoNotesType, parseRegistry } from '../../server/src/analysis/index';
import { SpanScorer, type TypeScore } from '../../server/src/evaluation/score';
import { lines, NEWS, REPO_ROOT, runCli, tempFolder, type TempFolder } from './cliHarness';

interface EvalJson {
  format: string;
  files: number;
  scores: TypeScore[];
}

/** The quality test's computation (test/analysis/quality.test.ts), in-process. */
function inProcessSeedScores(): SpanScorer {
  const dir = join(REPO_ROOT, 'seeds');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { files: Record<string, { entities: Array<{ start: number; end: number; type: string }> }> };
  const registry = parseRegistry(readFileSync(join(dir, 'entities.json'), 'utf8')).registry;
  const docs = Object.keys(gold.files).map((name) => ({ uri: name, text: readFileSync(join(dir, name), 'utf8'), languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' }));
  const { analyses } = analyzeCorpus(docs, registry);
  const scorer = new SpanScorer();
  for (const doc of docs) {
    const predicted = analyses.get(doc.uri)!.mentions.map((m) => ({ start: m.start, end: m.end, type: ontoNotesType(m) }));
    scorer.add(doc.uri, predicted, gold.files[doc.uri]!.entities);
  }
  return scorer;
}

function evalJson(args: readonly string[], cwd = REPO_ROOT): EvalJson {
  const run = runCli(['eval', '--json', ...args], { cwd });
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as EvalJson;
}

describe('eval on seeds/ with the entity-lens gold JSON', () => {
  it('reproduces the in-process PERSON and ORG scores (and every other type) exactly', () => {
    const scorer = inProcessSeedScores();
    const result = evalJson(['--gold', 'seeds/gold.json', '--types', 'PERSON,ORG', 'seeds']);
    assert.equal(result.format, 'json');
    assert.equal(result.files, 12);
    for (const type of ['PERSON', 'ORG']) {
      const row = result.scores.find((r) => r.type === type)!;
      assert.deepEqual(row, scorer.score(type), type);
      assert.equal(row.f1, scorer.score(type).f1);
    }
    assert.deepEqual(result.scores.find((r) => r.type === 'ALL'), scorer.scores(['PERSON', 'ORG']).at(-1));
    assert.deepEqual(evalJson(['--gold', 'seeds/gold.json', 'seeds']).scores, scorer.scores());
  });

  it('prints the formatScores table', () => {
    const run = runCli(['eval', '--gold', 'seeds/gold.json', 'seeds']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^12 files scored against seeds\/gold\.json \(json\), exact spans:\ntype +P +R +F1 +tp +fp +fn\n/);
    assert.match(run.stdout, /^PERSON +\d\.\d{3} +\d\.\d{3} +\d\.\d{3} +\d+ +\d+ +\d+$/m);
  });
});

describe('eval against exported gold', () => {
  let folder: TempFolder;
  before(() => {
    folder = tempFolder();
    folder.write('corpus/a.txt', NEWS);
    folder.write('corpus/b.md', `# Notes 🚀\r\n\r\n${NEWS}\r\n`);
  });
  after(() => folder.dispose());

  for (const [format, gold] of [['brat', 'brat'], ['jsonl', 'jsonl/entities.jsonl'], ['conll', 'conll/entities.conll']] as const) {
    it(`scores the engine against its own ${format} export as perfect`, () => {
      const exported = runCli(['export', '--format', format, '--out', format, 'corpus'], { cwd: folder.root });
      assert.equal(exported.code, 0, exported.stderr);
      const result = evalJson(['--gold', gold, 'corpus'], folder.root);
      assert.equal(result.format, format);
      assert.equal(result.files, 2);
      const all = result.scores.find((r) => r.type === 'ALL')!;
      assert.ok(all.truePositives > 0);
      assert.deepEqual([all.precision, all.recall, all.f1, all.falsePositives, all.falseNegatives], [1, 1, 1, 0, 0]);
    });
  }

  it('scores one .ann file and warns about the files it does not cover', () => {
    runCli(['export', '--format', 'brat', '--out', 'one', 'corpus'], { cwd: folder.root });
    const run = runCli(['eval', '--json', '--gold', 'one/a.ann', 'corpus'], { cwd: folder.root });
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as EvalJson).files, 1);
    assert.match(run.stderr, /1 file\(s\) under PATH have no gold annotations/);
  });

  it('exits 2 with one line for missing --gold, unknown files, bad content or a bad --gold-format', () => {
    folder.write('gold/other.json', JSON.stringify({ files: { 'missing.txt': { entities: [] } } }));
    folder.write('gold/bad.jsonl', '{"text": 1}\n');
    const cases = [['corpus'], ['--gold', 'gold/other.json', 'corpus'], ['--gold', 'gold/bad.jsonl', 'corpus'], ['--gold', 'gold/other.json', '--gold-format', 'xml', 'corpus'], ['--gold', 'nope.json', 'corpus']];
    for (const args of cases) {
      const run = runCli(['eval', ...args], { cwd: folder.root });
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}`);
      assert.equal(lines(run.stderr).length, 1, run.stderr);
    }
  });
});
