/**
 * The body of an analysis worker thread (see analysisPool.ts). A first pass over the documents it is given
 * sends back, per document, the names recognized and the paragraph analyses computed (recorded by a paragraph
 * cache that remembers its misses); once the main thread has merged the names of the whole workspace, a second
 * pass with those names sends back the final analyses.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, collectKnownNames, ParagraphCache, type AnalyzeOptions, type DocumentAnalysis, type Registry } from '../analysis/index';
import type { PoolDocument, ToWorker } from './analysisPool';

/** A paragraph cache that remembers what it computed. */
class RecordingCache extends ParagraphCache {
  recorded: Array<[string, ReturnType<ParagraphCache['get']>]> = [];

  override get(text: string, compute: Parameters<ParagraphCache['get']>[1]): ReturnType<ParagraphCache['get']> {
    return super.get(text, (t) => {
      const value = compute(t);
      this.recorded.push([text, value]);
      return value;
    });
  }
}

/** Serves the two passes on the parent port until the pool terminates the thread. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) {
    return;
  }
  const cache = new RecordingCache();
  let docs: readonly PoolDocument[] = [];
  let registry: Registry | undefined;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'first') {
      ({ docs, registry } = message);
    }
    const knownNames = message.type === 'second' ? new Map(message.knownNames) : undefined;
    for (const doc of docs) {
      const analysis = tryAnalyze(doc.text, { languageId: doc.languageId, registry, cache, knownNames });
      if (analysis && message.type === 'first') {
        port.postMessage({ type: 'first', key: doc.key, names: [...collectKnownNames([analysis])], paragraphs: cache.recorded });
      } else if (analysis) {
        port.postMessage({ type: 'second', key: doc.key, analysis });
      }
      cache.recorded = [];
    }
    port.postMessage({ type: 'done' });
  });
}

/** A document the engine fails on is skipped here; the main thread analyzes it and records the failure. */
function tryAnalyze(text: string, options: AnalyzeOptions): DocumentAnalysis | undefined {
  try {
    return analyzeDocument(text, options);
  } catch {
    return undefined;
  }
}
