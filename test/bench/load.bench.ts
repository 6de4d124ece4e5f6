/**
 * The typing load benchmark (issue 7): the full scenario of test/load/typingLoad.ts, 1,000 articles and a 1 MB
 * document typed in at 10 characters a second for 60 s while hovers are sent, through the bundled server over
 * stdio. Prints hover latency, diagnostics freshness and the server's memory; targets are printed, never asserted.
 */
import { loadRows } from '../load/loadRows';
import { runTypingLoad, type TypingLoadOptions } from '../load/typingLoad';
import type { BenchRow } from './benchRow';

/** LOAD_BENCH_SECONDS shortens the typing (for a quick look); LSP_BENCH_SERVER measures another build. */
const OPTIONS: TypingLoadOptions = {
  articles: 1000,
  documentSize: 1024 * 1024,
  charsPerSecond: 10,
  seconds: Number(process.env.LOAD_BENCH_SECONDS ?? 60),
  hoversPerSecond: 4,
  serverPath: process.env.LSP_BENCH_SERVER,
  // The comparison with a fresh server is a test (typingLoad.test.ts), not a figure.
  verify: false,
};

/** Runs the scenario once. */
export async function run(): Promise<BenchRow[]> {
  return loadRows(OPTIONS, await runTypingLoad(OPTIONS));
}

// `node out/test/bench/load.bench.js` runs this benchmark alone.
if (require.main === module) {
  void run().then((rows) => rows.forEach((r) => console.log(`${r.measure}: ${typeof r.value === 'number' ? r.value.toFixed(2) : r.value} ${r.unit}`)));
}
