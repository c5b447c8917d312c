import type { Job, JobHandler, JobQueue } from '../../ports/job-queue.ts';
import { jobKey } from '../../ports/job-queue.ts';
import type { Logger } from '../../ports/logger.ts';

/** Options of the in-process queue. */
export interface InlineQueueOptions {
  readonly concurrency: number;
  readonly logger: Logger;
}

/**
 * An in-process job queue with a concurrency limit and deduplication by job key.
 *
 * Delivery guarantee: jobs live in memory and are lost when the process dies. That is safe here
 * because no job carries state of its own: the store says which feeds are due and which items are
 * pending, and the scheduler re-enqueues them from the store on start. Handlers are idempotent,
 * so a job interrupted half-way simply runs again.
 */
export function createInlineQueue(options: InlineQueueOptions): JobQueue {
  const waiting: Job[] = [];
  const keys = new Set<string>();
  let running = 0;
  let handler: JobHandler | null = null;
  let closed = false;
  let idleWaiters: Array<() => void> = [];

  const settleIdle = () => {
    if (running === 0 && waiting.length === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  const runOne = async (job: Job, run: JobHandler) => {
    try {
      await run(job);
    } catch (err) {
      options.logger.error({ job, err: err instanceof Error ? err.message : String(err) }, 'job failed');
    } finally {
      running--;
      keys.delete(jobKey(job));
      pump();
    }
  };

  const pump = () => {
    while (handler && !closed && running < options.concurrency && waiting.length > 0) {
      const job = waiting.shift() as Job;
      running++;
      void runOne(job, handler);
    }
    settleIdle();
  };

  return {
    async enqueue(job) {
      if (closed) return false;
      const key = jobKey(job);
      if (keys.has(key)) return false;
      keys.add(key);
      waiting.push(job);
      pump();
      return true;
    },
    start(run) {
      handler = run;
      pump();
    },
    idle() {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    size: () => waiting.length + running,
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) keys.delete(jobKey(job));
      if (running > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      settleIdle();
    },
  };
}
