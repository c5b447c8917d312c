import type { Outlet, Feed } from '../core/outlet.ts';
import type { Item, NewItem, Article, NewArticle, FetchAttempt, NewFetchAttempt } from '../core/item.ts';
import type { Quote } from '../core/quote.ts';
import type { DuplicateKind, StoryMerge, StoryRecord, StorySummary } from '../core/story.ts';
import type { Briefing } from '../core/briefing.ts';

/** A feed to add; its schedule starts due at `nextCheckAt`. */
export interface NewFeed {
  readonly outletId: string;
  readonly url: string;
  readonly title?: string | null;
  readonly nextCheckAt: string;
  readonly intervalSeconds: number;
}

/** The result of one feed check, written in one transaction. Omitted fields are left as they are. */
export interface FeedCheckUpdate {
  readonly checkedAt: string;
  readonly nextCheckAt: string;
  readonly intervalSeconds?: number;
  /** New URL after a permanent redirect; ignored (the old URL stays) when another feed already has it. */
  readonly url?: string;
  readonly title?: string | null;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** null clears the error and resets errorCount to 0; an object increments errorCount. */
  readonly error?: { readonly code: string; readonly message: string } | null;
}

/** What `insertItems` did: the rows created, and how many entries were already stored. */
export interface InsertItemsResult {
  readonly inserted: readonly Item[];
  readonly duplicates: number;
}

/** One full-text search hit over articles. */
export interface ArticleHit {
  readonly article: Article;
  /** bm25 rank: lower is better. */
  readonly rank: number;
  /** Text around the match with `[` and `]` around matched terms. */
  readonly snippet: string;
}

/** Where the stories stage placed one stored article, with the story as it now stands. */
export interface StoryUpdate {
  readonly articleId: number;
  readonly storyId: string;
  /** The stored article it duplicates (a wire copy, the same page under another URL). */
  readonly duplicateOf: number | null;
  readonly duplicateKind: DuplicateKind | null;
  readonly score: number;
  readonly language: string;
  /** Stories absorbed on the way; their articles move to the surviving (older) id. */
  readonly merges: readonly StoryMerge[];
  readonly story: StorySummary;
}

/** A story as stored. Times are ISO strings. */
export interface StoredStory {
  readonly id: string;
  readonly language: string;
  readonly headline: string | null;
  /** Outlet ids, in order of first appearance. */
  readonly outlets: readonly string[];
  readonly articleCount: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly multiSource: boolean;
}

/** A stored article with its place in a story. */
export interface StoryMember {
  readonly article: Article;
  readonly duplicateOf: number | null;
  readonly duplicateKind: DuplicateKind | null;
}

/** One version of a story's briefing. */
export interface StoredBriefing {
  readonly briefing: Briefing;
  readonly version: number;
  readonly composedAt: string;
}

/** Row counts, for status output and tests. */
export interface StoreCounts {
  readonly outlets: number;
  readonly feeds: number;
  readonly items: number;
  readonly articles: number;
  readonly fetchAttempts: number;
}

/** The storage port. Every method is async so a PostgreSQL adapter can implement it too.
 * Writes are atomic: after a crash a write is either whole or absent.
 * Times are ISO 8601 strings with a zone; they come back in `Date.toISOString()` form (UTC, ms).
 * Failures are RoundupErrors with a `store/` code: `store/not-found` when a write names an outlet,
 * feed or item that does not exist, `store/invalid-time` for a time that is not ISO 8601 with a
 * zone, `store/closed` after close(). The contract suite is test/ports/store-contract.ts. */
export interface Store {
  /** Applies pending versioned migrations; safe to call on every start. */
  migrate(): Promise<void>;
  /** Version of the newest applied migration. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;

  /** Inserts or replaces an outlet by id (feeds are kept). */
  upsertOutlet(outlet: Outlet): Promise<void>;
  getOutlet(id: string): Promise<Outlet | null>;
  /** All outlets, by id. */
  listOutlets(): Promise<Outlet[]>;
  /** Removes an outlet with its feeds; items and articles stay. Returns false when unknown. */
  removeOutlet(id: string): Promise<boolean>;

  /** Adds a feed; if its URL is already stored, returns the stored feed unchanged. */
  addFeed(feed: NewFeed): Promise<Feed>;
  getFeed(id: number): Promise<Feed | null>;
  getFeedByUrl(url: string): Promise<Feed | null>;
  /** All feeds, or those of one outlet, by id. */
  listFeeds(outletId?: string): Promise<Feed[]>;
  /** Removes a feed; its items and articles stay. Returns false when unknown. */
  removeFeed(id: number): Promise<boolean>;
  /** Feeds whose nextCheckAt is at or before `now`, earliest first. */
  dueFeeds(now: string, limit: number): Promise<Feed[]>;
  /** Earliest nextCheckAt of all feeds, or null when there are none. */
  nextDueAt(): Promise<string | null>;
  recordFeedCheck(feedId: number, update: FeedCheckUpdate): Promise<Feed>;

  /** Stores new items; an item whose (feed, guid) or canonical URL is already stored is skipped
   * and counted as a duplicate. All-or-nothing per call. */
  insertItems(items: readonly NewItem[]): Promise<InsertItemsResult>;
  getItem(id: number): Promise<Item | null>;
  /** Items of a feed, newest first (by publishedAt, or firstSeenAt when unknown). */
  listItems(feedId: number, limit: number): Promise<Item[]>;
  /** Items whose article is still pending, oldest first (by firstSeenAt). */
  pendingItems(limit: number): Promise<Item[]>;
  /** Marks the item's article as failed, with the reason. */
  markItemFailed(itemId: number, error: string): Promise<void>;

  /** Stores the article of an item and marks the item done, in one transaction. An item has at
   * most one article: saving again replaces its text (id and createdAt stay). */
  saveArticle(article: NewArticle): Promise<Article>;
  getArticle(id: number): Promise<Article | null>;
  getArticleByItem(itemId: number): Promise<Article | null>;
  /** Articles newest first by publishedAt (createdAt when unknown); `since` keeps those at or after it by that same time. */
  listArticles(options: { limit: number; outletId?: string; since?: string }): Promise<Article[]>;
  /** FTS5 search over article titles and text, best first. Every word of the query is required;
   * its punctuation and operators are read as plain text, so no user input makes it throw. */
  searchArticles(query: string, limit: number): Promise<ArticleHit[]>;

  /** Replaces the quotes of an article with these, in text order, in one transaction. Rejects
   * with store/not-found for an unknown article. */
  saveQuotes(articleId: number, quotes: readonly Quote[]): Promise<void>;
  /** The quotes of an article in the order they were saved; empty when it has none. */
  listQuotes(articleId: number): Promise<Quote[]>;

  /** Records where an article went, applies merges and stores the story's new state, in one
   * transaction. Recording the same article again moves it to the given story. */
  recordStoryUpdate(update: StoryUpdate): Promise<void>;
  /** A story by id; an id merged away resolves to the story that absorbed it. Null when unknown. */
  getStory(id: string): Promise<StoredStory | null>;
  /** Live (not merged) stories, most recently updated first; `before` is a cursor: the last
   * story of the previous page. */
  listStories(options: { limit: number; multiSourceOnly?: boolean; since?: string; before?: { lastSeen: string; id: string } }): Promise<StoredStory[]>;
  /** The articles of a story, oldest first (published time, else stored time). */
  listStoryMembers(storyId: string): Promise<StoryMember[]>;
  /** The story of an article, following merges; null when it has not been placed. */
  storyOfArticle(articleId: number): Promise<string | null>;
  /** Placed articles published (else stored) at or after `since`, oldest first: what a fresh
   * clusterer replays to rebuild its window. */
  storyRecordsSince(since: string): Promise<StoryRecord[]>;
  /** Stored articles not yet placed in a story, oldest first (left by a crash or added before stories existed). */
  articlesWithoutStory(limit: number): Promise<Article[]>;

  /** Stores a story's briefing as a new version, unless it equals the latest one. */
  saveBriefing(briefing: Briefing, composedAt: string): Promise<{ version: number; changed: boolean }>;
  /** The latest briefing of a story (following merges), or null. */
  getBriefing(storyId: string): Promise<StoredBriefing | null>;
  /** Every version of a story's briefing, oldest first. */
  listBriefingVersions(storyId: string): Promise<StoredBriefing[]>;
  /** The latest briefing of each live story, by story last seen, newest first. */
  listBriefings(options: { limit: number; multiSourceOnly?: boolean; since?: string; before?: { lastSeen: string; id: string } }): Promise<StoredBriefing[]>;

  recordFetchAttempt(attempt: NewFetchAttempt): Promise<void>;
  /** Fetch attempts newest first (by startedAt), optionally of one feed. */
  listFetchAttempts(options: { feedId?: number; limit: number }): Promise<FetchAttempt[]>;

  counts(): Promise<StoreCounts>;
}
