import type { Item, NewArticle, ArticleSource } from '../core/item.ts';
import { describeError, isRoundupError } from '../core/errors.ts';
import { decodeBody } from '../stages/fetch/body-decode.ts';
import { extractArticle, htmlToPlainText } from '../stages/extract/index.ts';
import type { ExtractedArticle } from '../core/extracted-article.ts';
import type { IngestContext } from './ingest-context.ts';
import { outcomeOfError, statusOfError } from './fetch-outcome.ts';

/** What processing one item did. */
export type ArticleOutcome =
  | { readonly kind: 'stored'; readonly articleId: number; readonly source: ArticleSource }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'skipped' };

/** Text from the feed itself: its full content, else its summary. */
function feedText(item: Item): string {
  return htmlToPlainText(item.content ?? '') || htmlToPlainText(item.summary ?? '');
}

// A page's text replaces the feed's unless it is much shorter (a paywall stub, a cookie wall).
const PAGE_OVER_FEED_RATIO = 0.8;

/** A date-only or offset time from a page, as the UTC ISO form the store keeps; null if unreadable. */
function isoTime(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Builds the article of an item from its extracted page (when there is one) and its feed entry. */
function composeArticle(item: Item, page: ExtractedArticle | null, outletLanguage: string | null): NewArticle | null {
  const fromFeed = feedText(item);
  const fromPage = page?.text ?? '';
  const source: ArticleSource = fromPage && fromPage.length >= fromFeed.length * PAGE_OVER_FEED_RATIO ? 'page' : 'feed';
  const text = source === 'page' ? fromPage : fromFeed;
  const title = item.title ?? page?.title ?? null;
  if (!text && !title) return null;
  return {
    itemId: item.id,
    outletId: item.outletId,
    url: item.url,
    title: title ?? '',
    text,
    byline: item.authors.join(', ') || page?.byline.join(', ') || null,
    publishedAt: item.publishedAt ?? isoTime(page?.published ?? null),
    language: outletLanguage ?? page?.language ?? null,
    source,
  };
}

/** Fetches and extracts an item's page; null when pages are off, the item has no URL, robots.txt
 * says no, or the page holds no article. */
async function fetchPage(ctx: IngestContext, item: Item): Promise<ExtractedArticle | null> {
  if (!ctx.settings.fetchPages || !item.url) return null;
  const started = ctx.clock.now();
  const record = (status: number | null, outcome: ReturnType<typeof outcomeOfError> | 'ok', bytes: number | null, error: string | null) =>
    ctx.store.recordFetchAttempt({ feedId: null, itemId: item.id, url: item.url as string, startedAt: started.toISOString(), durationMs: Math.max(0, ctx.clock.now().getTime() - started.getTime()), status, outcome, bytes, error });
  try {
    const response = await ctx.http.get({ url: item.url, purpose: 'page' });
    if (response.kind !== 'ok') {
      await record(response.status, response.kind, null, null);
      return null;
    }
    await record(response.status, 'ok', response.body.byteLength, null);
    const outcome = extractArticle(decodeBody(response.body, response.headers['content-type'] ?? null).text, { url: response.finalUrl });
    if (outcome.kind === 'no-article') ctx.logger.debug({ itemId: item.id, url: item.url, reason: outcome.reason }, 'no article on the page');
    return outcome.kind === 'article' ? outcome.article : null;
  } catch (err) {
    await record(statusOfError(err), outcomeOfError(err), null, describeError(err));
    // A page that cannot be had (robots.txt, 404, timeout) still leaves the feed's own text.
    if (isRoundupError(err) && err.code === 'fetch/robots-disallowed') return null;
    if (feedText(item)) return null;
    throw err;
  }
}

/** Turns a pending item into a stored article. Idempotent: an item already done is skipped. */
export async function fetchArticle(ctx: IngestContext, itemId: number): Promise<ArticleOutcome> {
  const item = await ctx.store.getItem(itemId);
  if (!item || item.articleState === 'done') return { kind: 'skipped' };
  try {
    const page = await fetchPage(ctx, item);
    const outlet = await ctx.store.getOutlet(item.outletId);
    const article = composeArticle(item, page, outlet?.language ?? null);
    if (!article) {
      await ctx.store.markItemFailed(item.id, 'neither the feed nor the page gave a title or text');
      return { kind: 'failed', reason: 'no text' };
    }
    const saved = await ctx.store.saveArticle(article);
    return { kind: 'stored', articleId: saved.id, source: saved.source };
  } catch (err) {
    const reason = describeError(err);
    await ctx.store.markItemFailed(item.id, reason);
    ctx.logger.warn({ itemId, url: item.url }, reason);
    return { kind: 'failed', reason };
  }
}
