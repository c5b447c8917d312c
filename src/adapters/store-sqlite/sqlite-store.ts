import type { Outlet, Feed } from '../../core/outlet.ts';
import type { Item, NewItem, Article, NewArticle, FetchAttempt, NewFetchAttempt } from '../../core/item.ts';
import type { Quote } from '../../core/quote.ts';
import { RoundupError } from '../../core/errors.ts';
import { systemClock, type Clock } from '../../ports/clock.ts';
import type { ArticleHit, FeedCheckUpdate, InsertItemsResult, NewFeed, Store, StoreCounts, StoryUpdate, StoredStory, StoryMember, StoredBriefing } from '../../ports/store.ts';
import { upsertArticle, selectArticle, selectArticleByItem, selectArticles, searchArticles } from './article-queries.ts';
import { insertFetchAttempt, selectFetchAttempts } from './fetch-attempt-queries.ts';
import { insertFeed, selectFeed, selectFeedByUrl, selectFeeds, deleteFeed, selectDueFeeds, selectNextDueAt, updateFeedCheck } from './feed-queries.ts';
import { insertItems, selectItem, selectItems, selectPendingItems, updateItemFailed } from './item-queries.ts';
import { appliedVersion, runMigrations } from './migration-runner.ts';
import { upsertOutlet, selectOutlet, selectOutlets, deleteOutlet } from './outlet-queries.ts';
import { MIGRATIONS } from './schema-migrations.ts';
import { replaceQuotes, selectQuotes } from './quote-queries.ts';
import { writeStoryUpdate, selectStory, selectStories, selectStoryMembers, selectStoryOfArticle, selectStoryRecordsSince, selectArticlesWithoutStory, type StoryListing } from './story-queries.ts';
import { insertBriefingVersion, selectLatestBriefing, selectBriefingVersions, selectBriefings } from './briefing-queries.ts';
import type { StoryRecord } from '../../core/story.ts';
import type { Briefing } from '../../core/briefing.ts';
import { BUSY_TIMEOUT_MS, openSqliteDatabase, type SqliteDatabase } from './sqlite-connection.ts';
import { statement } from './statement-cache.ts';
import { toStoreError } from './store-errors.ts';

/** Options of openSqliteStore. */
export interface SqliteStoreOptions {
  /** Path of the database file; its directory is created when missing. `:memory:` works but is not durable. */
  readonly path: string;
  /** Time source for stored timestamps (article createdAt, migration applied_at); the system clock by default. */
  readonly clock?: Clock;
  /** How long a write waits for another process's lock before failing with store/busy; 5000 ms by default. */
  readonly busyTimeoutMs?: number;
}

/** Opens the SQLite store at `options.path`. Call `migrate()` before anything else. */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  const frozen = Object.freeze({ path: options.path, clock: options.clock ?? systemClock, busyTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
  return new SqliteStore(openSqliteDatabase(frozen.path, { busyTimeoutMs: frozen.busyTimeoutMs }), frozen.clock);
}

// better-sqlite3 is synchronous: each method runs to completion inside one turn of the event
// loop, so a transaction never interleaves with another call of this process. The async
// signatures are the port's, for adapters that do wait.
class SqliteStore implements Store {
  private open = true;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  async migrate(): Promise<void> {
    this.run('migrate', (db) => runMigrations(db, MIGRATIONS, () => this.now()));
  }

  async schemaVersion(): Promise<number> {
    return this.run('schemaVersion', appliedVersion);
  }

  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.db.close();
  }

  async upsertOutlet(outlet: Outlet): Promise<void> {
    this.run('upsertOutlet', (db) => upsertOutlet(db, outlet));
  }

  async getOutlet(id: string): Promise<Outlet | null> {
    return this.run('getOutlet', (db) => selectOutlet(db, id));
  }

  async listOutlets(): Promise<Outlet[]> {
    return this.run('listOutlets', selectOutlets);
  }

  async removeOutlet(id: string): Promise<boolean> {
    return this.transact('removeOutlet', (db) => deleteOutlet(db, id));
  }

  async addFeed(feed: NewFeed): Promise<Feed> {
    return this.transact('addFeed', (db) => insertFeed(db, feed));
  }

  async getFeed(id: number): Promise<Feed | null> {
    return this.run('getFeed', (db) => selectFeed(db, id));
  }

  async getFeedByUrl(url: string): Promise<Feed | null> {
    return this.run('getFeedByUrl', (db) => selectFeedByUrl(db, url));
  }

  async listFeeds(outletId?: string): Promise<Feed[]> {
    return this.run('listFeeds', (db) => selectFeeds(db, outletId));
  }

  async removeFeed(id: number): Promise<boolean> {
    return this.run('removeFeed', (db) => deleteFeed(db, id));
  }

  async dueFeeds(now: string, limit: number): Promise<Feed[]> {
    return this.run('dueFeeds', (db) => selectDueFeeds(db, now, limit));
  }

  async nextDueAt(): Promise<string | null> {
    return this.run('nextDueAt', selectNextDueAt);
  }

  async recordFeedCheck(feedId: number, update: FeedCheckUpdate): Promise<Feed> {
    return this.transact('recordFeedCheck', (db) => updateFeedCheck(db, feedId, update));
  }

  async insertItems(items: readonly NewItem[]): Promise<InsertItemsResult> {
    return this.transact('insertItems', (db) => insertItems(db, items));
  }

  async getItem(id: number): Promise<Item | null> {
    return this.run('getItem', (db) => selectItem(db, id));
  }

  async listItems(feedId: number, limit: number): Promise<Item[]> {
    return this.run('listItems', (db) => selectItems(db, feedId, limit));
  }

  async pendingItems(limit: number): Promise<Item[]> {
    return this.run('pendingItems', (db) => selectPendingItems(db, limit));
  }

  async markItemFailed(itemId: number, error: string): Promise<void> {
    this.run('markItemFailed', (db) => updateItemFailed(db, itemId, error));
  }

  async saveArticle(article: NewArticle): Promise<Article> {
    return this.transact('saveArticle', (db) => upsertArticle(db, article, this.now()));
  }

  async getArticle(id: number): Promise<Article | null> {
    return this.run('getArticle', (db) => selectArticle(db, id));
  }

  async getArticleByItem(itemId: number): Promise<Article | null> {
    return this.run('getArticleByItem', (db) => selectArticleByItem(db, itemId));
  }

  async listArticles(options: { limit: number; outletId?: string; since?: string }): Promise<Article[]> {
    return this.run('listArticles', (db) => selectArticles(db, options));
  }

  async searchArticles(query: string, limit: number): Promise<ArticleHit[]> {
    return this.run('searchArticles', (db) => searchArticles(db, query, limit));
  }

  async recordFetchAttempt(attempt: NewFetchAttempt): Promise<void> {
    this.run('recordFetchAttempt', (db) => insertFetchAttempt(db, attempt));
  }

  async listFetchAttempts(options: { feedId?: number; limit: number }): Promise<FetchAttempt[]> {
    return this.run('listFetchAttempts', (db) => selectFetchAttempts(db, options));
  }

  async saveQuotes(articleId: number, quotes: readonly Quote[]): Promise<void> {
    this.transact('saveQuotes', (db) => replaceQuotes(db, articleId, quotes));
  }

  async listQuotes(articleId: number): Promise<Quote[]> {
    return this.run('listQuotes', (db) => selectQuotes(db, articleId));
  }

  async recordStoryUpdate(update: StoryUpdate): Promise<void> {
    this.transact('recordStoryUpdate', (db) => writeStoryUpdate(db, update));
  }

  async getStory(id: string): Promise<StoredStory | null> {
    return this.run('getStory', (db) => selectStory(db, id));
  }

  async listStories(options: StoryListing): Promise<StoredStory[]> {
    return this.run('listStories', (db) => selectStories(db, options));
  }

  async listStoryMembers(storyId: string): Promise<StoryMember[]> {
    return this.run('listStoryMembers', (db) => selectStoryMembers(db, storyId));
  }

  async storyOfArticle(articleId: number): Promise<string | null> {
    return this.run('storyOfArticle', (db) => selectStoryOfArticle(db, articleId));
  }

  async storyRecordsSince(since: string): Promise<StoryRecord[]> {
    return this.run('storyRecordsSince', (db) => selectStoryRecordsSince(db, since));
  }

  async articlesWithoutStory(limit: number): Promise<Article[]> {
    return this.run('articlesWithoutStory', (db) => selectArticlesWithoutStory(db, limit));
  }

  async saveBriefing(briefing: Briefing, composedAt: string): Promise<{ version: number; changed: boolean }> {
    return this.transact('saveBriefing', (db) => insertBriefingVersion(db, briefing, composedAt));
  }

  async getBriefing(storyId: string): Promise<StoredBriefing | null> {
    return this.run('getBriefing', (db) => selectLatestBriefing(db, storyId));
  }

  async listBriefingVersions(storyId: string): Promise<StoredBriefing[]> {
    return this.run('listBriefingVersions', (db) => selectBriefingVersions(db, storyId));
  }

  async listBriefings(options: StoryListing): Promise<StoredBriefing[]> {
    return this.run('listBriefings', (db) => selectBriefings(db, options));
  }

  async counts(): Promise<StoreCounts> {
    return this.run('counts', countRows);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  // One statement, or reads only: SQLite makes a single statement atomic by itself.
  private run<T>(operation: string, work: (db: SqliteDatabase) => T): T {
    if (!this.open) throw new RoundupError('store/closed', `${operation}: the store is closed`);
    try {
      return work(this.db);
    } catch (err) {
      throw toStoreError(operation, err);
    }
  }

  // Read-then-write work in one transaction. IMMEDIATE takes the write lock at BEGIN: a deferred
  // transaction that reads first and writes later can fail with SQLITE_BUSY at the upgrade when
  // another process wrote meanwhile, without busy_timeout helping.
  private transact<T>(operation: string, work: (db: SqliteDatabase) => T): T {
    return this.run(operation, (db) => db.transaction(() => work(db)).immediate());
  }
}

function countRows(db: SqliteDatabase): StoreCounts {
  const sql = `SELECT
    (SELECT count(*) FROM outlet) AS outlets, (SELECT count(*) FROM feed) AS feeds,
    (SELECT count(*) FROM item) AS items, (SELECT count(*) FROM article) AS articles,
    (SELECT count(*) FROM fetch_attempt) AS fetchAttempts`;
  return statement(db, sql).get() as StoreCounts;
}
