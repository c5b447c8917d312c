import type { NewItem } from '../../../src/core/item.ts';

/** Items per batch of the crash test: each batch is one insertItems transaction. */
export const CRASH_BATCH_SIZE = 25;

/** The deterministic items of batch `batch`, so the parent can re-run exactly what the child wrote. */
export function crashBatch(feed: { id: number; outletId: string }, batch: number): NewItem[] {
  return Array.from({ length: CRASH_BATCH_SIZE }, (_, i) => {
    const guid = `crash-${batch}-${i}`;
    return {
      feedId: feed.id,
      outletId: feed.outletId,
      guid,
      url: `https://crash.example/${guid}`,
      canonicalUrl: `https://crash.example/${guid}`,
      title: `Item ${guid}`,
      summary: null,
      // A few KB per item so that a batch spans several pages and the kill can land mid-write.
      content: `<p>${guid} </p>`.repeat(200),
      authors: [],
      categories: [],
      imageUrl: null,
      publishedAt: null,
      updatedAt: null,
      firstSeenAt: '2026-03-01T08:00:00.000Z',
    };
  });
}
