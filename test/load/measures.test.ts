/**
 * The statistics of the load measurements: nearest-rank percentiles and the least-squares slope of samples.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { percentile, slopePerMinute } from './measures';

describe('load measures', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    assert.equal(percentile(values, 50), 50);
    assert.equal(percentile(values, 99), 99);
    assert.equal(percentile(values, 100), 100);
    assert.equal(percentile([7], 99), 7);
    assert.ok(Number.isNaN(percentile([], 50)));
  });

  it('measures growth per minute as a least-squares slope', () => {
    const rising = Array.from({ length: 10 }, (_, i) => ({ atMs: i * 6000, value: 100 + i * 2 }));
    assert.ok(Math.abs(slopePerMinute(rising) - 20) < 1e-9);
    const noisyFlat = [0, 1, 0, 1, 0, 1].map((value, i) => ({ atMs: i * 1000, value: 50 + value - (i === 5 ? 1 : 0) }));
    assert.ok(Math.abs(slopePerMinute(noisyFlat)) < 10);
    assert.equal(slopePerMinute([{ atMs: 0, value: 1 }]), 0);
  });
});
