import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createInlineQueue } from '../../../src/adapters/queue-inline/inline-queue.ts';
import { silentLogger } from '../../../src/ports/logger.ts';
import type { Job } from '../../../src/ports/job-queue.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('inline job queue', () => {
  it('runs every job, at most `concurrency` at once', async () => {
    const queue = createInlineQueue({ concurrency: 3, logger: silentLogger });
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    queue.start(async (job) => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
      if (job.type === 'refresh-feed') done.push(job.feedId);
    });
    for (let i = 0; i < 20; i++) await queue.enqueue({ type: 'refresh-feed', feedId: i });
    await queue.idle();
    assert.equal(done.length, 20);
    assert.equal(peak, 3);
  });

  it('does not queue a job that is already waiting or running', async () => {
    const queue = createInlineQueue({ concurrency: 1, logger: silentLogger });
    const seen: Job[] = [];
    queue.start(async (job) => {
      seen.push(job);
      await tick();
    });
    assert.equal(await queue.enqueue({ type: 'fetch-article', itemId: 7 }), true);
    assert.equal(await queue.enqueue({ type: 'fetch-article', itemId: 7 }), false);
    assert.equal(await queue.enqueue({ type: 'refresh-feed', feedId: 7 }), true);
    await queue.idle();
    assert.equal(seen.length, 2);
    assert.equal(await queue.enqueue({ type: 'fetch-article', itemId: 7 }), true, 'a finished job can be queued again');
    await queue.idle();
  });

  it('keeps going when a job throws, and logs it', async () => {
    const errors: object[] = [];
    const queue = createInlineQueue({ concurrency: 2, logger: { ...silentLogger, error: (fields) => errors.push(fields) } });
    let ok = 0;
    queue.start(async (job) => {
      if (job.type === 'refresh-feed' && job.feedId === 1) throw new Error('boom');
      ok++;
    });
    for (let i = 0; i < 5; i++) await queue.enqueue({ type: 'refresh-feed', feedId: i });
    await queue.idle();
    assert.equal(ok, 4);
    assert.equal(errors.length, 1);
  });

  it('close waits for running jobs and drops waiting ones', async () => {
    const queue = createInlineQueue({ concurrency: 1, logger: silentLogger });
    const finished: number[] = [];
    queue.start(async (job) => {
      await tick();
      if (job.type === 'refresh-feed') finished.push(job.feedId);
    });
    for (let i = 0; i < 5; i++) await queue.enqueue({ type: 'refresh-feed', feedId: i });
    await queue.close();
    assert.deepEqual(finished, [0]);
    assert.equal(await queue.enqueue({ type: 'refresh-feed', feedId: 9 }), false);
  });
});
