/**
 * The figures of a typing load run as benchmark rows, for `npm run bench` and for the long test's report.
 */
import type { BenchRow } from '../bench/benchRow';
import { percentile } from './measures';
import type { TypingLoadOptions, TypingLoadResult } from './typingLoad';

const SECTION = 'load';

/** Rows describing one run. */
export function loadRows(options: TypingLoadOptions, result: TypingLoadResult): BenchRow[] {
  const { hovers, freshness, memory } = result;
  const scenario = `${result.articles} articles + ${(result.documentSize / 1024 / 1024).toFixed(1)} MB document, ${options.charsPerSecond} chars/s for ${options.seconds} s, ${options.hoversPerSecond} hovers/s`;
  const delays = freshness.delays;
  return [
    { section: SECTION, measure: `scenario: ${scenario}`, value: result.keystrokes, unit: 'keys' },
    { section: SECTION, measure: 'first index', value: result.indexMs / 1000, unit: 's' },
    { section: SECTION, measure: `hovers answered while typing (${hovers.results} cards, ${hovers.contentModified} ContentModified; ${hovers.skipped} ticks skipped, one pending at a time)`, value: hovers.latencies.length, unit: '' },
    { section: SECTION, measure: 'hover p50 while typing', value: percentile(hovers.latencies, 50), unit: 'ms' },
    { section: SECTION, measure: 'hover p99 while typing', value: percentile(hovers.latencies, 99), unit: 'ms' },
    { section: SECTION, measure: 'hover max while typing', value: Math.max(0, ...hovers.latencies), unit: 'ms' },
    { section: SECTION, measure: `diagnostics freshness p50 (${freshness.versions} versions, ${freshness.withOwnDiagnostics} with their own)`, value: percentile(delays, 50), unit: 'ms' },
    { section: SECTION, measure: 'diagnostics freshness p99', value: percentile(delays, 99), unit: 'ms' },
    { section: SECTION, measure: 'diagnostics freshness max', value: Math.max(0, ...delays), unit: 'ms' },
    { section: SECTION, measure: 'versions never reflected by diagnostics', value: freshness.neverReflected, unit: '', target: '0', ok: freshness.neverReflected === 0 },
    { section: SECTION, measure: 'server RSS before typing', value: memory.rssStart, unit: 'MB' },
    { section: SECTION, measure: 'server RSS after typing', value: memory.rssEnd, unit: 'MB' },
    { section: SECTION, measure: 'server RSS peak while typing', value: memory.rssPeakTyping, unit: 'MB' },
    { section: SECTION, measure: 'server RSS high-water mark (includes the first index)', value: memory.rssHighWater, unit: 'MB' },
    { section: SECTION, measure: 'server RSS growth while typing (least squares)', value: memory.rssGrowthPerMinute, unit: 'MB/min' },
    { section: SECTION, measure: 'heap after full GC, before → after typing', value: `${memory.heapStart.toFixed(0)} → ${memory.heapEnd.toFixed(0)}`, unit: 'MB' },
  ];
}
