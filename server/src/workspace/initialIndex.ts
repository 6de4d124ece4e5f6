/**
 * The first index of a workspace: scan the folders, reuse persisted analyses, analyze the rest with
 * `window/workDoneProgress`, then persist the result for the next start.
 */
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
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
  const reporter = deps.progress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
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
    connection.console.info(`Indexed ${loaded} files in ${Date.now() - started} ms (${phases}; ${reused} analyses reused from the cache).`);
    disk.skipped.forEach((reason) => connection.console.info(reason));
    reporter?.done();
    // Nothing new to persist when every analysis came from the cache.
    if (reused < index.size) {
      await store?.save(index);
    }
  } catch (error) {
    index.setComplete(true);
    reporter?.done();
    connection.console.error(`Indexing failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

function throttled(reporter: WorkDoneProgressServerReporter | undefined): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (reporter && now - last >= REPORT_INTERVAL_MS) {
      last = now;
      reporter.report(Math.round((100 * done) / Math.max(1, total)), `Analyzing ${done}/${total} files`);
    }
  };
}
