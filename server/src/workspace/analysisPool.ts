/**
 * The first index of a large workspace on worker threads. NLP is CPU-bound and the main thread must keep
 * answering requests, so the documents are split between workers that run both passes of analyzeCorpus. After
 * the first pass each worker sends, per document, the names it recognized and every paragraph analysis it
 * computed (which fill the main thread's paragraph cache, so later edits and re-propagation run no NLP); the
 * main thread merges the names in key order and sends them back; the second pass (propagation, which is not
 * cheap with thousands of known names) also runs on the workers. Workers end with the index; their memory
 * goes with them.
 *
 * The time budget holds here too: a worker abandons a document that runs out of it (cooperatively, as on the main
 * thread) and says so; a worker that stays silent far beyond the budget (a step that cannot be interrupted) is
 * terminated, and the document it was on is recorded as abandoned, so the main thread never starts on it.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis, KnownNames, ParagraphCache, Registry } from '../analysis/index';
import { workerSilenceLimitMs } from './timeBudget';
import type { ProgressReporter, WorkspaceIndex } from './workspaceIndex';

/** A document sent to a worker. */
export interface PoolDocument {
  readonly key: string;
  readonly text: string;
  readonly languageId: string;
}

/** Messages to a worker. */
export type ToWorker =
  | { readonly type: 'first'; readonly docs: readonly PoolDocument[]; readonly registry: Registry; readonly timeBudgetSeconds: number }
  | { readonly type: 'second'; readonly knownNames: Array<[string, 'person' | 'organization']> };

type Paragraph = ReturnType<ParagraphCache['get']>;

/** Messages from a worker. */
type FromWorker =
  | { readonly type: 'first'; readonly key: string; readonly names: Array<[string, 'person' | 'organization']>; readonly paragraphs: Array<[string, Paragraph]> }
  | { readonly type: 'second'; readonly key: string; readonly analysis: DocumentAnalysis }
  /** The document ran out of the time budget; it is skipped in the second pass. */
  | { readonly type: 'abandoned'; readonly key: string }
  /** The engine failed on the document; the main thread analyzes it and records the failure. */
  | { readonly type: 'failed'; readonly key: string }
  | { readonly type: 'done' };

/** Test seams of analyzeInWorkers. */
export interface PoolOptions {
  /** The worker script (tests pass one that misbehaves). */
  readonly entry?: string;
  /** How long a worker may stay silent before it is terminated; by default from the time budget. */
  readonly silenceMs?: number;
}

/** A worker stayed silent too long and was terminated while on the document `key`. */
class WorkerSilent extends Error {
  constructor(readonly key: string | undefined) {
    super(`analysis worker terminated after going silent${key ? ` on ${key}` : ''}`);
  }
}

/** Below this many documents, starting workers costs more than it saves. */
export const MIN_POOL_DOCUMENTS = 64;

/** Worker threads used at most: each costs about 100 MB, and two already give most of the gain on 2 cores. */
const MAX_THREADS = 2;

/**
 * Analyzes the index's stale documents on worker threads, fills `cache` and seeds the known names and the
 * analyses. Returns false when workers are not worth it or not available, or when one failed; the caller then
 * analyzes what is still stale in the main thread as usual (with whatever paragraphs did arrive cached).
 */
export async function analyzeInWorkers(index: WorkspaceIndex, cache: ParagraphCache, report: ProgressReporter, options: PoolOptions = {}): Promise<boolean> {
  const docs = [...index.sources(true)];
  const entry = options.entry ?? workerEntry();
  const threads = Math.min(MAX_THREADS, availableParallelism());
  if (docs.length < MIN_POOL_DOCUMENTS || entry === undefined || threads < 2) {
    return false;
  }
  const workers = Array.from({ length: threads }, () => new Worker(entry));
  const timeBudgetSeconds = index.timeBudgetSeconds;
  const silenceMs = options.silenceMs ?? workerSilenceLimitMs(timeBudgetSeconds);
  const abandoned = new Set<string>();
  try {
    const groups = balance(docs, threads);
    const first = new Map<string, KnownNames>();
    await Promise.all(workers.map((worker, i) => exchange(worker, { type: 'first', docs: groups[i], registry: index.registry, timeBudgetSeconds }, groups[i], silenceMs, (message) => {
      if (message.type === 'first') {
        message.paragraphs.forEach(([text, paragraph]) => cache.get(text, () => paragraph));
        first.set(message.key, new Map(message.names));
        report(first.size, docs.length);
      } else if (message.type === 'abandoned') {
        abandoned.add(message.key);
      }
    })));
    const knownNames = index.collectKnownNames(first);
    const final = new Map<string, DocumentAnalysis>();
    // Workers skip what they abandoned in the first pass.
    await Promise.all(workers.map((worker, i) => exchange(worker, { type: 'second', knownNames: [...knownNames] }, groups[i].filter((d) => !abandoned.has(d.key)), silenceMs, (message) => {
      if (message.type === 'second') {
        final.set(message.key, message.analysis);
      } else if (message.type === 'abandoned') {
        abandoned.add(message.key);
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
  } catch (error) {
    if (error instanceof WorkerSilent && error.key !== undefined) {
      abandoned.add(error.key);
    }
    return false;
  } finally {
    // Whatever else happened, an abandoned document is recorded so that the main thread never starts on it.
    const texts = new Map(docs.map((doc) => [doc.key, doc.text]));
    abandoned.forEach((key) => index.markAbandoned(key, texts.get(key)!));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Sends a request to a worker and handles its messages until `done` arrives; rejects if the worker fails. The
 * worker answers each of `docs` with one message, in order; when it stays silent for `silenceMs`, it is terminated
 * and the promise rejects with WorkerSilent naming the first document it had not answered, the one it was on.
 */
function exchange(worker: Worker, request: ToWorker, docs: readonly PoolDocument[], silenceMs: number | undefined, onMessage: (message: FromWorker) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const unanswered = new Set(docs.map((doc) => doc.key));
    let timer: NodeJS.Timeout | undefined;
    const watch = (): void => {
      clearTimeout(timer);
      if (silenceMs !== undefined) {
        timer = setTimeout(() => {
          cleanup();
          void worker.terminate();
          reject(new WorkerSilent(unanswered.values().next().value));
        }, silenceMs);
      }
    };
    const handle = (message: FromWorker): void => {
      watch();
      if (message.type === 'done') {
        cleanup();
        resolve();
        return;
      }
      unanswered.delete(message.key);
      onMessage(message);
    };
    const fail = (error: unknown): void => {
      cleanup();
      reject(error instanceof Error ? error : new Error(`analysis worker stopped (${String(error)})`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      worker.off('message', handle).off('error', fail).off('exit', fail);
    };
    worker.on('message', handle).on('error', fail).on('exit', fail);
    watch();
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
