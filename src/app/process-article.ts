import { describeError } from '../core/errors.ts';
import { findQuotes } from '../stages/quotes/index.ts';
import type { IngestContext } from './ingest-context.ts';
import type { StoryDesk } from './story-desk.ts';

/** What processing a stored article did. */
export type ProcessOutcome =
  | { readonly kind: 'placed'; readonly storyId: string; readonly quotes: number; readonly newStory: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly reason: string };

/** Finds an article's quotes and places it in a story, storing both. Idempotent: quotes are
 * replaced and a second placement of the same article changes nothing. */
export async function processArticle(ctx: IngestContext, desk: StoryDesk, articleId: number): Promise<ProcessOutcome> {
  const article = await ctx.store.getArticle(articleId);
  if (!article) return { kind: 'missing' };
  try {
    const quotes = findQuotes(article.text);
    await ctx.store.saveQuotes(article.id, quotes);
    const update = await desk.place(article);
    return { kind: 'placed', storyId: update.storyId, quotes: quotes.length, newStory: update.story.articleIds.length === 1 };
  } catch (err) {
    const reason = describeError(err);
    ctx.logger.error({ articleId, err: reason }, 'processing the article failed');
    return { kind: 'failed', reason };
  }
}
