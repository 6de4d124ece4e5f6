/**
 * The body of an analysis worker thread (see analysisPool.ts). A first pass over the documents it is given
 * sends back, per document, the names recognized and the paragraph analyses computed (recorded by a paragraph
 * cache that remembers its misses); once the main thread has merged the names of the whole workspace, a second
 * pass with those names sends back the final analyses. Every document gets exactly one message per pass (the
 * pool relies on it to know which document a silent worker is on); one that runs out of the time budget is
 * reported abandoned and skipped in the second pass.
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { AnalysisBudgetExceeded, analyzeDocument, collectKnownNames, ParagraphCache, type AnalyzeOptions, type DocumentAnalysis, type Registry } from '../analysis/index';
import type { PoolDocument, ToWorker } from './analysisPool';
import { budgetFor, type TimeBudget } from './timeBudget';

/**
 * A paragraph cache that remembers what it computed. It keeps no propagated blocks: a worker propagates each
 * document once per pass, with a name book of its own, so none would be asked for again, and they weigh about as
 * much as the paragraphs (some 2.5 KB each).
 */
class RecordingCache extends ParagraphCache {
  recorded: Array<[string, ReturnType<ParagraphCache['get']>]> = [];

  override getPropagated(_key: string, compute: Parameters<ParagraphCache['getPropagated']>[1]): ReturnType<ParagraphCache['getPropagated']> {
    return compute();
  }

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
  let time: TimeBudget = { seconds: 0, now: () => performance.now() };
  const abandoned = new Set<string>();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'first') {
      ({ docs, registry } = message);
      time = { ...time, seconds: message.timeBudgetSeconds };
    }
    const knownNames = message.type === 'second' ? new Map(message.knownNames) : undefined;
    for (const doc of docs.filter((d) => !abandoned.has(d.key))) {
      const analysis = tryAnalyze(doc.text, { languageId: doc.languageId, registry, cache, knownNames }, time);
      if (analysis === 'abandoned') {
        abandoned.add(doc.key);
        port.postMessage({ type: 'abandoned', key: doc.key });
      } else if (analysis === 'failed') {
        port.postMessage({ type: 'failed', key: doc.key });
      } else if (message.type === 'first') {
        port.postMessage({ type: 'first', key: doc.key, names: [...collectKnownNames([analysis])], paragraphs: cache.recorded });
      } else {
        port.postMessage({ type: 'second', key: doc.key, analysis });
      }
      cache.recorded = [];
    }
    port.postMessage({ type: 'done' });
  });
}

/**
 * A document the engine fails on is skipped here (the main thread analyzes it and records the failure); one that
 * runs out of the time budget is abandoned (the main thread records that, and does not try it again).
 */
function tryAnalyze(text: string, options: AnalyzeOptions, time: TimeBudget): DocumentAnalysis | 'abandoned' | 'failed' {
  try {
    return analyzeDocument(text, { ...options, budget: budgetFor(time) });
  } catch (error) {
    return error instanceof AnalysisBudgetExceeded ? 'abandoned' : 'failed';
  }
}
