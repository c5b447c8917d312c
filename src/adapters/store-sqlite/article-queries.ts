import type { Article, NewArticle } from '../../core/item.ts';
import type { ArticleHit } from '../../ports/store.ts';
import { articleFromRow, type ArticleRow } from './row-mappers.ts';
import { ftsQuery } from './search-query.ts';
import { statement } from './statement-cache.ts';
import { notFound } from './store-errors.ts';
import { storedTime, storedTimeOrNull } from './time-values.ts';
import { updateItemDone } from './item-queries.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

// Saving again replaces everything but id and created_at, which records the first save.
const upsertSql = `
INSERT INTO article (item_id, outlet_id, url, title, text, byline, published_at, language, source, created_at)
VALUES (@item_id, @outlet_id, @url, @title, @text, @byline, @published_at, @language, @source, @created_at)
ON CONFLICT (item_id) DO UPDATE SET
  outlet_id = excluded.outlet_id, url = excluded.url, title = excluded.title, text = excluded.text,
  byline = excluded.byline, published_at = excluded.published_at, language = excluded.language,
  source = excluded.source
RETURNING *`;

// Title matches weigh twice body matches. The hidden FTS5 column is also called `rank`, hence
// the hit_ aliases. snippet() column -1 picks whichever column matched best.
const searchSql = `
SELECT article.*, bm25(article_fts, 2.0, 1.0) AS hit_rank,
  snippet(article_fts, -1, '[', ']', '…', 16) AS hit_snippet
FROM article_fts JOIN article ON article.id = article_fts.rowid
WHERE article_fts MATCH ?
ORDER BY hit_rank, article.id
LIMIT ?`;

/** Upserts the item's article and marks the item done; call inside a transaction. */
export function upsertArticle(db: SqliteDatabase, article: NewArticle, now: string): Article {
  if (statement(db, 'SELECT 1 FROM item WHERE id = ?').get(article.itemId) === undefined) throw notFound('item', article.itemId);
  const row = statement(db, upsertSql).get({
    item_id: article.itemId,
    outlet_id: article.outletId,
    url: article.url,
    title: article.title,
    text: article.text,
    byline: article.byline,
    published_at: storedTimeOrNull(article.publishedAt, 'publishedAt'),
    language: article.language,
    source: article.source,
    created_at: storedTime(now, 'createdAt'),
  }) as ArticleRow;
  updateItemDone(db, article.itemId);
  return articleFromRow(row);
}

/** The article with this id, or null. */
export function selectArticle(db: SqliteDatabase, id: number): Article | null {
  const row = statement(db, 'SELECT * FROM article WHERE id = ?').get(id) as ArticleRow | undefined;
  return row === undefined ? null : articleFromRow(row);
}

/** The article of this item, or null. */
export function selectArticleByItem(db: SqliteDatabase, itemId: number): Article | null {
  const row = statement(db, 'SELECT * FROM article WHERE item_id = ?').get(itemId) as ArticleRow | undefined;
  return row === undefined ? null : articleFromRow(row);
}

/** Options of selectArticles, as the port defines them. */
export interface ArticleListing {
  readonly limit: number;
  readonly outletId?: string;
  readonly since?: string;
}

/** Articles newest first by published time (stored time when unknown), optionally of one outlet and since a time. */
export function selectArticles(db: SqliteDatabase, options: ArticleListing): Article[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.outletId !== undefined) {
    where.push('outlet_id = ?');
    params.push(options.outletId);
  }
  if (options.since !== undefined) {
    where.push('coalesce(published_at, created_at) >= ?');
    params.push(storedTime(options.since, 'since'));
  }
  const filter = where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
  const sql = `SELECT * FROM article ${filter} ORDER BY coalesce(published_at, created_at) DESC, id DESC LIMIT ?`;
  return (statement(db, sql).all(...params, options.limit) as ArticleRow[]).map(articleFromRow);
}

/** Full-text hits for free text, best first; none for text without words. */
export function searchArticles(db: SqliteDatabase, query: string, limit: number): ArticleHit[] {
  const match = ftsQuery(query);
  if (match === null) return [];
  const rows = statement(db, searchSql).all(match, limit) as Array<ArticleRow & { hit_rank: number; hit_snippet: string }>;
  return rows.map((row) => ({ article: articleFromRow(row), rank: row.hit_rank, snippet: row.hit_snippet }));
}
