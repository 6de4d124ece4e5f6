/**
 * Pathological-input benchmark (issue 7): for each input of test/reliability/pathologicalInputs.ts, analysis time,
 * peak RSS and the heap the result retains, each against a stated budget (printed, never asserted).
 *
 * Every input runs in a child process of its own (this file, re-run with the input's name), so that peak RSS
 * (`process.resourceUsage().maxRSS`) belongs to that input alone and one input's garbage does not bill the next.
 *
 * Budgets, chosen from measurements on a two-core CI machine (10 MB line: ~10 s, ~1 GB peak) and what a user
 * would accept for a file nobody writes by hand: a 10 MB file may take up to 30 s and 1.5 GB once (the editor
 * skips files over 5 MB by default, so this is the CLI's or a user's explicit choice); 5 MB inputs 15 s and
 * 1 GB; the small but deep inputs 5 s and 512 MB; skipping a binary file is a read of 8 KB and takes under 50 ms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { analyzeDocument } from '../../server/src/analysis/index';
import { readDocumentFile } from '../../server/src/workspace/files';
import type { BenchRow } from './benchRow';
import { binaryBytes, pathologicalInputs } from '../reliability/pathologicalInputs';

const MB = 1024 * 1024;

/** Budgets per input: seconds and peak RSS in MB. */
const BUDGETS: Record<string, { seconds: number; peakMb: number }> = {
  '10 MB single line': { seconds: 30, peakMb: 1536 },
  '5 MB capitalized words': { seconds: 15, peakMb: 1024 },
  '100,000 distinct names': { seconds: 15, peakMb: 1024 },
  'nested Markdown (1,000 deep)': { seconds: 5, peakMb: 512 },
  'emoji and combining marks': { seconds: 5, peakMb: 512 },
};
const BINARY_SKIP_MS = 50;

/** What a child reports for one input. */
interface Measured {
  readonly chars: number;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly retainedHeapMb: number;
  readonly mentions: number;
}

/** In the child: generate one input, analyze it, print the measurements as JSON. */
function measureInChild(name: string): void {
  const input = pathologicalInputs().find((i) => i.name === name);
  if (!input) {
    throw new Error(`no input named ${name}`);
  }
  const text = input.make();
  const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
  gc();
  const heapBefore = getHeapStatistics().used_heap_size;
  const started = performance.now();
  const analysis = analyzeDocument(text, { languageId: input.languageId });
  const ms = performance.now() - started;
  gc();
  const measured: Measured = {
    chars: text.length,
    ms,
    // maxRSS is in KB; it includes the input text itself (≈ 2 bytes per char), as a real file would.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    retainedHeapMb: (getHeapStatistics().used_heap_size - heapBefore) / MB,
    mentions: analysis.mentions.length,
  };
  process.stdout.write(JSON.stringify(measured));
}

function measure(name: string): Measured {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', __filename, name], { encoding: 'utf8', timeout: 10 * 60_000 });
  if (child.status !== 0) {
    throw new Error(`${name}: child failed (${child.status ?? child.signal}): ${child.stderr.split('\n')[0]}`);
  }
  return JSON.parse(child.stdout) as Measured;
}

/** Time to decide that a 5 MB binary file is skipped (readDocumentFile reads the first 8 KB and stops). */
async function binarySkipMs(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'entity-lens-bench-'));
  try {
    const path = join(dir, 'image.txt');
    writeFileSync(path, binaryBytes(5 * MB - 1));
    const started = performance.now();
    const read = await readDocumentFile(path);
    const ms = performance.now() - started;
    if (read.ok) {
      throw new Error('binary file was not skipped');
    }
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The benchmark: three rows per text input, one for the binary file. */
export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const input of pathologicalInputs()) {
    const budget = BUDGETS[input.name]!;
    const m = measure(input.name);
    const section = `pathological: ${input.name}`;
    rows.push({ section, measure: `analysis time (${(m.chars / MB).toFixed(1)} M chars, ${m.mentions} mentions)`, value: m.ms / 1000, unit: 's', target: `≤ ${budget.seconds} s`, ok: m.ms / 1000 <= budget.seconds });
    rows.push({ section, measure: 'peak RSS', value: m.peakRssMb, unit: 'MB', target: `≤ ${budget.peakMb} MB`, ok: m.peakRssMb <= budget.peakMb });
    rows.push({ section, measure: 'heap retained by the result', value: m.retainedHeapMb, unit: 'MB' });
  }
  const skip = await binarySkipMs();
  rows.push({ section: 'pathological: 5 MB binary .txt', measure: 'time to skip', value: skip, unit: 'ms', target: `≤ ${BINARY_SKIP_MS} ms`, ok: skip <= BINARY_SKIP_MS });
  return rows;
}

if (require.main === module && process.argv[2]) {
  measureInChild(process.argv[2]);
}
