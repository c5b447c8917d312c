import { createHash } from 'node:crypto';
import type { FeedEntry } from '../core/feed-entry.ts';
import type { NewItem } from '../core/item.ts';
import { canonicalUrl } from '../core/canonical-url.ts';

/** A stable guid for an entry: its id, else its link, else a hash of title and dates
 * (some feeds give none of the first two, and the same entry must map to the same item). */
export function guidOf(entry: FeedEntry): string {
  if (entry.id?.trim()) return entry.id.trim();
  if (entry.link) return entry.link;
  const basis = [entry.title ?? '', entry.published ?? '', entry.summary ?? ''].join('\u0000');
  return `sha1:${createHash('sha1').update(basis).digest('hex')}`;
}

/** Maps a parsed feed entry to the item to store for a feed of an outlet. */
export function itemFromEntry(entry: FeedEntry, feed: { id: number; outletId: string }, seenAt: string): NewItem {
  return {
    feedId: feed.id,
    outletId: feed.outletId,
    guid: guidOf(entry),
    url: entry.link,
    canonicalUrl: entry.link ? canonicalUrl(entry.link) : null,
    title: entry.title,
    summary: entry.summary,
    content: entry.content,
    authors: entry.authors,
    categories: entry.categories,
    imageUrl: entry.image?.url ?? entry.enclosures.find((e) => e.type?.startsWith('image/'))?.url ?? null,
    publishedAt: entry.published ?? entry.updated,
    updatedAt: entry.updated,
    firstSeenAt: seenAt,
  };
}

/** Entries of one feed with duplicate guids removed (broken feeds repeat entries). */
export function uniqueByGuid(items: readonly NewItem[]): NewItem[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.guid) ? false : (seen.add(item.guid), true)));
}
