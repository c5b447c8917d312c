import type { Item, NewItem } from '../../core/item.ts';
import type { InsertItemsResult } from '../../ports/store.ts';
import { itemFromRow, stringArrayToJson, type ItemRow } from './row-mappers.ts';
import { statement } from './statement-cache.ts';
import { notFound } from './store-errors.ts';
import { storedTime, storedTimeOrNull } from './time-values.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

// No conflict target: DO NOTHING then covers every uniqueness rule of item, both (feed_id, guid)
// and the partial unique index on canonical_url, and RETURNING yields no row for a skipped one.
// PostgreSQL reads this statement the same way.
const insertSql = `
INSERT INTO item (feed_id, outlet_id, guid, url, canonical_url, title, summary, content, authors,
  categories, image_url, published_at, updated_at, first_seen_at)
VALUES (@feed_id, @outlet_id, @guid, @url, @canonical_url, @title, @summary, @content, @authors,
  @categories, @image_url, @published_at, @updated_at, @first_seen_at)
ON CONFLICT DO NOTHING
RETURNING *`;

/** Inserts the items, skipping duplicates; call inside a transaction so the batch is all or nothing. */
export function insertItems(db: SqliteDatabase, items: readonly NewItem[]): InsertItemsResult {
  requireFeeds(db, items);
  const inserted: Item[] = [];
  for (const item of items) {
    const row = statement(db, insertSql).get(itemParams(item)) as ItemRow | undefined;
    if (row !== undefined) inserted.push(itemFromRow(row));
  }
  return { inserted, duplicates: items.length - inserted.length };
}

// item.feed_id is not a foreign key (items outlive their feed), so check here that new items
// name a feed that exists.
function requireFeeds(db: SqliteDatabase, items: readonly NewItem[]): void {
  for (const feedId of new Set(items.map((item) => item.feedId))) {
    if (statement(db, 'SELECT 1 FROM feed WHERE id = ?').get(feedId) === undefined) throw notFound('feed', feedId);
  }
}

function itemParams(item: NewItem): Record<string, unknown> {
  return {
    feed_id: item.feedId,
    outlet_id: item.outletId,
    guid: item.guid,
    url: item.url,
    canonical_url: item.canonicalUrl,
    title: item.title,
    summary: item.summary,
    content: item.content,
    authors: stringArrayToJson(item.authors),
    categories: stringArrayToJson(item.categories),
    image_url: item.imageUrl,
    published_at: storedTimeOrNull(item.publishedAt, 'publishedAt'),
    updated_at: storedTimeOrNull(item.updatedAt, 'updatedAt'),
    first_seen_at: storedTime(item.firstSeenAt, 'firstSeenAt'),
  };
}

/** The item with this id, or null. */
export function selectItem(db: SqliteDatabase, id: number): Item | null {
  const row = statement(db, 'SELECT * FROM item WHERE id = ?').get(id) as ItemRow | undefined;
  return row === undefined ? null : itemFromRow(row);
}

/** A feed's items, newest first: by published time, or first-seen time when the feed gave none. */
export function selectItems(db: SqliteDatabase, feedId: number, limit: number): Item[] {
  const sql = 'SELECT * FROM item WHERE feed_id = ? ORDER BY coalesce(published_at, first_seen_at) DESC, id DESC LIMIT ?';
  return (statement(db, sql).all(feedId, limit) as ItemRow[]).map(itemFromRow);
}

/** Items whose article is pending, oldest first seen first. */
export function selectPendingItems(db: SqliteDatabase, limit: number): Item[] {
  const sql = `SELECT * FROM item WHERE article_state = 'pending' ORDER BY first_seen_at, id LIMIT ?`;
  return (statement(db, sql).all(limit) as ItemRow[]).map(itemFromRow);
}

/** Marks the item's article as failed with the reason; throws store/not-found for an unknown item. */
export function updateItemFailed(db: SqliteDatabase, itemId: number, error: string): void {
  const sql = `UPDATE item SET article_state = 'failed', article_error = ? WHERE id = ?`;
  if (statement(db, sql).run(error, itemId).changes === 0) throw notFound('item', itemId);
}

/** Marks the item's article as stored, clearing an earlier failure. */
export function updateItemDone(db: SqliteDatabase, itemId: number): void {
  statement(db, `UPDATE item SET article_state = 'done', article_error = NULL WHERE id = ?`).run(itemId);
}
