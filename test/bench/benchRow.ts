/**
 * The row every benchmark module returns. `npm run bench` (test/bench/main.ts) loads every
 * `*.bench.js`, calls its `run()`, and prints all rows as one table. Targets are shown, never asserted.
 */

/** One measured value. */
export interface BenchRow {
  /** Groups rows ("engine 1 MB", "edit latency", "lsp"). */
  readonly section: string;
  /** What was measured ("throughput", "p95"). */
  readonly measure: string;
  readonly value: number | string;
  /** "KB/s", "ms", "MB", "×"... */
  readonly unit: string;
  /** The goal, as people read it ("≥ 2×", "≤ 50 ms"). */
  readonly target?: string;
  /** Whether the target is met; undefined when there is no target. */
  readonly ok?: boolean;
}

/** What a benchmark module exports. */
export interface BenchModule {
  run(): Promise<BenchRow[]>;
}
