import type { Outlet, Feed } from '../../core/outlet.ts';
import type { Perspective } from '../../core/perspective.ts';
import type { Item, ItemArticleState, Article, ArticleSource, FetchAttempt, FetchOutcome } from '../../core/item.ts';

/** An `outlet` row as SQLite returns it. */
export interface OutletRow {
  id: string;
  name: string;
  home_domain: string;
  language: string;
  country: string;
  perspective: string;
  perspective_basis: string;
  is_wire: number;
}

/** A `feed` row as SQLite returns it. */
export interface FeedRow {
  id: number;
  outlet_id: string;
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: string | null;
  next_check_at: string;
  interval_seconds: number;
  error_count: number;
  last_error: string | null;
  last_error_code: string | null;
  last_error_at: string | null;
}

/** An `item` row as SQLite returns it; authors and categories are JSON arrays. */
export interface ItemRow {
  id: number;
  feed_id: number;
  outlet_id: string;
  guid: string;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  summary: string | null;
  content: string | null;
  authors: string;
  categories: string;
  image_url: string | null;
  published_at: string | null;
  updated_at: string | null;
  first_seen_at: string;
  article_state: string;
  article_error: string | null;
}

/** An `article` row as SQLite returns it. */
export interface ArticleRow {
  id: number;
  item_id: number;
  outlet_id: string;
  url: string | null;
  title: string;
  text: string;
  byline: string | null;
  published_at: string | null;
  language: string | null;
  source: string;
  created_at: string;
}

/** A `fetch_attempt` row as SQLite returns it. */
export interface FetchAttemptRow {
  id: number;
  feed_id: number | null;
  item_id: number | null;
  url: string;
  started_at: string;
  duration_ms: number;
  status: number | null;
  outcome: string;
  bytes: number | null;
  error: string | null;
}

/** Outlet from its row. */
export function outletFromRow(row: OutletRow): Outlet {
  return {
    id: row.id,
    name: row.name,
    homeDomain: row.home_domain,
    language: row.language,
    country: row.country,
    perspective: row.perspective as Perspective,
    perspectiveBasis: row.perspective_basis,
    isWire: row.is_wire === 1,
  };
}

/** Named parameters of an outlet row. */
export function outletToRow(outlet: Outlet): OutletRow {
  return {
    id: outlet.id,
    name: outlet.name,
    home_domain: outlet.homeDomain,
    language: outlet.language,
    country: outlet.country,
    perspective: outlet.perspective,
    perspective_basis: outlet.perspectiveBasis,
    is_wire: outlet.isWire ? 1 : 0,
  };
}

/** Feed from its row. */
export function feedFromRow(row: FeedRow): Feed {
  return {
    id: row.id,
    outletId: row.outlet_id,
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    lastCheckedAt: row.last_checked_at,
    nextCheckAt: row.next_check_at,
    intervalSeconds: row.interval_seconds,
    errorCount: row.error_count,
    lastError: row.last_error,
    lastErrorCode: row.last_error_code,
    lastErrorAt: row.last_error_at,
  };
}

/** Named parameters of a feed row (times already normalised by the caller). */
export function feedToRow(feed: Feed): FeedRow {
  return {
    id: feed.id,
    outlet_id: feed.outletId,
    url: feed.url,
    title: feed.title,
    etag: feed.etag,
    last_modified: feed.lastModified,
    last_checked_at: feed.lastCheckedAt,
    next_check_at: feed.nextCheckAt,
    interval_seconds: feed.intervalSeconds,
    error_count: feed.errorCount,
    last_error: feed.lastError,
    last_error_code: feed.lastErrorCode,
    last_error_at: feed.lastErrorAt,
  };
}

/** Item from its row. */
export function itemFromRow(row: ItemRow): Item {
  return {
    id: row.id,
    feedId: row.feed_id,
    outletId: row.outlet_id,
    guid: row.guid,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    summary: row.summary,
    content: row.content,
    authors: parseStringArray(row.authors),
    categories: parseStringArray(row.categories),
    imageUrl: row.image_url,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    firstSeenAt: row.first_seen_at,
    articleState: row.article_state as ItemArticleState,
    articleError: row.article_error,
  };
}

/** Article from its row. */
export function articleFromRow(row: ArticleRow): Article {
  return {
    id: row.id,
    itemId: row.item_id,
    outletId: row.outlet_id,
    url: row.url,
    title: row.title,
    text: row.text,
    byline: row.byline,
    publishedAt: row.published_at,
    language: row.language,
    source: row.source as ArticleSource,
    createdAt: row.created_at,
  };
}

/** FetchAttempt from its row. */
export function fetchAttemptFromRow(row: FetchAttemptRow): FetchAttempt {
  return {
    id: row.id,
    feedId: row.feed_id,
    itemId: row.item_id,
    url: row.url,
    startedAt: row.started_at,
    durationMs: row.duration_ms,
    status: row.status,
    outcome: row.outcome as FetchOutcome,
    bytes: row.bytes,
    error: row.error,
  };
}

/** A JSON array column from a list of strings. */
export function stringArrayToJson(values: readonly string[]): string {
  return JSON.stringify(values);
}

// Written only by stringArrayToJson; the type guard keeps the result honest to the domain type.
function parseStringArray(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
