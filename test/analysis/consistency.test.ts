/**
 * The inconsistent-figure check (issue 4). Rows are pairs of one-paragraph documents analyzed together, with
 * whether the two statements conflict; precision first, so most rows are look-alikes that must stay silent.
 * Then the seeds: exactly the conflicts listed in seeds/gold.json.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { conflicts, findInconsistentFigures, roundingOf, type InconsistentFigure } from '../../server/src/analysis/consistency';
import { analyzeCorpus, type SourceDocument } from '../../server/src/analysis/index';
import { nearestMeasure, wordsOf } from '../../server/src/analysis/figureMeasures';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

function run(documents: readonly SourceDocument[]): InconsistentFigure[] {
  const corpus = analyzeCorpus(documents);
  return findInconsistentFigures(documents.map((d) => ({ uri: d.uri, text: d.text, analysis: corpus.analyses.get(d.uri)! })), corpus.workspace);
}

function pair(a: string, b: string): InconsistentFigure[] {
  const intro = 'Kestrel Orbital Inc. builds satellites. Corvid Skylink Ltd. builds rockets. ';
  return run([
    { uri: 'file:///w/a.md', text: intro + a, languageId: 'markdown' },
    { uri: 'file:///w/b.md', text: intro + b, languageId: 'markdown' },
  ]);
}

const ROWS: ReadonlyArray<readonly [string, string, string, boolean]> = [
  ['a funding round of $1.5bn vs $1.2bn', 'Kestrel Orbital closed a $1.5bn funding round on Monday.', 'Kestrel Orbital closed a $1.2bn funding round this week.', true],
  ['an approximate valuation 6% apart', 'Kestrel Orbital plans a share sale valuing it at about $800 billion.', 'Kestrel Orbital plans a share sale valuing it at $750 billion.', true],
  ['revenue in different words', 'Kestrel Orbital said its revenue reached $40 million.', "Kestrel Orbital's revenue was $55 million, the filing shows.", true],
  ['a valuation whose source is named', 'Kestrel Orbital has a valuation of $2bn, according to PitchBook.', 'Kestrel Orbital has a valuation of $3bn.', true],
  ['growth rates', "Kestrel Orbital's revenue grew 40% in 2024.", "Kestrel Orbital's revenue grew 25% in 2024.", true],
  ['the same round, rounded', 'Kestrel Orbital closed a $1.2bn funding round.', 'Kestrel Orbital closed a $1.25bn funding round.', false],
  ['the same round, in millions', 'Kestrel Orbital closed a $1.2bn funding round.', 'Kestrel Orbital closed a $1,200 million funding round.', false],
  ['an approximate valuation within 3%', 'Kestrel Orbital plans a share sale valuing it at about $800 billion.', 'Kestrel Orbital plans a share sale valuing it at $790 billion.', false],
  ['different measures', 'Kestrel Orbital raised $1.2bn.', "Kestrel Orbital's revenue reached $1.5bn.", false],
  ['total funding is not a round', "The round brings Kestrel Orbital's total funding to $3 billion.", 'Kestrel Orbital closed a $1.2bn funding round.', false],
  ['two organizations in the sentence', 'Kestrel Orbital and Corvid Skylink raised $2bn together.', 'Kestrel Orbital raised $1.2bn.', false],
  ['a speaker about another organization', 'Corvid Skylink said Kestrel Orbital raised $2bn.', 'Kestrel Orbital raised $1.2bn.', true],
  ['different organizations', 'Corvid Skylink raised $1.5bn.', 'Kestrel Orbital raised $1.2bn.', false],
  ['different years', "Kestrel Orbital's revenue was $40 million in 2023.", "Kestrel Orbital's revenue was $60 million in 2024.", false],
  ['a bound is not a value', 'Kestrel Orbital has raised more than $2 billion.', 'Kestrel Orbital has raised $1.2bn.', false],
  ['an increment is not a total', 'Kestrel Orbital raised another $500 million.', 'Kestrel Orbital raised $1.2bn.', false],
  ['a forecast is not a result', 'Kestrel Orbital expects revenue of $90 million.', "Kestrel Orbital's revenue was $60 million.", false],
  ['different currencies', 'Kestrel Orbital raised $1.2bn.', 'Kestrel Orbital raised 1.5 billion euros.', false],
  ['a speaker is not an owner', 'Corvid Skylink said a valuation of $2bn was fair.', 'Corvid Skylink said a valuation of $3bn was fair.', false],
  ['a change is not a level', "Kestrel Orbital's revenue grew by $5 million.", "Kestrel Orbital's revenue was $40 million.", false],
  ['an amount raised is not a round', 'Kestrel Orbital raised $1.5bn.', 'Kestrel Orbital closed a $1.2bn funding round.', false],
  ['a running total is not a raise', 'Kestrel Orbital has raised $3bn so far.', 'Kestrel Orbital raised $1.2bn.', false],
  ['an earlier value is not compared', "Kestrel Orbital's revenue rose to $40 million from $25 million.", "Kestrel Orbital's revenue reached $40 million.", false],
  ['a round at a price', 'Kestrel Orbital closed a funding round at $4bn.', 'Kestrel Orbital closed a $1.2bn funding round.', false],
  ['no measure word', 'Kestrel Orbital bets $1.2bn on broadband.', 'Kestrel Orbital bets $1.5bn on broadband.', false],
  ['a measure in another clause', 'Kestrel Orbital closed its round, and it spent $1.5bn on satellites.', 'Kestrel Orbital closed a $1.2bn funding round.', false],
];

describe('findInconsistentFigures', () => {
  for (const [name, a, b, expected] of ROWS) {
    it(name, () => {
      const found = pair(a, b);
      assert.equal(found.length > 0, expected, JSON.stringify(found.map((f) => f.message)));
      if (expected) {
        assert.deepEqual(found.map((f) => f.uri), ['file:///w/a.md', 'file:///w/b.md'], 'one finding per place');
        for (const f of found) {
          assert.equal(f.related.length, 1);
          assert.notEqual(f.related[0]!.uri, f.uri);
          assert.equal(f.code, 'inconsistent-figure');
        }
      }
    });
  }

  it('does not compare figures within one document', () => {
    const text = 'Kestrel Orbital Inc. closed a $1.5bn funding round. Earlier, Kestrel Orbital closed a $1.2bn funding round.';
    assert.deepEqual(run([{ uri: 'file:///w/a.md', text, languageId: 'markdown' }]), []);
  });

  it('gives spans that are the figures as written', () => {
    const found = pair('Kestrel Orbital closed a $1.5bn funding round.', 'Kestrel Orbital closed a $1.2bn funding round.');
    assert.deepEqual(found.map((f) => f.text), ['$1.5bn', '$1.2bn']);
    assert.match(found[0]!.message, /funding round is \$1\.5bn here but \$1\.2bn in b\.md/);
  });
});

describe('rounding and measures', () => {
  const roundingRows: ReadonlyArray<readonly [string, number, number | undefined]> = [
    ['$1.2bn', 1.2e9, 0.05e9],
    ['$800 billion', 8e11, 0.5e9],
    ['25%', 25, 0.5],
    ['$6,600,000', 6.6e6, 0.5],
    ['two billion dollars', 2e9, undefined],
  ];
  for (const [text, value, expected] of roundingRows) {
    it(`rounding of ${text}`, () => {
      const got = roundingOf(text, value);
      assert.ok(expected === undefined ? got === undefined : Math.abs((got ?? 0) - expected) < expected * 1e-9, `${got}`);
    });
  }

  it('conflicts beyond rounding only', () => {
    assert.equal(conflicts({ value: 1.2e9, rounding: 0.05e9, approximate: false }, { value: 1.5e9, rounding: 0.05e9, approximate: false }), true);
    assert.equal(conflicts({ value: 1.2e9, rounding: 0.05e9, approximate: false }, { value: 1.25e9, rounding: 0.005e9, approximate: false }), false);
  });

  const measureRows: ReadonlyArray<readonly [string, string, string | undefined]> = [
    ['closed a', 'funding round this week', 'funding-round'],
    ["brings Kestrel's total funding to", '', 'total-funding'],
    ['a share sale valuing it at', '', 'valuation'],
    ['it', 'in revenue and sales', 'revenue'],
    ['spent', 'on satellites', undefined],
    ['its round, and it spent', '', undefined],
  ];
  for (const [before, after, expected] of measureRows) {
    it(`measure of "${before} _ ${after}"`, () => assert.equal(nearestMeasure(wordsOf(before).reverse(), wordsOf(after)), expected));
  }
});

describe('inconsistent figures in the seeds', () => {
  it('finds exactly the conflicts listed in gold.json', () => {
    const gold = JSON.parse(readFileSync(join(SEEDS, 'gold.json'), 'utf8')) as {
      inconsistentFigures: Array<{ files: string[]; values: string[] }>;
    };
    const documents = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.md') || f.endsWith('.txt'))
      .map((f) => ({ uri: `file:///seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8'), languageId: f.endsWith('.md') ? 'markdown' : 'plaintext' }));
    const found = run(documents).map((f) => `${f.uri.slice('file:///seeds/'.length)} ${f.text}`).sort();
    const expected = gold.inconsistentFigures.flatMap((g) => g.files.map((file, i) => `${file} ${g.values[i]}`)).sort();
    assert.deepEqual(found, expected);
  });
});
