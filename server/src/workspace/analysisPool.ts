/**
 * The first index of a large workspace on worker threads. NLP is CPU-bound and the main thread must keep
 * answering requests, so the documents are split between workers that run both passes of analyzeCorpus. After
 * the first pass each worker sends, per document, the names it recognized and every paragraph analysis it
 * computed (which fill the main thread's paragraph cache, so later edits and re-propagation run no NLP); the
 * main thread merges the names in key order and sends them back; the second pass (propagation, which is not
 * cheap with thousands of known names) also runs on the workers. Workers end with the index; their memory
 * goes with them.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis, KnownNames, ParagraphCache, Registry } from '../analysis/index';
import type { ProgressReporter, WorkspaceIndex } from './workspaceIndex';

/** A document sent to a worker. */
export interface PoolDocument {
  readonly key: string;
  readonly text: string;
  readonly languageId: string;
}

/** Messages to a worker. */
export type ToWorker =
  | { readonly type: 'first'; readonly docs: readonly PoolDocument[]; readonly registry: Registry }
  | { readonly type: 'second'; readonly knownNames: Array<[string, 'person' | 'organization']> };

type Paragraph = ReturnType<ParagraphCache['get']>;

/** Messages from a worker. */
type FromWorker =
  | { readonly type: 'first'; readonly key: string; readonly names: Array<[string, 'person' | 'organization']>; readonly paragraphs: Array<[string, Paragraph]> }
  | { readonly type: 'second'; readonly key: string; readonly analysis: DocumentAnalysis }
  | { readonly type: 'done' };

/** Below this many documents, starting workers costs more than it saves. */
export const MIN_POOL_DOCUMENTS = 64;

/** Worker threads used at most: each costs about 100 MB, and two already give most of the gain on 2 cores. */
const MAX_THREADS = 2;

/**
 * Analyzes the index's stale documents on worker threads, fills `cache` and seeds the known names and the
 * analyses. Returns false when workers are not worth it or not available, or when one failed; the caller then
 * analyzes what is still stale in the main thread as usual (with whatever paragraphs did arrive cached).
 */
export async function analyzeInWorkers(index: WorkspaceIndex, cache: ParagraphCache, report: ProgressReporter): Promise<boolean> {
  const docs = [...index.sources(true)];
  const entry = workerEntry();
  const threads = Math.min(MAX_THREADS, availableParallelism());
  if (docs.length < MIN_POOL_DOCUMENTS || entry === undefined || threads < 2) {
    return false;
  }
  const workers = Array.from({ length: threads }, () => new Worker(entry));
  try {
    const groups = balance(docs, threads);
    const first = new Map<string, KnownNames>();
    await Promise.all(workers.map((worker, i) => exchange(worker, { type: 'first', docs: groups[i], registry: index.registry }, (message) => {
      if (message.type === 'first') {
        message.paragraphs.forEach(([text, paragraph]) => cache.get(text, () => paragraph));
        first.set(message.key, new Map(message.names));
        report(first.size, docs.length);
      }
    })));
    const knownNames = index.collectKnownNames(first);
    const final = new Map<string, DocumentAnalysis>();
    await Promise.all(workers.map((worker) => exchange(worker, { type: 'second', knownNames: [...knownNames] }, (message) => {
      if (message.type === 'second') {
        final.set(message.key, message.analysis);
      }
    })));
    index.seedKnownNames(knownNames);
    // A document a worker could not analyze is left stale; the main thread analyzes it as usual.
    docs.forEach((doc) => {
      const analysis = final.get(doc.key);
      if (analysis) {
        index.seedAnalysis(doc.key, analysis, doc.text);
      }
    });
    return true;
  } catch {
    return false;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Sends a request to a worker and handles its messages until `done` arrives; rejects if the worker fails. */
function exchange(worker: Worker, request: ToWorker, onMessage: (message: FromWorker) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const handle = (message: FromWorker): void => {
      if (message.type === 'done') {
        cleanup();
        resolve();
      } else {
        onMessage(message);
      }
    };
    const fail = (error: unknown): void => {
      cleanup();
      reject(error instanceof Error ? error : new Error(`analysis worker stopped (${String(error)})`));
    };
    const cleanup = (): void => {
      worker.off('message', handle).off('error', fail).off('exit', fail);
    };
    worker.on('message', handle).on('error', fail).on('exit', fail);
    worker.postMessage(request);
  });
}

/** Splits documents into groups of about equal text length (largest first, each to the lightest group). */
function balance(docs: readonly PoolDocument[], groups: number): PoolDocument[][] {
  const result = Array.from({ length: groups }, () => ({ size: 0, docs: [] as PoolDocument[] }));
  for (const doc of [...docs].sort((a, b) => b.text.length - a.text.length)) {
    const lightest = result.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.docs.push(doc);
    lightest.size += doc.text.length;
  }
  return result.map((g) => g.docs);
}

/**
 * The script a worker runs: next to this module when running unbundled (tests), otherwise the server bundle,
 * whose entry runs the worker body when it is not on the main thread (also when the CLI bundle serves).
 */
function workerEntry(): string | undefined {
  return [join(__dirname, 'analysisWorkerMain.js'), join(__dirname, 'server.js')].find((path) => existsSync(path));
}
