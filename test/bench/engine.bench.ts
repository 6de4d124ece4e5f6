/**
 * Engine benchmark (issue 2, item 7): throughput on generated 1 MB and 10 MB corpora next to raw compromise on
 * the same text, re-analysis latency after a one-word edit in a 1 MB document with a warm ParagraphCache, and
 * peak memory. Targets are printed, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeCorpus, analyzeDocument, collectKnownNames, ParagraphCache } from '../../server/src/analysis/index';
import { compromiseParse } from './baseline';
import type { BenchRow } from './benchRow';
import { generateCorpus, generateText, seededRandom, type GeneratedDocument } from './corpus';

const MB = 1024 * 1024;
const EDITS = 50;
const RATIO_TARGET = 2;
const EDIT_P95_TARGET_MS = 50;

/** Tracks the largest V8 heap seen at the sample points. */
class PeakHeap {
  #peak = 0;
  sample(): void {
    this.#peak = Math.max(this.#peak, getHeapStatistics().used_heap_size);
  }
  get megabytes(): number {
    return this.#peak / MB;
  }
}

function bytesOf(docs: readonly GeneratedDocument[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
}

/** Raw compromise parse+tag throughput in KB/s over the documents, one `nlp(text)` per document. */
function compromiseThroughput(docs: readonly GeneratedDocument[], heap: PeakHeap): number {
  const started = performance.now();
  for (const doc of docs) {
    compromiseParse(doc.text);
    heap.sample();
  }
  return bytesOf(docs) / 1024 / ((performance.now() - started) / 1000);
}

/** A full garbage collection, so that heap sizes measure what is retained (the bench's own `--expose-gc`). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Engine throughput in KB/s: analyzeCorpus (two passes plus resolution) with a cold paragraph cache; and the
 * heap the result and its cache retain, per MB of text.
 */
function engineThroughput(docs: readonly GeneratedDocument[], heap: PeakHeap): { kbPerSecond: number; retainedPerMb: number } {
  collectGarbage();
  const before = getHeapStatistics().used_heap_size;
  const started = performance.now();
  const cache = new ParagraphCache();
  const result = analyzeCorpus(docs, undefined, cache);
  const seconds = (performance.now() - started) / 1000;
  heap.sample();
  collectGarbage();
  const retained = getHeapStatistics().used_heap_size - before;
  if (result.analyses.size !== docs.length || cache.stats.size === 0) {
    throw new Error('engine bench: not every document was analyzed');
  }
  return { kbPerSecond: bytesOf(docs) / 1024 / seconds, retainedPerMb: retained / (bytesOf(docs) / MB) / MB };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Replaces one lower-case word near a random offset with another word; returns the edited text. */
function editOneWord(text: string, random: () => number): string {
  const from = Math.floor(random() * text.length);
  const word = /\b[a-z]{4,}\b/g;
  word.lastIndex = from;
  const match = word.exec(text) ?? /\b[a-z]{4,}\b/.exec(text)!;
  const replacement = match[0] === 'notably' ? 'clearly' : 'notably';
  return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length);
}

/** Latency of analyzeDocument after one-word edits in a 1 MB document, with a warm cache and known names. */
function editLatency(heap: PeakHeap): { initialMs: number; medianMs: number; p95Ms: number; missesPerEdit: number } {
  let text = generateText({ size: MB, seed: 7, castSize: 200 });
  const cache = new ParagraphCache();
  const started = performance.now();
  const first = analyzeDocument(text, { languageId: 'plaintext', cache });
  const knownNames = collectKnownNames([first]);
  analyzeDocument(text, { languageId: 'plaintext', cache, knownNames });
  const initialMs = performance.now() - started;
  const before = cache.stats;
  const random = seededRandom(11);
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    text = editOneWord(text, random);
    const t0 = performance.now();
    analyzeDocument(text, { languageId: 'plaintext', cache, knownNames });
    times.push(performance.now() - t0);
  }
  heap.sample();
  const after = cache.stats;
  const missesPerEdit = (after.misses - before.misses) / EDITS;
  times.sort((a, b) => a - b);
  return { initialMs, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), missesPerEdit };
}

function ratioRow(section: string, engine: number, raw: number): BenchRow {
  const ratio = engine / raw;
  return { section, measure: 'engine / raw compromise', value: ratio, unit: '×', target: `≥ ${RATIO_TARGET}× (aim 4×)`, ok: ratio >= RATIO_TARGET };
}

function throughputRows(section: string, docs: readonly GeneratedDocument[], engine: ReturnType<typeof engineThroughput>, raw: number, rawNote: string): BenchRow[] {
  return [
    { section, measure: `corpus: ${docs.length} articles`, value: bytesOf(docs) / MB, unit: 'MB' },
    { section, measure: `raw compromise nlp(text)${rawNote}`, value: raw, unit: 'KB/s' },
    { section, measure: 'engine analyzeCorpus, cold cache', value: engine.kbPerSecond, unit: 'KB/s' },
    ratioRow(section, engine.kbPerSecond, raw),
    { section, measure: 'heap retained by results + cache, per MB of text', value: engine.retainedPerMb, unit: 'MB' },
  ];
}

/** Runs the engine benchmark. */
export async function run(): Promise<BenchRow[]> {
  const heap = new PeakHeap();
  // Warm up the JIT and compromise's lexicon on a different text, so that neither side pays start-up costs.
  const warm = generateCorpus(64 * 1024, 99);
  compromiseThroughput(warm, heap);
  engineThroughput(warm, heap);

  const small = generateCorpus(MB, 1);
  const raw1 = compromiseThroughput(small, heap);
  const engine1 = engineThroughput(small, heap);
  const large = generateCorpus(10 * MB, 2);
  const engine10 = engineThroughput(large, heap);
  const edit = editLatency(heap);
  const section = 'edit, 1 MB doc';
  return [
    ...throughputRows('engine, 1 MB', small, engine1, raw1, ''),
    ...throughputRows('engine, 10 MB', large, engine10, raw1, ' (1 MB rate, linear)'),
    { section, measure: 'first analysis (2 passes)', value: edit.initialMs, unit: 'ms' },
    { section, measure: `re-analysis median (${EDITS} one-word edits)`, value: edit.medianMs, unit: 'ms' },
    { section, measure: 're-analysis p95, warm ParagraphCache', value: edit.p95Ms, unit: 'ms', target: `≤ ${EDIT_P95_TARGET_MS} ms`, ok: edit.p95Ms <= EDIT_P95_TARGET_MS },
    { section, measure: 'paragraphs re-analyzed per edit (cache misses)', value: edit.missesPerEdit, unit: '' },
    { section: 'memory', measure: 'peak heap used (sampled)', value: heap.megabytes, unit: 'MB' },
    { section: 'memory', measure: 'peak RSS of the bench process', value: process.resourceUsage().maxRSS / 1024, unit: 'MB' },
  ];
}
