/** Where an article's text came from: the feed's own content or the fetched page. */
export type ArticleSource = 'feed' | 'page';

/** State of fetching an item's page into an article. */
export type ItemArticleState = 'pending' | 'done' | 'failed';

/** A feed entry as stored: deduplicated by guid within its feed and by canonical URL across all feeds. */
export interface Item {
  readonly id: number;
  readonly feedId: number;
  readonly outletId: string;
  readonly guid: string;
  readonly url: string | null;
  readonly canonicalUrl: string | null;
  readonly title: string | null;
  readonly summary: string | null;
  readonly content: string | null;
  readonly authors: readonly string[];
  readonly categories: readonly string[];
  readonly imageUrl: string | null;
  readonly publishedAt: string | null;
  readonly updatedAt: string | null;
  readonly firstSeenAt: string;
  readonly articleState: ItemArticleState;
  readonly articleError: string | null;
}

/** An item to store, as built from a feed entry. */
export type NewItem = Omit<Item, 'id' | 'articleState' | 'articleError'>;

/** The text of one item, the unit the later stages (stories, quotes, briefings) read. */
export interface Article {
  readonly id: number;
  readonly itemId: number;
  readonly outletId: string;
  readonly url: string | null;
  readonly title: string;
  /** Plain text, paragraphs separated by blank lines. */
  readonly text: string;
  readonly byline: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly source: ArticleSource;
  readonly createdAt: string;
}

/** An article to store. */
export type NewArticle = Omit<Article, 'id' | 'createdAt'>;

/** Outcome class of one HTTP fetch, recorded for every attempt. */
export type FetchOutcome = 'ok' | 'not-modified' | 'rate-limited' | 'redirect-loop' | 'blocked' | 'too-large' | 'timeout' | 'http-error' | 'network-error' | 'parse-error' | 'robots-disallowed';

/** One recorded fetch of a feed or page. */
export interface FetchAttempt {
  readonly id: number;
  readonly feedId: number | null;
  readonly itemId: number | null;
  readonly url: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly status: number | null;
  readonly outcome: FetchOutcome;
  readonly bytes: number | null;
  readonly error: string | null;
}

/** A fetch attempt to record. */
export type NewFetchAttempt = Omit<FetchAttempt, 'id'>;
