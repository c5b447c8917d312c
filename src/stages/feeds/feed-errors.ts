// The feed stage's failures. Messages are one line and meant for people: they are shown in
// `roundup sources list` beside the source that failed.
import type { ParsedFeed } from '../../core/feed-entry.ts';
import { RoundupError } from '../../core/errors.ts';

/** Codes of the errors this stage throws. */
export const FEED_ERROR_CODES = {
  htmlPage: 'feeds/html-page',
  notAFeed: 'feeds/not-a-feed',
  truncated: 'feeds/truncated',
  malformed: 'feeds/malformed',
} as const;

/**
 * The document ends part-way (a size limit, a dropped connection). `recovered` holds the feed
 * with only its complete entries, or null when not even the feed's header could be read, so a
 * caller can keep what arrived while still reporting the problem.
 */
export class FeedTruncatedError extends RoundupError {
  readonly recovered: ParsedFeed | null;

  constructor(message: string, recovered: ParsedFeed | null) {
    super(FEED_ERROR_CODES.truncated, message);
    this.name = 'FeedTruncatedError';
    this.recovered = recovered;
  }
}

/** An HTML page where a feed was expected; names the page's own feed link when it has one. */
export function htmlPageError(feedLinks: readonly string[]): RoundupError {
  const [first] = feedLinks;
  const hint = first ? `; the page links to a feed at ${first}, try that address` : ', and it links to no feed';
  return new RoundupError(FEED_ERROR_CODES.htmlPage, `This is an HTML page, not a feed${hint}`);
}

/** A document that is no feed format we read; `seen` says what it is instead. */
export function notAFeedError(seen: string): RoundupError {
  return new RoundupError(FEED_ERROR_CODES.notAFeed, `Not a feed: ${seen}`);
}

/** A document that claims a feed format but cannot be read as one. */
export function malformedError(what: string, cause?: unknown): RoundupError {
  return new RoundupError(FEED_ERROR_CODES.malformed, `Malformed feed: ${what}`, { cause });
}

/** A truncated document; says how much could be kept. */
export function truncatedError(recovered: ParsedFeed | null): FeedTruncatedError {
  const kept = recovered ? `; the ${plural(recovered.entries.length, 'complete entry', 'complete entries')} before the cut can be kept` : '';
  return new FeedTruncatedError(`The feed is cut off part-way through (incomplete download?)${kept}`, recovered);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
