import type { Feed } from '../../core/outlet.ts';
import type { FeedCheckUpdate, NewFeed } from '../../ports/store.ts';
import { feedFromRow, feedToRow, type FeedRow } from './row-mappers.ts';
import { statement } from './statement-cache.ts';
import { notFound } from './store-errors.ts';
import { storedTime } from './time-values.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

const insertSql = `
INSERT INTO feed (outlet_id, url, title, next_check_at, interval_seconds)
VALUES (@outlet_id, @url, @title, @next_check_at, @interval_seconds)
RETURNING *`;

const updateSql = `
UPDATE feed SET
  url = @url, title = @title, etag = @etag, last_modified = @last_modified,
  last_checked_at = @last_checked_at, next_check_at = @next_check_at,
  interval_seconds = @interval_seconds, error_count = @error_count, last_error = @last_error,
  last_error_code = @last_error_code, last_error_at = @last_error_at
WHERE id = @id
RETURNING *`;

/** The stored feed with this URL, or a new one; call inside a transaction. */
export function insertFeed(db: SqliteDatabase, feed: NewFeed): Feed {
  const existing = selectFeedByUrl(db, feed.url);
  if (existing !== null) return existing;
  if (statement(db, 'SELECT 1 FROM outlet WHERE id = ?').get(feed.outletId) === undefined) throw notFound('outlet', feed.outletId);
  const row = statement(db, insertSql).get({
    outlet_id: feed.outletId,
    url: feed.url,
    title: feed.title ?? null,
    next_check_at: storedTime(feed.nextCheckAt, 'nextCheckAt'),
    interval_seconds: feed.intervalSeconds,
  }) as FeedRow;
  return feedFromRow(row);
}

/** The feed with this id, or null. */
export function selectFeed(db: SqliteDatabase, id: number): Feed | null {
  const row = statement(db, 'SELECT * FROM feed WHERE id = ?').get(id) as FeedRow | undefined;
  return row === undefined ? null : feedFromRow(row);
}

/** The feed with this exact URL, or null. */
export function selectFeedByUrl(db: SqliteDatabase, url: string): Feed | null {
  const row = statement(db, 'SELECT * FROM feed WHERE url = ?').get(url) as FeedRow | undefined;
  return row === undefined ? null : feedFromRow(row);
}

/** Every feed, or those of one outlet, by id. */
export function selectFeeds(db: SqliteDatabase, outletId?: string): Feed[] {
  const rows = (outletId === undefined
    ? statement(db, 'SELECT * FROM feed ORDER BY id').all()
    : statement(db, 'SELECT * FROM feed WHERE outlet_id = ? ORDER BY id').all(outletId)) as FeedRow[];
  return rows.map(feedFromRow);
}

/** Deletes the feed; its items stay (item.feed_id is not a foreign key). */
export function deleteFeed(db: SqliteDatabase, id: number): boolean {
  return statement(db, 'DELETE FROM feed WHERE id = ?').run(id).changes > 0;
}

/** Feeds due at or before `now`, earliest first, ties by id. */
export function selectDueFeeds(db: SqliteDatabase, now: string, limit: number): Feed[] {
  const sql = 'SELECT * FROM feed WHERE next_check_at <= ? ORDER BY next_check_at, id LIMIT ?';
  const rows = statement(db, sql).all(storedTime(now, 'now'), limit) as FeedRow[];
  return rows.map(feedFromRow);
}

/** Earliest next_check_at, or null without feeds. */
export function selectNextDueAt(db: SqliteDatabase): string | null {
  const row = statement(db, 'SELECT min(next_check_at) AS at FROM feed').get() as { at: string | null };
  return row.at;
}

/** Applies one check's outcome to the feed; call inside a transaction. */
export function updateFeedCheck(db: SqliteDatabase, feedId: number, update: FeedCheckUpdate): Feed {
  const feed = selectFeed(db, feedId);
  if (feed === null) throw notFound('feed', feedId);
  const next = applyCheck(feed, update, resolveUrl(db, feed, update.url));
  return feedFromRow(statement(db, updateSql).get(feedToRow(next)) as FeedRow);
}

// A permanent redirect to a URL another feed already has (two configured URLs that turn out to
// be one feed) keeps this feed's old URL: the unique index forbids two feeds with one URL, and
// merging them is an operator's decision, not a side effect of a fetch. The caller sees the URL
// unchanged in the returned feed.
function resolveUrl(db: SqliteDatabase, feed: Feed, url: string | undefined): string {
  if (url === undefined || url === feed.url) return feed.url;
  const owner = selectFeedByUrl(db, url);
  return owner === null ? url : feed.url;
}

function applyCheck(feed: Feed, update: FeedCheckUpdate, url: string): Feed {
  return {
    ...feed,
    url,
    lastCheckedAt: storedTime(update.checkedAt, 'checkedAt'),
    nextCheckAt: storedTime(update.nextCheckAt, 'nextCheckAt'),
    intervalSeconds: update.intervalSeconds ?? feed.intervalSeconds,
    title: update.title === undefined ? feed.title : update.title,
    etag: update.etag === undefined ? feed.etag : update.etag,
    lastModified: update.lastModified === undefined ? feed.lastModified : update.lastModified,
    ...applyError(feed, update),
  };
}

// undefined leaves the error state alone; null is a success (the streak ends, its error is
// cleared); an object is one more consecutive failure, at checkedAt.
function applyError(feed: Feed, update: FeedCheckUpdate): Partial<Feed> {
  if (update.error === undefined) return {};
  if (update.error === null) return { errorCount: 0, lastError: null, lastErrorCode: null, lastErrorAt: null };
  return {
    errorCount: feed.errorCount + 1,
    lastError: update.error.message,
    lastErrorCode: update.error.code,
    lastErrorAt: storedTime(update.checkedAt, 'checkedAt'),
  };
}
