/**
 * The analysis time budget: with a fake clock that passes the deadline after N reads, analysis throws
 * AnalysisBudgetExceeded (between blocks, and inside the long loops of one huge block and of propagation over
 * many known names); nothing partial is cached; a budget that never runs out changes nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnalysisBudgetExceeded, analyzeDocument, ParagraphCache, type AnalysisBudget } from '../../server/src/analysis/index';
import { TICK_STRIDE } from '../../server/src/analysis/budget';

const PARAGRAPHS = [
  'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the company raised $1.2bn.',
  'Analysts believe the satellite operator will need more money next year.',
  'Quenby said Kestrel would hire 300 engineers in Lagos.',
  'Tobiah Okonkwo-Reyes, who runs Pemberly Dynamics, declined to comment.',
];
const TEXT = PARAGRAPHS.join('\n\n');

/** A clock at 0 for its first `reads` reads and far past any deadline after; counts its reads. */
function jumpingClock(reads: number): { budget: AnalysisBudget; readonly reads: number } {
  let count = 0;
  return {
    budget: { deadline: 1000, now: () => (count++ < reads ? 0 : Number.MAX_SAFE_INTEGER) },
    get reads() {
      return count;
    },
  };
}

/** How often a full analysis reads a clock that never passes the deadline. */
function readsOf(text: string, options: Parameters<typeof analyzeDocument>[1] = {}): number {
  const clock = jumpingClock(Number.POSITIVE_INFINITY);
  analyzeDocument(text, { ...options, budget: clock.budget });
  return clock.reads;
}

describe('analysis time budget', () => {
  it('throws AnalysisBudgetExceeded once the clock passes the deadline, wherever that happens', () => {
    const total = readsOf(TEXT);
    assert.ok(total >= PARAGRAPHS.length * 2, `at least two reads per block (read ${total})`);
    for (const reads of [0, 1, Math.floor(total / 2), total - 1]) {
      const clock = jumpingClock(reads);
      assert.throws(() => analyzeDocument(TEXT, { budget: clock.budget }), AnalysisBudgetExceeded, `after ${reads} reads`);
      assert.equal(clock.reads, reads + 1, 'stops at the first read past the deadline');
    }
    assert.doesNotThrow(() => analyzeDocument(TEXT, { budget: jumpingClock(total).budget }));
  });

  it('changes nothing when the budget does not run out', () => {
    const cache = new ParagraphCache();
    const budgeted = analyzeDocument(TEXT, { budget: jumpingClock(Number.POSITIVE_INFINITY).budget });
    assert.deepEqual(budgeted, analyzeDocument(TEXT));
    assert.deepEqual(analyzeDocument(TEXT, { cache, budget: { deadline: Number.POSITIVE_INFINITY, now: () => 0 } }), analyzeDocument(TEXT, { cache }));
  });

  it('caches nothing partial: after an abandoned run, the same cache gives a fresh analysis', () => {
    const cache = new ParagraphCache();
    const total = readsOf(TEXT);
    // Abandon at every point in turn: paragraph, name book and propagation memos must never hold a half result.
    // (What finished before the deadline is cached whole, so later runs need fewer reads and may not stop.)
    let abandoned = 0;
    for (let reads = 0; reads < total; reads++) {
      try {
        analyzeDocument(TEXT, { cache, budget: jumpingClock(reads).budget });
      } catch (error) {
        assert.ok(error instanceof AnalysisBudgetExceeded, String(error));
        abandoned++;
      }
    }
    assert.ok(abandoned >= PARAGRAPHS.length, `abandoned ${abandoned} times`);
    assert.deepEqual(analyzeDocument(TEXT, { cache }), analyzeDocument(TEXT));
  });

  it('looks at the clock inside the loops of one huge block, not only between blocks', () => {
    // One paragraph of 1,000 sentences (10,500 words) has the phase checks of a one-sentence paragraph, plus one
    // read per TICK_STRIDE items of each loop (tokens of the figure scan and of relations, chunks, sentences...).
    const block = Array.from({ length: 1000 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join(' ');
    const reads = readsOf(block);
    const phaseChecks = readsOf(PARAGRAPHS[0]!);
    assert.ok(reads - phaseChecks >= 10_000 / TICK_STRIDE, `reads inside the loops (read ${reads}, ${phaseChecks} for one sentence)`);
    const clock = jumpingClock(Math.floor(reads / 2));
    assert.throws(() => analyzeDocument(block, { budget: clock.budget }), AnalysisBudgetExceeded);
  });

  it('looks at the clock while building the name book from many known names', () => {
    const knownNames = new Map(Array.from({ length: 20_000 }, (_, i) => [`vendel corp ${i}`, 'organization' as const]));
    const withNames = readsOf(TEXT, { knownNames });
    assert.ok(withNames - readsOf(TEXT) >= 20_000 / TICK_STRIDE - 1, `one read per ${TICK_STRIDE} known names (read ${withNames})`);
  });

  it('reports how far past the deadline it was', () => {
    const error = (() => {
      try {
        analyzeDocument(TEXT, { budget: { deadline: 100, now: () => 250 } });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    assert.ok(error instanceof AnalysisBudgetExceeded);
    assert.equal(error.overrunMs, 150);
    assert.equal(error.name, 'AnalysisBudgetExceeded');
  });
});
