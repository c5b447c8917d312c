// The JSON shapes of the API: plain projections of the Store's records, with links.
import type { Article } from '../../core/item.ts';
import type { Outlet } from '../../core/outlet.ts';
import type { ArticleHit, StoredBriefing, StoredStory } from '../../ports/store.ts';

/** API path prefix. */
export const API = '/api/v1';

/** A story as JSON. */
export function storyJson(s: StoredStory) {
  const path = `${API}/stories/${encodeURIComponent(s.id)}`;
  return { id: s.id, headline: s.headline, language: s.language, outlets: s.outlets, articleCount: s.articleCount, firstSeen: s.firstSeen, lastSeen: s.lastSeen, multiSource: s.multiSource, links: { self: path, briefing: `${path}/briefing`, articles: `${path}/articles`, html: `/stories/${encodeURIComponent(s.id)}` } };
}

/** A briefing version as JSON. */
export function briefingJson(b: StoredBriefing) {
  return { story: b.briefing.story, version: b.version, composedAt: b.composedAt, briefing: b.briefing, links: { story: `${API}/stories/${encodeURIComponent(b.briefing.story)}`, html: `/stories/${encodeURIComponent(b.briefing.story)}` } };
}

/** An article as JSON; `withText` adds its full text. */
export function articleJson(a: Article, withText: boolean) {
  const base = { id: a.id, outlet: a.outletId, url: a.url, title: a.title, byline: a.byline, publishedAt: a.publishedAt, language: a.language, source: a.source, createdAt: a.createdAt, links: { self: `${API}/articles/${a.id}`, html: `/articles/${a.id}` } };
  return withText ? { ...base, text: a.text } : base;
}

/** An outlet as JSON. */
export function outletJson(o: Outlet) {
  return { ...o, links: { self: `${API}/outlets/${encodeURIComponent(o.id)}`, html: `/outlets/${encodeURIComponent(o.id)}` } };
}

/** A search hit as JSON. */
export function hitJson(h: ArticleHit) {
  return { article: articleJson(h.article, false), rank: h.rank, snippet: h.snippet };
}

/** A page of a listing: items and the cursor of the next page (null on the last). */
export function pageJson<T>(items: readonly T[], next: string | null) {
  return { items, next };
}
