/**
 * `entityLens/internal/stats`: what the server holds (documents, analyses, cache entries) and its memory, for
 * load tests and benchmarks. Internal and unstable; no client feature may depend on it.
 */
import type { Disposable, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { InternalStatsRequest, type InternalStatsResult } from '../protocol';
import type { FeatureContext } from './context';

/** Runs a full collection when the process was started with `--expose-gc`; true when it ran. */
function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') {
    return false;
  }
  gc();
  return true;
}

/** Registers the internal stats request. */
export function registerInternalStats(ctx: FeatureContext, documents: TextDocuments<TextDocument>): Disposable {
  return ctx.connection.onRequest(InternalStatsRequest, async (params): Promise<InternalStatsResult> => {
    // Counted once the index has caught up, so that a document just closed is not counted as still held.
    await ctx.index.snapshot();
    const gcRan = params?.collectGarbage === true && collectGarbage();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    return {
      ...ctx.index.stats,
      syncedDocuments: documents.all().length,
      settingsEntries: ctx.settings.size,
      memory: { rss, heapUsed, heapTotal, external, arrayBuffers, gcRan },
    };
  });
}
