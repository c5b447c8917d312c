// The feed model every feed format is written from: one listing (front page, section, topic or
// search) as a title, links and entries. Pure: built from briefings, written by the format writers.
import type { Briefing } from '../../core/briefing.ts';
import type { SiteConfig } from '../../config/config.ts';
import type { StoredBriefing } from '../../ports/store.ts';
import { escapeHtml } from './xml-text.ts';

/** One entry of a feed. */
export interface FeedEntry {
  /** Absolute URL, also the entry's permanent id. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** HTML content, every value escaped. */
  readonly contentHtml: string;
  readonly published: string;
  readonly updated: string;
  readonly tags: readonly string[];
}

/** A feed in no particular format. */
export interface FeedDocument {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page the feed mirrors. */
  readonly homeUrl: string;
  /** Absolute URL of the feed itself, without its format extension (`…/feed`). */
  readonly feedBase: string;
  /** Query string of the feed's URL (`?q=…` for a search), or ''. */
  readonly feedQuery: string;
  readonly updated: string;
  readonly author: string;
  readonly entries: readonly FeedEntry[];
}

/** A briefing as feed HTML: standfirst, What happened and the link to the full briefing. */
export function briefingHtml(b: Briefing, url: string): string {
  const facts = b.whatHappened.map((s) => escapeHtml(s.text)).join(' ');
  return `<p><strong>${escapeHtml(b.standfirst)}</strong></p><p>${facts}</p><p><a href="${escapeHtml(url)}">The full briefing, with who said what and every source</a></p>`;
}

/** A feed entry from a stored briefing. */
export function briefingEntry(site: SiteConfig, stored: StoredBriefing): FeedEntry {
  const b = stored.briefing;
  const url = `${site.publicUrl}/stories/${encodeURIComponent(b.story)}`;
  const updated = b.updated ?? stored.composedAt;
  return { url, title: b.headline, summary: b.standfirst, contentHtml: briefingHtml(b, url), published: updated, updated: stored.composedAt > updated ? stored.composedAt : updated, tags: [b.kicker] };
}

/** A feed of briefings; `updated` is the newest entry's, or `fallbackUpdated` when empty. */
export function briefingFeed(site: SiteConfig, opts: { title: string; description: string; path: string; feedPath: string; feedQuery?: string; items: readonly StoredBriefing[]; fallbackUpdated: string }): FeedDocument {
  const entries = opts.items.map((s) => briefingEntry(site, s));
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries.length ? '' : opts.fallbackUpdated);
  return { title: opts.title, description: opts.description, homeUrl: `${site.publicUrl}${opts.path}`, feedBase: `${site.publicUrl}${opts.feedPath}`, feedQuery: opts.feedQuery ?? '', updated, author: site.name, entries };
}
