/**
 * Scores the engine against the gold annotations of the sample articles and of the independently written
 * newswire development set, prints per-type precision, recall and F1, and fails below a floor.
 * The floors sit a little under the measured scores; raise them as quality improves, never lower them to pass.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeCorpus, ontoNotesType, parseRegistry } from '../../server/src/analysis/index';
import { formatScores, SpanScorer } from '../../server/src/evaluation/score';

interface GoldFile {
  readonly files: Record<string, { entities: Array<{ start: number; end: number; type: string }> }>;
}

const ROOT = join(__dirname, '..', '..', '..');

function score(folder: string, registryFile?: string): SpanScorer {
  const dir = join(ROOT, folder);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldFile;
  const registry = registryFile ? parseRegistry(readFileSync(join(dir, registryFile), 'utf8')).registry : undefined;
  const docs = Object.keys(gold.files).map((name) => ({
    uri: name,
    text: readFileSync(join(dir, name), 'utf8'),
    languageId: name.endsWith('.md') ? 'markdown' : 'plaintext',
  }));
  const { analyses } = analyzeCorpus(docs, registry);
  const scorer = new SpanScorer();
  for (const doc of docs) {
    const predicted = analyses.get(doc.uri)!.mentions.map((m) => ({ start: m.start, end: m.end, type: ontoNotesType(m) }));
    scorer.add(doc.uri, predicted, gold.files[doc.uri].entities);
  }
  return scorer;
}

function assertFloors(scorer: SpanScorer, floors: Record<string, number>): void {
  for (const [type, floor] of Object.entries(floors)) {
    const f1 = scorer.score(type).f1;
    assert.ok(f1 >= floor, `${type} F1 ${f1.toFixed(3)} fell below the floor ${floor}`);
  }
}

describe('recognition quality', () => {
  it('on the sample articles (with their registry)', () => {
    const scorer = score('seeds', 'entities.json');
    console.log(`seeds/ gold, exact spans:\n${formatScores(scorer.scores(['PERSON', 'ORG']))}`);
    assertFloors(scorer, { PERSON: 0.9, ORG: 0.9, MONEY: 0.9, PERCENT: 0.9 });
  });

  it('on the held-out newswire development set (no registry)', () => {
    const scorer = score('test/fixtures/newswire');
    console.log(`newswire dev set, exact spans:\n${formatScores(scorer.scores(['PERSON', 'ORG']))}`);
    assertFloors(scorer, { PERSON: 0.88, ORG: 0.78, MONEY: 0.9, PERCENT: 0.9 });
  });
});
