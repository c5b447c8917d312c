import type { Feed } from '../core/outlet.ts';
import type { Item } from '../core/item.ts';
import type { ParsedFeed } from '../core/feed-entry.ts';
import { describeError, isRoundupError } from '../core/errors.ts';
import type { HttpOk, HttpResponse } from '../ports/http-client.ts';
import type { FeedCheckUpdate } from '../ports/store.ts';
import { decodeBody } from '../stages/fetch/body-decode.ts';
import { parseFeed, FeedTruncatedError } from '../stages/feeds/index.ts';
import { backoffSeconds } from '../stages/fetch/backoff.ts';
import { refreshIntervalSeconds } from '../stages/fetch/refresh-interval.ts';
import type { IngestContext } from './ingest-context.ts';
import { itemFromEntry, uniqueByGuid } from './item-from-entry.ts';
import { outcomeOfError, statusOfError } from './fetch-outcome.ts';

/** What one refresh of a feed did. */
export type RefreshOutcome =
  | { readonly kind: 'updated'; readonly newItems: readonly Item[]; readonly duplicates: number }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number | null }
  | FailedRefresh
  | { readonly kind: 'missing' };

/** A refresh that failed; a truncated feed still yields the items of its complete entries. */
export interface FailedRefresh {
  readonly kind: 'failed';
  readonly code: string;
  readonly message: string;
  readonly newItems?: readonly Item[];
}

const addSeconds = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000).toISOString();

/** When to try again after `errorCount` consecutive failures. */
function backoffFor(ctx: IngestContext, errorCount: number): number {
  const { minIntervalSeconds: baseSeconds, maxIntervalSeconds: maxSeconds } = ctx.settings;
  return backoffSeconds(errorCount, ctx.random(), { baseSeconds, maxSeconds });
}

/** Stores the entries of a parsed feed; already stored ones are skipped. */
function storeEntries(ctx: IngestContext, feed: Feed, parsed: ParsedFeed, seenAt: string) {
  return ctx.store.insertItems(uniqueByGuid(parsed.entries.map((entry) => itemFromEntry(entry, feed, seenAt))));
}

/** Stores the entries of a parsed feed and schedules the next check from its posting rhythm. */
async function storeParsedFeed(ctx: IngestContext, feed: Feed, response: HttpOk, parsed: ParsedFeed, now: Date): Promise<RefreshOutcome> {
  const seenAt = now.toISOString();
  const result = await storeEntries(ctx, feed, parsed, seenAt);
  const entryDates = parsed.entries.map((e) => e.published ?? e.updated).filter((d): d is string => d !== null);
  const interval = refreshIntervalSeconds({
    entryDates,
    ttlMinutes: parsed.ttlMinutes,
    cacheControl: response.headers['cache-control'] ?? null,
    now,
    minSeconds: ctx.settings.minIntervalSeconds,
    maxSeconds: ctx.settings.maxIntervalSeconds,
  });
  await ctx.store.recordFeedCheck(feed.id, {
    checkedAt: seenAt,
    nextCheckAt: addSeconds(now, interval),
    intervalSeconds: interval,
    ...redirectUpdate(response),
    title: parsed.title ?? feed.title,
    etag: response.headers.etag ?? null,
    lastModified: response.headers['last-modified'] ?? null,
    error: null,
  });
  return { kind: 'updated', newItems: result.inserted, duplicates: result.duplicates };
}

/** The stored URL moves only on a permanent redirect. */
function redirectUpdate(response: HttpResponse): Pick<FeedCheckUpdate, 'url'> {
  return response.permanentRedirectTo ? { url: response.permanentRedirectTo } : {};
}

/** Records a failure on the feed with its reason and backs off exponentially. */
async function recordFailure(ctx: IngestContext, feed: Feed, err: unknown, now: Date): Promise<FailedRefresh> {
  const code = isRoundupError(err) ? err.code : 'ingest/unexpected';
  const message = describeError(err);
  const wait = backoffFor(ctx, feed.errorCount + 1);
  await ctx.store.recordFeedCheck(feed.id, { checkedAt: now.toISOString(), nextCheckAt: addSeconds(now, wait), error: { code, message } });
  ctx.logger.warn({ feedId: feed.id, url: feed.url, code, retryInSeconds: wait }, message);
  return { kind: 'failed', code, message };
}

/** Reschedules a feed that answered 304 or asked us to slow down. */
async function recordQuietAnswer(ctx: IngestContext, feed: Feed, response: HttpResponse, now: Date): Promise<RefreshOutcome> {
  if (response.kind === 'rate-limited') {
    const wait = Math.max(response.retryAfterSeconds ?? 0, backoffFor(ctx, feed.errorCount + 1));
    await ctx.store.recordFeedCheck(feed.id, { checkedAt: now.toISOString(), nextCheckAt: addSeconds(now, wait), ...redirectUpdate(response) });
    return { kind: 'rate-limited', retryAfterSeconds: response.retryAfterSeconds };
  }
  await ctx.store.recordFeedCheck(feed.id, {
    checkedAt: now.toISOString(),
    nextCheckAt: addSeconds(now, feed.intervalSeconds),
    ...redirectUpdate(response),
    error: null,
  });
  return { kind: 'not-modified' };
}

/** Fetches one feed conditionally, parses it, stores its new items and schedules its next check.
 * Idempotent: items already stored are skipped, so running it twice stores nothing twice. */
export async function refreshFeed(ctx: IngestContext, feedId: number): Promise<RefreshOutcome> {
  const feed = await ctx.store.getFeed(feedId);
  if (!feed) return { kind: 'missing' };
  const started = ctx.clock.now();
  let response: HttpResponse | null = null;
  try {
    response = await ctx.http.get({ url: feed.url, purpose: 'feed', etag: feed.etag, lastModified: feed.lastModified });
    const now = ctx.clock.now();
    if (response.kind !== 'ok') {
      await recordAttempt(ctx, feed, started, response, response.kind === 'not-modified' ? 'not-modified' : 'rate-limited', null);
      return await recordQuietAnswer(ctx, feed, response, now);
    }
    const { text } = decodeBody(response.body, response.headers['content-type'] ?? null);
    const parsed = parseFeed(text, { url: response.finalUrl });
    await recordAttempt(ctx, feed, started, response, 'ok', null);
    return await storeParsedFeed(ctx, feed, response, parsed, now);
  } catch (err) {
    await recordAttempt(ctx, feed, started, response, outcomeOfError(err), err);
    // A feed cut off mid-document still fails (its reason is shown), but its complete entries are kept.
    const recovered = err instanceof FeedTruncatedError && err.recovered ? await storeEntries(ctx, feed, err.recovered, ctx.clock.now().toISOString()) : null;
    const failed = await recordFailure(ctx, feed, err, ctx.clock.now());
    return recovered && recovered.inserted.length > 0 ? { ...failed, newItems: recovered.inserted } : failed;
  }
}

/** Records one fetch attempt of a feed, whatever its outcome. */
async function recordAttempt(ctx: IngestContext, feed: Feed, started: Date, response: HttpResponse | null, outcome: ReturnType<typeof outcomeOfError>, err: unknown): Promise<void> {
  await ctx.store.recordFetchAttempt({
    feedId: feed.id,
    itemId: null,
    url: feed.url,
    startedAt: started.toISOString(),
    durationMs: Math.max(0, ctx.clock.now().getTime() - started.getTime()),
    status: response?.status ?? statusOfError(err),
    outcome,
    bytes: response?.kind === 'ok' ? response.body.byteLength : null,
    error: err ? describeError(err) : null,
  });
}
