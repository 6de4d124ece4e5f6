/**
 * Benchmark of the CI gate (issue 4): `entity-lens check` over the generated 10 MB corpus, written to a temporary
 * folder and checked by the built CLI in a child process, as CI would run it (file reading, analysis, sourcing
 * findings and the report included).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BenchRow } from './benchRow';
import { generateCorpus } from './corpus';

const MB = 1024 * 1024;
const CLI = join(__dirname, '..', '..', '..', 'server', 'dist', 'cli.js');

/** Runs `check --format json` on 10 MB of articles and reports its throughput. */
export async function run(): Promise<BenchRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'entity-lens-check-bench-'));
  try {
    let bytes = 0;
    for (const doc of generateCorpus(10 * MB, 3)) {
      const path = join(folder, doc.uri.replace(/^[a-z]+:\/+/, ''));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, doc.text);
      bytes += Buffer.byteLength(doc.text);
    }
    const started = performance.now();
    // Exit code 1 means findings at or above --fail-on, which a generated corpus full of hedges has.
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1024 * MB });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`check failed (${result.status}): ${result.stderr}`);
    }
    const findings = (JSON.parse(result.stdout) as { findings: unknown[] }).findings.length;
    return [
      { section: 'check, 10 MB', measure: `entity-lens check --format json (${findings} findings)`, value: seconds, unit: 's' },
      { section: 'check, 10 MB', measure: 'throughput, whole CLI run', value: bytes / 1024 / seconds, unit: 'KB/s' },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
