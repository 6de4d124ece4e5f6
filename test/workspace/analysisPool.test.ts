/**
 * The worker-thread first pass fills the main paragraph cache, so the second pass on the main thread runs no NLP,
 * and the result is exactly what analyzeCorpus gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeCorpus, ParagraphCache } from '../../server/src/analysis/index';
import { analyzeInWorkers, MIN_POOL_DOCUMENTS } from '../../server/src/workspace/analysisPool';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { generateCorpus } from '../bench/corpus';

describe('analysis on worker threads', () => {
  it('gives what analyzeCorpus gives, with no NLP left for the main thread', async () => {
    const docs = generateCorpus(200 * 1024, 5, 1024, 30).slice(0, MIN_POOL_DOCUMENTS + 6).map((d, i) => ({ ...d, uri: `file:///pool/doc-${i}.md` }));
    assert.ok(docs.length >= MIN_POOL_DOCUMENTS);
    const cache = new ParagraphCache();
    const index = new WorkspaceIndex(cache);
    docs.forEach((d) => index.setDocument(TextDocument.create(d.uri, d.languageId, 0, d.text), false));
    let reports = 0;
    assert.equal(await analyzeInWorkers(index, cache, () => reports++), true);
    assert.ok(reports > 0, 'progress reported');
    assert.equal([...index.sources(true)].length, 0, 'every document seeded');
    const misses = cache.stats.misses;
    const snapshot = await index.snapshot();
    // The index collects known names in key order, so the reference analysis gets the documents in that order.
    const expected = analyzeCorpus([...docs].sort((a, b) => (a.uri < b.uri ? -1 : 1)));
    for (const d of docs) {
      assert.deepEqual(JSON.parse(JSON.stringify(snapshot!.get(d.uri)!.analysis)), JSON.parse(JSON.stringify(expected.analyses.get(d.uri))), d.uri);
    }
    assert.equal(cache.stats.misses, misses, 'no paragraph analyzed again on the main thread');
  });
});
