import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffSeconds } from '../../../src/stages/fetch/backoff.ts';

const bounds = { baseSeconds: 60, maxSeconds: 86_400 };

describe('backoffSeconds', () => {
  it('is zero without errors', () => {
    assert.equal(backoffSeconds(0, 0.5, bounds), 0);
    assert.equal(backoffSeconds(-1, 0.5, bounds), 0);
  });

  it('full jitter stays within [base, min(max, base * 2^(n-1))]', () => {
    for (let errors = 1; errors <= 40; errors += 1) {
      const ceiling = Math.min(bounds.maxSeconds, bounds.baseSeconds * 2 ** (errors - 1));
      for (const r of [0, 0.25, 0.5, 0.999999, 1]) {
        const s = backoffSeconds(errors, r, bounds);
        assert.ok(s >= bounds.baseSeconds && s <= ceiling, `errors=${errors} r=${r} -> ${s}`);
      }
      assert.equal(backoffSeconds(errors, 0, bounds), bounds.baseSeconds);
      assert.equal(backoffSeconds(errors, 1, bounds), ceiling);
    }
  });

  it('grows exponentially at the top of the jitter', () => {
    assert.deepEqual([1, 2, 3, 4].map((n) => backoffSeconds(n, 1, bounds)), [60, 120, 240, 480]);
  });

  it('never exceeds max, even for huge error counts', () => {
    assert.equal(backoffSeconds(10_000, 1, bounds), bounds.maxSeconds);
    assert.equal(backoffSeconds(Number.MAX_SAFE_INTEGER, 1, bounds), bounds.maxSeconds);
  });

  it('decorrelated jitter grows from the previous delay, within [base, min(max, 3 * previous)]', () => {
    const options = { ...bounds, jitter: 'decorrelated' as const };
    assert.equal(backoffSeconds(3, 1, { ...options, previousSeconds: 100 }), 300);
    assert.equal(backoffSeconds(3, 0, { ...options, previousSeconds: 100 }), 60);
    assert.equal(backoffSeconds(1, 1, options), 180);
    assert.equal(backoffSeconds(9, 1, { ...options, previousSeconds: 80_000 }), bounds.maxSeconds);
  });

  it('tolerates random values outside [0, 1] and swapped bounds', () => {
    assert.equal(backoffSeconds(3, Number.NaN, bounds), 60);
    assert.equal(backoffSeconds(3, 7, bounds), 240);
    assert.equal(backoffSeconds(3, 0.5, { baseSeconds: 100, maxSeconds: 10 }), 100);
  });
});
