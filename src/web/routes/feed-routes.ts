// Feeds out: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the front page, each section, each topic and
// each search, at `<page>/feed.<rss|atom|json>` (the front page's at `/feed.<ext>`).
import type { StoredBriefing } from '../../ports/store.ts';
import { briefingFeed } from '../feeds/feed-document.ts';
import { FEED_FORMATS, feedResponse } from '../feeds/feed-format.ts';
import { rankStories } from '../format/story-rank.ts';
import { parseSearchParams, runSearch } from '../search-run.ts';
import { sectionBriefings, topicBriefings } from './section-route.tsx';
import type { RouteRegistrar } from '../web-context.ts';

/** Entries per feed. */
export const FEED_SIZE = 30;

/** Newest first by the briefing's updated time (feed readers expect recency, not rank). */
function newestFirst(items: readonly StoredBriefing[]): StoredBriefing[] {
  return [...items].sort((a, b) => (b.briefing.updated ?? b.composedAt).localeCompare(a.briefing.updated ?? a.composedAt));
}

/** GET /feed.*, /sections/:slug/feed.*, /topics/:slug/feed.*, /search/feed.* */
export const registerFeedRoutes: RouteRegistrar = (app, ctx) => {
  const fallbackUpdated = () => new Date(ctx.nowMs()).toISOString();
  for (const format of FEED_FORMATS) {
    app.get(`/feed.${format.ext}`, async () => {
      const snap = await ctx.reader.snapshot();
      const items = newestFirst(rankStories(snap.briefings, ctx.nowMs()).slice(0, FEED_SIZE));
      return feedResponse(format, briefingFeed(ctx.site, { title: `${ctx.site.name}: top stories`, description: ctx.site.description, path: '/', feedPath: '/feed', items, fallbackUpdated: fallbackUpdated() }));
    });
    app.get(`/sections/:slug/feed.${format.ext}`, async (c) => {
      const { section, items } = await sectionBriefings(ctx, c.req.param('slug'));
      const path = `/sections/${section.slug}`;
      return feedResponse(format, briefingFeed(ctx.site, { title: `${ctx.site.name}: ${section.kicker}`, description: section.blurb, path, feedPath: `${path}/feed`, items: items.slice(0, FEED_SIZE), fallbackUpdated: fallbackUpdated() }));
    });
    app.get(`/topics/:slug/feed.${format.ext}`, async (c) => {
      const slug = c.req.param('slug');
      const { term, items } = await topicBriefings(ctx, slug);
      const path = `/topics/${encodeURIComponent(slug)}`;
      return feedResponse(format, briefingFeed(ctx.site, { title: `${ctx.site.name}: ${term}`, description: `Stories that name ${term}.`, path, feedPath: `${path}/feed`, items: items.slice(0, FEED_SIZE), fallbackUpdated: fallbackUpdated() }));
    });
    app.get(`/search/feed.${format.ext}`, async (c) => {
      const snap = await ctx.reader.outletIndex();
      const p = parseSearchParams((n) => c.req.query(n), new Set(snap.outlets.map((o) => o.id)));
      const results = await runSearch(ctx, p, snap.outletByKey);
      const qs = new URL(c.req.url).search;
      const doc = briefingFeed(ctx.site, { title: `${ctx.site.name}: search for ${p.q}`, description: `Stories matching "${p.q}".`, path: `/search${qs}`, feedPath: '/search/feed', feedQuery: qs, items: results.stories, fallbackUpdated: fallbackUpdated() });
      return feedResponse(format, doc);
    });
  }
};
