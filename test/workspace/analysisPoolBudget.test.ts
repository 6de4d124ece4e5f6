/**
 * The time budget on worker threads: a document a worker abandons is recorded as abandoned and never analyzed
 * again on the main thread; a worker that goes silent is terminated, the document it was on is recorded as
 * abandoned, and the rest are left for the main thread.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParagraphCache } from '../../server/src/analysis/index';
import { analyzeInWorkers, MIN_POOL_DOCUMENTS } from '../../server/src/workspace/analysisPool';
import { isAbandoned } from '../../server/src/workspace/timeBudget';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { SILENT_MARKER } from './silentWorker';

const COUNT = MIN_POOL_DOCUMENTS + 4;

function indexOf(texts: readonly string[]): { index: WorkspaceIndex; cache: ParagraphCache; uris: string[] } {
  const cache = new ParagraphCache();
  const index = new WorkspaceIndex(cache);
  const uris = texts.map((_, i) => `file:///pool/doc-${String(i).padStart(3, '0')}.md`);
  texts.forEach((text, i) => index.setDocument(TextDocument.create(uris[i]!, 'markdown', 0, text), false));
  return { index, cache, uris };
}

const text = (i: number): string => `Marisol Quenby of Kestrel Orbital said on day ${i} that the launch had slipped.\n`;

describe('analysis on worker threads with a time budget', () => {
  it('records documents the workers abandoned, and leaves none of them to the main thread', async () => {
    const { index, cache, uris } = indexOf(Array.from({ length: COUNT }, (_, i) => text(i)));
    // A microsecond: every document runs out of it at its first look at the clock after masking the text.
    index.setTimeBudget(1e-6);
    assert.equal(await analyzeInWorkers(index, cache, () => undefined), true);
    assert.deepEqual([...index.sources(true)], [], 'nothing left to analyze');
    for (const uri of uris) {
      assert.ok(isAbandoned(index.analysisOf(uri)!.analysis), uri);
    }
  });

  it('terminates a worker that goes silent; its document is abandoned, the others are left to the main thread', async () => {
    const silent = 7;
    const { index, cache, uris } = indexOf(Array.from({ length: COUNT }, (_, i) => (i === silent ? `${SILENT_MARKER} ${text(i)}` : text(i))));
    const pooled = await analyzeInWorkers(index, cache, () => undefined, { entry: join(__dirname, 'silentWorker.js'), silenceMs: 1500 });
    assert.equal(pooled, false, 'the pool gave up');
    const stale = [...index.sources(true)].map((s) => s.key);
    assert.ok(!stale.includes(uris[silent]!), 'the silent document is not analyzed again');
    assert.equal(stale.length, COUNT - 1, 'every other document is left to the main thread');
    const abandoned = index.analysisOf(uris[silent]!)!.analysis;
    assert.ok(isAbandoned(abandoned));
    assert.equal(abandoned.mentions.length, 0);
  });
});
