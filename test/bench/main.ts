/**
 * `npm run bench`: loads every compiled `*.bench.js` next to this file, runs each module's `run()` in name
 * order, and prints all rows as one aligned table. Targets are reported (✓/✗), never asserted: the exit code
 * is non-zero only when a benchmark module itself fails.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchModule, BenchRow } from './benchRow';

const COLUMNS = ['section', 'measure', 'value', 'unit', 'target', 'met'] as const;

/** Formats a value with a precision that suits its size. */
export function formatValue(value: number | string): string {
  if (typeof value === 'string') {
    return value;
  }
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function mark(row: BenchRow): string {
  return row.ok === undefined ? '' : row.ok ? '✓' : '✗';
}

/** Renders rows as an aligned table; numeric values are right-aligned. */
export function renderTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.section, r.measure, formatValue(r.value), r.unit, r.target ?? '', mark(r)]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...cells.map((c) => [...c[i]!].length)));
  const line = (c: readonly string[]): string =>
    c.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(COLUMNS), rule, ...cells.map(line)].join('\n');
}

async function runModule(file: string): Promise<BenchRow[]> {
  const name = file.replace(/\.bench\.js$/, '');
  const started = performance.now();
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(join(__dirname, file)) as Partial<BenchModule>;
    if (typeof module.run !== 'function') {
      throw new Error('exports no run()');
    }
    const rows = await module.run();
    process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return rows;
  } catch (error) {
    process.exitCode = 1;
    const message = error instanceof Error ? error.message : String(error);
    return [{ section: name, measure: `failed: ${message.split('\n')[0]}`, value: '-', unit: '', ok: false }];
  }
}

async function main(): Promise<void> {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.js')).sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    process.stderr.write(`bench: running ${file.replace(/\.bench\.js$/, '')}...\n`);
    rows.push(...(await runModule(file)));
  }
  process.stdout.write(`\nEntity Lens benchmark (node ${process.version}, ${new Date().toISOString()})\n\n${renderTable(rows)}\n`);
}

if (require.main === module) {
  void main();
}
