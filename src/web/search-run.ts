// Search over stories and articles: the Store's FTS5 article search (bm25 rank, marked snippets),
// filtered by date, outlet and perspective, with the stories of the best hits ahead of the articles.
import type { Outlet } from '../core/outlet.ts';
import type { Perspective } from '../core/perspective.ts';
import type { ArticleHit, StoredBriefing } from '../ports/store.ts';
import { HttpError } from './http-error.ts';
import { dateParam, perspectiveParam, searchText } from './format/query-params.ts';
import type { WebContext } from './web-context.ts';

/** A parsed search request. */
export interface SearchParams {
  readonly q: string;
  /** ISO start of the first day included, or null. */
  readonly from: string | null;
  /** ISO start of the day after the last day included, or null. */
  readonly until: string | null;
  readonly outlet: string | null;
  readonly perspective: Perspective | null;
}

/** An article hit with its outlet. */
export interface SearchHit {
  readonly hit: ArticleHit;
  readonly outlet: Outlet | null;
}

/** What a search found. */
export interface SearchResults {
  readonly stories: readonly StoredBriefing[];
  readonly articles: readonly SearchHit[];
}

// Hits read from the index before filtering; filters then narrow them.
const CANDIDATES = 200;
const MAX_STORIES = 10;
const MAX_ARTICLES = 30;

/** Parses and checks the search parameters (400 for anything malformed). */
export function parseSearchParams(get: (name: string) => string | undefined, outletIds: ReadonlySet<string>): SearchParams {
  const q = searchText(get('q'));
  const from = dateParam(get('from'), 'from');
  const to = dateParam(get('to'), 'to');
  const until = to === null ? null : new Date(Date.parse(to) + 86_400_000).toISOString();
  if (from !== null && until !== null && from >= until) throw new HttpError(400, 'web/bad-date', '"from" must not be after "to".');
  const outlet = get('outlet') || null;
  if (outlet !== null && !outletIds.has(outlet)) throw new HttpError(400, 'web/unknown-outlet', 'outlet must be the id of a known outlet.');
  return { q, from, until, outlet, perspective: perspectiveParam(get('perspective')) };
}

/** True when a hit passes the filters. */
function passes(p: SearchParams, hit: ArticleHit, outlet: Outlet | null): boolean {
  const at = hit.article.publishedAt ?? hit.article.createdAt;
  if (p.from !== null && at < p.from) return false;
  if (p.until !== null && at >= p.until) return false;
  if (p.outlet !== null && hit.article.outletId !== p.outlet) return false;
  return p.perspective === null || (outlet?.perspective ?? 'unknown') === p.perspective;
}

/** The latest briefings of the stories of these hits, best hit first, without repeats. */
async function storiesOfHits(ctx: WebContext, hits: readonly SearchHit[]): Promise<StoredBriefing[]> {
  const ids = await Promise.all(hits.map((h) => ctx.store.storyOfArticle(h.hit.article.id)));
  const unique = [...new Set(ids.filter((id): id is string => id !== null))].slice(0, MAX_STORIES);
  const briefings = await Promise.all(unique.map((id) => ctx.store.getBriefing(id)));
  return briefings.filter((b): b is StoredBriefing => b !== null);
}

/** Runs a search; an empty query finds nothing. */
export async function runSearch(ctx: WebContext, p: SearchParams, outletByKey: ReadonlyMap<string, Outlet>): Promise<SearchResults> {
  if (p.q === '') return { stories: [], articles: [] };
  const raw = await ctx.store.searchArticles(p.q, CANDIDATES);
  const hits = raw
    .map((hit) => ({ hit, outlet: outletByKey.get(hit.article.outletId) ?? null }))
    .filter((h) => passes(p, h.hit, h.outlet));
  return { stories: await storiesOfHits(ctx, hits.slice(0, 50)), articles: hits.slice(0, MAX_ARTICLES) };
}

/** The query string of a search, for links to its feeds and pages. */
export function searchQueryString(p: SearchParams): string {
  const params = new URLSearchParams({ q: p.q });
  if (p.from) params.set('from', p.from.slice(0, 10));
  if (p.until) params.set('to', new Date(Date.parse(p.until) - 86_400_000).toISOString().slice(0, 10));
  if (p.outlet) params.set('outlet', p.outlet);
  if (p.perspective) params.set('perspective', p.perspective);
  return params.toString();
}
