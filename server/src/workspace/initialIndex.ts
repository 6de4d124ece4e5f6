/**
 * The first index of a workspace: scan the folders, reuse persisted analyses, analyze the rest with
 * `window/workDoneProgress`, then persist the result for the next start.
 */
import { WorkDoneProgress, WorkDoneProgressCreateRequest, type Connection } from 'vscode-languageserver';
import type { ParagraphCache } from '../analysis/index';
import { analyzeInWorkers } from './analysisPool';
import type { AnalysisStore } from './analysisStore';
import type { DiskWorkspace } from './diskWorkspace';
import type { WorkspaceIndex } from './workspaceIndex';

/** What the initial index needs. */
export interface InitialIndexDeps {
  readonly connection: Connection;
  readonly index: WorkspaceIndex;
  readonly disk: DiskWorkspace;
  readonly store: AnalysisStore | undefined;
  /** The server's paragraph cache, filled by worker threads when they analyze; without it workers are not used. */
  readonly cache?: ParagraphCache;
  /** The client shows server-initiated progress. */
  readonly progress: boolean;
}

/** Progress is reported at most this often, so a fast index does not flood the client. */
const REPORT_INTERVAL_MS = 100;

/** Builds the first index. Never rejects: failures are logged. */
export async function indexWorkspace(deps: InitialIndexDeps): Promise<void> {
  const { connection, index, disk, store } = deps;
  const started = Date.now();
  index.setComplete(false);
  const reporter = deps.progress ? await createProgress(connection) : undefined;
  try {
    reporter?.begin('Entity Lens', 0, 'Scanning files', false);
    const cache = store?.read();
    const loaded = await disk.scan();
    const scanned = Date.now();
    const reused = store ? store.restore(index, await cache) : 0;
    const restored = Date.now();
    const report = throttled(reporter);
    const pooled = deps.cache !== undefined && (await analyzeInWorkers(index, deps.cache, report));
    index.setComplete(true);
    await index.build(report);
    const phases = `scan ${scanned - started} ms, cache ${restored - scanned} ms, analysis ${Date.now() - restored} ms${pooled ? ' on worker threads' : ''}`;
    log(connection, 'info', `Indexed ${loaded} files in ${Date.now() - started} ms (${phases}; ${reused} analyses reused from the cache).`);
    disk.skipped.forEach((reason) => log(connection, 'info', reason));
    reporter?.done();
    // Nothing new to persist when every analysis came from the cache.
    if (reused < index.size) {
      await store?.save(index);
    }
  } catch (error) {
    index.setComplete(true);
    reporter?.done();
    log(connection, 'error', `Indexing failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/**
 * Logs to the client. The library's console throws once the connection is closed; a client that disconnected
 * while the first index ran must not turn the log line into an unhandled rejection.
 */
function log(connection: Connection, level: 'info' | 'error', message: string): void {
  try {
    connection.console[level](message);
  } catch {
    // Nobody is left to read the log.
  }
}

function throttled(reporter: ProgressReporter | undefined): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (reporter && now - last >= REPORT_INTERVAL_MS) {
      last = now;
      reporter.report(Math.round((100 * done) / Math.max(1, total)), `Analyzing ${done}/${total} files`);
    }
  };
}

/** The part of a work-done progress the index uses. */
interface ProgressReporter {
  begin(title: string, percentage: number, message: string, cancellable: boolean): void;
  report(percentage: number, message: string): void;
  done(): void;
}

let progressCount = 0;

/**
 * A work-done progress whose notifications never reject unhandled: the library's reporter sends them without a
 * catch, so a client that disconnects while the first index runs caused an unhandled "Connection is closed".
 */
async function createProgress(connection: Connection): Promise<ProgressReporter | undefined> {
  const token = `entity-lens-index-${++progressCount}`;
  // Through a promise: the request throws at once, not rejects, when the client disconnected during startup.
  const created = await Promise.resolve()
    .then(() => connection.sendRequest(WorkDoneProgressCreateRequest.type, { token }))
    .then(() => true, () => false);
  if (!created) {
    return undefined;
  }
  const send = (value: Parameters<typeof connection.sendProgress<unknown>>[2]): void => {
    try {
      void Promise.resolve(connection.sendProgress(WorkDoneProgress.type, token, value as never)).catch(() => undefined);
    } catch {
      // The connection is gone; there is nobody left to show progress to.
    }
  };
  return {
    begin: (title, percentage, message, cancellable) => send({ kind: 'begin', title, percentage, message, cancellable }),
    report: (percentage, message) => send({ kind: 'report', percentage, message }),
    done: () => send({ kind: 'end' }),
  };
}
