import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPacer } from '../../src/app/newsletter/send-pacer.ts';

describe('send pacer', () => {
  it('spaces sends to the configured rate', async () => {
    const pacer = createPacer(50);
    const start = performance.now();
    for (let i = 0; i < 11; i++) await pacer.wait();
    const elapsed = performance.now() - start;
    assert.ok(elapsed >= 190, `11 sends at 50/s take at least 200 ms less timer slack, took ${elapsed.toFixed(0)} ms`);
  });
});
