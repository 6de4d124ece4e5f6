/**
 * Scores the engine against the gold annotations of the sample articles and of the independently written
 * newswire development set, prints per-type precision, recall and F1, and fails below a floor.
 * The floors sit a little under the measured scores; raise them as quality improves, never lower them to pass.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeCorpus, analyzeDocument, ontoNotesType, parseRegistry } from '../../server/src/analysis/index';
import { formatScores, SpanScorer } from '../../server/src/evaluation/score';

interface GoldFile {
  readonly files: Record<string, { entities: Array<{ start: number; end: number; type: string }>; claims?: Array<{ text: string; code: string | null }> }>;
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

/**
 * Sentence-level claim scoring: a gold claim sentence counts as found when a reported claim lies in it; a
 * reported claim in no gold claim sentence is a false alarm (sourced look-alikes included).
 */
function scoreClaims(folder: string): { precision: number; recall: number; found: number; alarms: number; missed: number } {
  const dir = join(ROOT, folder);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldFile;
  let found = 0;
  let missed = 0;
  let alarms = 0;
  for (const [name, file] of Object.entries(gold.files)) {
    const text = readFileSync(join(dir, name), 'utf8');
    const claimSpans = (file.claims ?? []).filter((c) => c.code !== null).map((c) => ({ start: text.indexOf(c.text), end: text.indexOf(c.text) + c.text.length }));
    const reported = analyzeDocument(text, { languageId: name.endsWith('.md') ? 'markdown' : 'plaintext' }).claims;
    const inside = (c: { start: number; end: number }, s: { start: number; end: number }): boolean => c.start >= s.start && c.end <= s.end;
    for (const span of claimSpans) {
      if (reported.some((c) => inside(c, span))) {
        found++;
      } else {
        missed++;
      }
    }
    const alarmSentences = new Set(reported.filter((c) => !claimSpans.some((s) => inside(c, s))).map((c) => c.sentence.start));
    alarms += alarmSentences.size;
  }
  return { precision: found / Math.max(1, found + alarms), recall: found / Math.max(1, found + missed), found, alarms, missed };
}

describe('recognition quality', () => {
  it('on the sample articles (with their registry)', () => {
    const scorer = score('seeds', 'entities.json');
    console.log(`seeds/ gold, exact spans:\n${formatScores(scorer.scores(['PERSON', 'ORG']))}`);
    assertFloors(scorer, { PERSON: 0.95, ORG: 0.94, MONEY: 0.95, PERCENT: 0.95 });
  });

  it('on the held-out newswire development set (no registry)', () => {
    const scorer = score('test/fixtures/newswire');
    console.log(`newswire dev set, exact spans:\n${formatScores(scorer.scores(['PERSON', 'ORG']))}`);
    assertFloors(scorer, { PERSON: 0.92, ORG: 0.85, MONEY: 0.95, PERCENT: 0.95 });
  });

  it('on the second newswire set (no registry)', () => {
    const scorer = score('test/fixtures/newswire-blind');
    console.log(`second newswire set, exact spans:\n${formatScores(scorer.scores(['PERSON', 'ORG']))}`);
    assertFloors(scorer, { PERSON: 0.89, ORG: 0.84, MONEY: 0.95, PERCENT: 0.95 });
  });

  it('on the final blind newswire set (never tuned on: only these totals are read)', () => {
    const scorer = score('test/fixtures/newswire-final');
    console.log(`final blind newswire set, exact spans:\n${formatScores(scorer.scores(['PERSON', 'ORG']))}`);
    assertFloors(scorer, { PERSON: 0.85, ORG: 0.7, MONEY: 0.9, PERCENT: 0.95 });
  });
});

describe('claim detection quality', () => {
  it('finds the unsourced claims of the sample articles and leaves sourced look-alikes alone', () => {
    const r = scoreClaims('seeds');
    console.log(`seeds/ claims, sentence level: precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)} (found ${r.found}, false alarms ${r.alarms}, missed ${r.missed})`);
    assert.ok(r.precision >= 0.9, `claim precision ${r.precision.toFixed(3)} below 0.9`);
    assert.ok(r.recall >= 0.9, `claim recall ${r.recall.toFixed(3)} below 0.9`);
  });
});
