import type { FetchAttempt, NewFetchAttempt } from '../../core/item.ts';
import { fetchAttemptFromRow, type FetchAttemptRow } from './row-mappers.ts';
import { statement } from './statement-cache.ts';
import { storedTime } from './time-values.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

const insertSql = `
INSERT INTO fetch_attempt (feed_id, item_id, url, started_at, duration_ms, status, outcome, bytes, error)
VALUES (@feed_id, @item_id, @url, @started_at, @duration_ms, @status, @outcome, @bytes, @error)`;

/** Records one fetch; an unknown feed or item id fails with store/not-found. */
export function insertFetchAttempt(db: SqliteDatabase, attempt: NewFetchAttempt): void {
  statement(db, insertSql).run({
    feed_id: attempt.feedId,
    item_id: attempt.itemId,
    url: attempt.url,
    started_at: storedTime(attempt.startedAt, 'startedAt'),
    duration_ms: attempt.durationMs,
    status: attempt.status,
    outcome: attempt.outcome,
    bytes: attempt.bytes,
    error: attempt.error,
  });
}

/** Fetch attempts newest first, optionally of one feed. */
export function selectFetchAttempts(db: SqliteDatabase, options: { feedId?: number; limit: number }): FetchAttempt[] {
  const rows = (options.feedId === undefined
    ? statement(db, 'SELECT * FROM fetch_attempt ORDER BY started_at DESC, id DESC LIMIT ?').all(options.limit)
    : statement(db, 'SELECT * FROM fetch_attempt WHERE feed_id = ? ORDER BY started_at DESC, id DESC LIMIT ?').all(options.feedId, options.limit)) as FetchAttemptRow[];
  return rows.map(fetchAttemptFromRow);
}
