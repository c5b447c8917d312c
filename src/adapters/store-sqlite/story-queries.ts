import type { Article } from '../../core/item.ts';
import type { DuplicateKind, StoryMerge, StoryRecord } from '../../core/story.ts';
import type { StoredStory, StoryMember, StoryUpdate } from '../../ports/store.ts';
import { articleFromRow, type ArticleRow } from './row-mappers.ts';
import { statement } from './statement-cache.ts';
import { notFound } from './store-errors.ts';
import { storedTime } from './time-values.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

/** A `story` row; outlets is a JSON array. */
interface StoryRow {
  id: string;
  language: string;
  headline: string | null;
  outlets: string;
  article_count: number;
  first_seen: string;
  last_seen: string;
  multi_source: number;
  merged_into: string | null;
}

// Merge chains are short (a merge keeps the older id); the bound only guards against a cycle.
const MAX_MERGE_HOPS = 32;

const upsertStorySql = `
INSERT INTO story (id, language, headline, outlets, article_count, first_seen, last_seen, multi_source, merged_into)
VALUES (@id, @language, @headline, @outlets, @article_count, @first_seen, @last_seen, @multi_source, NULL)
ON CONFLICT (id) DO UPDATE SET language = excluded.language, headline = excluded.headline, outlets = excluded.outlets,
  article_count = excluded.article_count, first_seen = excluded.first_seen, last_seen = excluded.last_seen,
  multi_source = excluded.multi_source, merged_into = NULL`;

const upsertMemberSql = `
INSERT INTO story_article (article_id, story_id, duplicate_of, duplicate_kind, score, language)
VALUES (@article_id, @story_id, @duplicate_of, @duplicate_kind, @score, @language)
ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of,
  duplicate_kind = excluded.duplicate_kind, score = excluded.score, language = excluded.language`;

/** ms since the epoch to the stored ISO form. */
const isoOf = (ms: number) => new Date(ms).toISOString();

/** Moves a merged story's articles to the survivor and points it (and stories merged into it) there. */
function applyMerge(db: SqliteDatabase, merge: StoryMerge): void {
  statement(db, 'UPDATE story_article SET story_id = ? WHERE story_id = ?').run(merge.into, merge.from);
  statement(db, 'UPDATE story SET merged_into = ? WHERE id = ? OR merged_into = ?').run(merge.into, merge.from, merge.from);
  statement(db, 'INSERT INTO story_merge (from_id, into_id, at, score) VALUES (?, ?, ?, ?) ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, at = excluded.at, score = excluded.score').run(merge.from, merge.into, isoOf(merge.at), merge.score);
}

/** Records an assignment, its merges and the story's state; call inside a transaction. */
export function writeStoryUpdate(db: SqliteDatabase, update: StoryUpdate): void {
  if (statement(db, 'SELECT 1 FROM article WHERE id = ?').get(update.articleId) === undefined) throw notFound('article', update.articleId);
  for (const merge of update.merges) applyMerge(db, merge);
  const story = update.story;
  statement(db, upsertStorySql).run({
    id: story.id,
    language: story.language,
    headline: story.headline,
    outlets: JSON.stringify(story.outlets),
    article_count: story.articleIds.length,
    first_seen: isoOf(story.firstSeen),
    last_seen: isoOf(story.lastSeen),
    multi_source: story.multiSource ? 1 : 0,
  });
  statement(db, upsertMemberSql).run({
    article_id: update.articleId,
    story_id: update.storyId,
    duplicate_of: update.duplicateOf,
    duplicate_kind: update.duplicateKind,
    score: update.score,
    language: update.language,
  });
}

/** The live story an id resolves to through merges, or null when unknown. */
export function resolveStoryId(db: SqliteDatabase, id: string): string | null {
  let current = id;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const row = statement(db, 'SELECT merged_into FROM story WHERE id = ?').get(current) as { merged_into: string | null } | undefined;
    if (!row) return null;
    if (row.merged_into === null) return current;
    current = row.merged_into;
  }
  return null;
}

/** Maps a story row. */
function storyFromRow(row: StoryRow): StoredStory {
  return {
    id: row.id,
    language: row.language,
    headline: row.headline,
    outlets: JSON.parse(row.outlets) as string[],
    articleCount: row.article_count,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    multiSource: row.multi_source === 1,
  };
}

/** A story by id, following merges. */
export function selectStory(db: SqliteDatabase, id: string): StoredStory | null {
  const live = resolveStoryId(db, id);
  if (live === null) return null;
  return storyFromRow(statement(db, 'SELECT * FROM story WHERE id = ?').get(live) as StoryRow);
}

/** Options of story listings, as the port defines them. */
export interface StoryListing {
  readonly limit: number;
  readonly multiSourceOnly?: boolean;
  readonly since?: string;
  readonly before?: { readonly lastSeen: string; readonly id: string };
}

/** The WHERE clause and parameters of a story listing over table alias `s`. */
export function storyListingFilter(options: StoryListing): { where: string; params: unknown[] } {
  const where = ['s.merged_into IS NULL'];
  const params: unknown[] = [];
  if (options.multiSourceOnly) where.push('s.multi_source = 1');
  if (options.since !== undefined) {
    where.push('s.last_seen >= ?');
    params.push(storedTime(options.since, 'since'));
  }
  if (options.before !== undefined) {
    where.push('(s.last_seen < ? OR (s.last_seen = ? AND s.id < ?))');
    const at = storedTime(options.before.lastSeen, 'before.lastSeen');
    params.push(at, at, options.before.id);
  }
  return { where: where.join(' AND '), params };
}

/** Live stories, most recently seen first. */
export function selectStories(db: SqliteDatabase, options: StoryListing): StoredStory[] {
  const { where, params } = storyListingFilter(options);
  const rows = db.prepare(`SELECT s.* FROM story s WHERE ${where} ORDER BY s.last_seen DESC, s.id DESC LIMIT ?`).all(...params, options.limit) as StoryRow[];
  return rows.map(storyFromRow);
}

/** The articles of a story, oldest first. */
export function selectStoryMembers(db: SqliteDatabase, storyId: string): StoryMember[] {
  const live = resolveStoryId(db, storyId);
  if (live === null) return [];
  const sql = `SELECT a.*, sa.duplicate_of AS sa_duplicate_of, sa.duplicate_kind AS sa_duplicate_kind
    FROM story_article sa JOIN article a ON a.id = sa.article_id
    WHERE sa.story_id = ? ORDER BY coalesce(a.published_at, a.created_at), a.id`;
  const rows = statement(db, sql).all(live) as (ArticleRow & { sa_duplicate_of: number | null; sa_duplicate_kind: DuplicateKind | null })[];
  return rows.map((row) => ({ article: articleFromRow(row), duplicateOf: row.sa_duplicate_of, duplicateKind: row.sa_duplicate_kind }));
}

/** The live story of an article, or null. */
export function selectStoryOfArticle(db: SqliteDatabase, articleId: number): string | null {
  const row = statement(db, 'SELECT story_id FROM story_article WHERE article_id = ?').get(articleId) as { story_id: string } | undefined;
  return row ? resolveStoryId(db, row.story_id) : null;
}

/** A stored article as the stories stage reads it. */
function storyArticleOf(article: Article) {
  const time = article.publishedAt ?? article.createdAt;
  return { id: String(article.id), outlet: article.outletId, title: article.title, text: article.text, publishedAt: Date.parse(time), url: article.url };
}

/** Placed articles at or after `since`, oldest first, for rebuilding the clusterer's window. */
export function selectStoryRecordsSince(db: SqliteDatabase, since: string): StoryRecord[] {
  const sql = `SELECT a.*, sa.story_id AS sa_story_id, sa.duplicate_of AS sa_duplicate_of
    FROM story_article sa JOIN article a ON a.id = sa.article_id
    WHERE coalesce(a.published_at, a.created_at) >= ? ORDER BY coalesce(a.published_at, a.created_at), a.id`;
  const rows = statement(db, sql).all(storedTime(since, 'since')) as (ArticleRow & { sa_story_id: string; sa_duplicate_of: number | null })[];
  return rows.map((row) => ({
    article: storyArticleOf(articleFromRow(row)),
    storyId: resolveStoryId(db, row.sa_story_id) ?? row.sa_story_id,
    duplicateOf: row.sa_duplicate_of === null ? null : String(row.sa_duplicate_of),
  }));
}

/** Articles without a story, oldest first. */
export function selectArticlesWithoutStory(db: SqliteDatabase, limit: number): Article[] {
  const sql = `SELECT a.* FROM article a LEFT JOIN story_article sa ON sa.article_id = a.id
    WHERE sa.article_id IS NULL ORDER BY coalesce(a.published_at, a.created_at), a.id LIMIT ?`;
  return (statement(db, sql).all(limit) as ArticleRow[]).map(articleFromRow);
}
