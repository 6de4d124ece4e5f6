/**
 * Small statistics for load measurements: percentiles, and the slope of a series of samples over time
 * (least squares), which says whether memory keeps growing better than "end minus start" does.
 */

/** The p-th percentile (nearest rank) of values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A value sampled at a time (ms). */
export interface Sample {
  readonly atMs: number;
  readonly value: number;
}

/** Least-squares slope of samples, in value units per minute; 0 with fewer than two distinct times. */
export function slopePerMinute(samples: readonly Sample[]): number {
  const n = samples.length;
  if (n < 2) {
    return 0;
  }
  const meanT = samples.reduce((s, x) => s + x.atMs, 0) / n;
  const meanV = samples.reduce((s, x) => s + x.value, 0) / n;
  let num = 0;
  let den = 0;
  for (const { atMs, value } of samples) {
    num += (atMs - meanT) * (value - meanV);
    den += (atMs - meanT) ** 2;
  }
  return den === 0 ? 0 : (num / den) * 60_000;
}
