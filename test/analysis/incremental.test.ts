/**
 * Incremental analysis: an edit re-runs NLP only on the paragraphs it touched, and the result equals a fresh
 * analysis of the edited text.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeDocument, ParagraphCache } from '../../server/src/analysis/index';

const PARAGRAPHS = [
  'Marisol Quenby, chief executive of Kestrel Orbital Inc., said the company raised $1.2bn.',
  'Analysts believe the satellite operator will need more money next year.',
  'Quenby said Kestrel would hire 300 engineers in Lagos.',
  'Tobiah Okonkwo-Reyes, who runs Pemberly Dynamics, declined to comment.',
];

describe('paragraph memo', () => {
  it('re-analyzes only the edited paragraph and matches a fresh analysis', () => {
    const cache = new ParagraphCache();
    const before = PARAGRAPHS.join('\n\n');
    analyzeDocument(before, { cache });
    const misses = cache.stats.misses;
    const edited = before.replace('300 engineers', '350 engineers');
    const incremental = analyzeDocument(edited, { cache });
    assert.equal(cache.stats.misses - misses, 1, 'one paragraph changed, one paragraph re-analyzed');
    assert.deepEqual(incremental, analyzeDocument(edited));
  });

  it('evicts the least recently used paragraphs beyond its capacity', () => {
    const cache = new ParagraphCache(2);
    analyzeDocument(PARAGRAPHS.join('\n\n'), { cache });
    assert.equal(cache.stats.size, 2);
    assert.equal(cache.stats.propagated, 2, 'propagated blocks are bounded too');
  });
});
