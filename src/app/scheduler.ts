import type { Ingestor } from './ingestor.ts';
import type { IngestContext } from './ingest-context.ts';

/** Longest sleep between two looks at the schedule, so feeds added meanwhile are noticed. */
const MAX_SLEEP_MS = 60_000;
const MIN_SLEEP_MS = 1_000;

/** How long to sleep until the next feed is due, bounded to [1 s, 60 s]. */
export function sleepMsUntil(nextDueAt: string | null, now: Date): number {
  if (!nextDueAt) return MAX_SLEEP_MS;
  const wait = new Date(nextDueAt).getTime() - now.getTime();
  return Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, wait));
}

/** The in-process scheduler: queues due feeds, sleeps until the next one is due, and repeats
 * until the signal aborts. Pending items from an earlier run are queued once at start. */
export async function runScheduler(ctx: IngestContext, ingestor: Ingestor, signal: AbortSignal): Promise<void> {
  await ingestor.resumeStories();
  await ingestor.enqueuePendingItems();
  while (!signal.aborted) {
    await ingestor.enqueueDueFeeds();
    const wait = sleepMsUntil(await ctx.store.nextDueAt(), ctx.clock.now());
    await sleep(wait, signal);
  }
}

/** Resolves after `ms` or as soon as the signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
