/**
 * Load (issue 7): a simulated writer types into a large document of an indexed workspace while hovers are sent,
 * through the bundled server over stdio. No timed assertions: every hover gets a card, null or ContentModified;
 * the final diagnostics are those a fresh server gives the final text; nothing is logged as an error; closing
 * the document gives the index back what it held before, and re-opening and closing it again adds nothing.
 *
 * `node test/run.js --long load` runs the full scenario (1,000 articles, a 1 MB document, 10 characters a second
 * for 60 s) with the same checks and prints its figures.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { renderTable } from '../bench/main';
import { loadRows } from './loadRows';
import { runTypingLoad, type TypingLoadOptions, type TypingLoadResult } from './typingLoad';

const LONG = Number(process.env.ENTITY_LENS_LONG ?? 0) > 0;

const SMALL: TypingLoadOptions = { articles: 60, documentSize: 100 * 1024, charsPerSecond: 25, seconds: 2, hoversPerSecond: 10 };
const FULL: TypingLoadOptions = { articles: 1000, documentSize: 1024 * 1024, charsPerSecond: 10, seconds: 60, hoversPerSecond: 4 };

/** Diagnostics in a canonical order, for comparing two servers' answers. */
function canonical(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message, d.relatedInformation ?? []])).sort();
}

function checkRun(result: TypingLoadResult): void {
  assert.deepEqual(result.errors, [], 'nothing logged as an error');
  assert.deepEqual(result.hovers.failures, [], 'every hover answered with a card, null or ContentModified');
  assert.deepEqual(result.settledHovers.failures, [], 'every hover after typing answered with a card or null');
  assert.ok(result.settledHovers.results > 0, 'hovers on tracked mentions found cards');
  assert.equal(result.hovers.latencies.length, result.hovers.results + result.hovers.nulls + result.hovers.contentModified);
  assert.equal(result.hovers.sent, result.hovers.latencies.length, 'every hover answered');
  assert.ok(result.hovers.sent > 0, 'hovers were sent while typing');
  assert.deepEqual(result.diagnosticsFailures, [], 'every diagnostics request answered');
  assert.equal(result.finalVersion, result.keystrokes + 1);
  assert.ok(result.finalDiagnostics.length > 0, 'the typed text has findings (hedges, vague attributions, figures)');
  assert.deepEqual(canonical(result.finalDiagnostics), canonical(result.freshDiagnostics ?? []), 'final diagnostics equal a fresh server\'s for the final text');
}

function checkReleased(result: TypingLoadResult): void {
  const { beforeTyping, afterTyping, afterClose, afterReopen } = result.stats;
  assert.equal(afterTyping.openDocuments, 1);
  assert.equal(afterTyping.textChars - beforeTyping.textChars, result.finalText.length - result.documentSize, 'the server holds the text the writer typed');
  for (const [when, stats] of [['after closing', afterClose], ['after re-opening and closing', afterReopen]] as const) {
    assert.equal(stats.openDocuments, 0, `${when}: no open document`);
    assert.equal(stats.syncedDocuments, 0, `${when}: the document manager holds nothing`);
    assert.equal(stats.documents, beforeTyping.documents, `${when}: the file is back to its disk version, nothing else`);
    assert.equal(stats.textChars, beforeTyping.textChars, `${when}: only the disk text is held`);
    assert.ok(stats.analyses <= stats.documents, `${when}: at most one analysis per document`);
    assert.ok(stats.paragraphCache.paragraphs <= stats.paragraphCache.capacity && stats.paragraphCache.propagated <= stats.paragraphCache.propagatedCapacity, `${when}: caches within their bound`);
  }
  assert.equal(afterReopen.knownNames, afterClose.knownNames, 're-opening and closing changes no known name');
  assert.ok(afterReopen.settingsEntries <= afterClose.settingsEntries, 'no settings left behind for the closed document');
}

describe('typing load', () => {
  it(`types into a ${LONG ? '1 MB' : '100 KB'} document while hovering, and gives back what it held`, async (t) => {
    const options = LONG ? FULL : SMALL;
    const result = await runTypingLoad(options);
    if (LONG) {
      renderTable(loadRows(options, result)).split('\n').forEach((line) => t.diagnostic(line));
    }
    checkRun(result);
    checkReleased(result);
  });

  it('pushes diagnostics with versions to clients that do not pull', async () => {
    const result = await runTypingLoad({ articles: 20, documentSize: 30 * 1024, charsPerSecond: 25, seconds: 1, hoversPerSecond: 10, diagnostics: 'push' });
    checkRun(result);
  });
});
