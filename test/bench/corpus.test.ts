/**
 * The benchmark corpus generator is deterministic, sized as asked, and varied (so the paragraph cache cannot
 * make a benchmark look faster than real text would).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCorpus, generateText, seededRandom } from './corpus';

describe('bench corpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    assert.equal(generateText({ size: 5000, seed: 1 }), generateText({ size: 5000, seed: 1 }));
    assert.notEqual(generateText({ size: 5000, seed: 1 }), generateText({ size: 5000, seed: 2 }));
    assert.deepEqual([seededRandom(3)(), seededRandom(3)()], [seededRandom(3)(), seededRandom(3)()]);
  });

  it('reaches the requested size and splits into articles', () => {
    const docs = generateCorpus(200 * 1024, 5);
    const total = docs.reduce((n, d) => n + d.text.length, 0);
    assert.ok(total >= 200 * 1024 && total < 215 * 1024, String(total));
    assert.ok(docs.some((d) => d.languageId === 'markdown') && docs.some((d) => d.languageId === 'plaintext'));
  });

  it('rarely repeats a paragraph', () => {
    const paragraphs = generateText({ size: 200 * 1024, seed: 9 }).split('\n\n');
    assert.ok(new Set(paragraphs).size / paragraphs.length > 0.99);
  });
});
