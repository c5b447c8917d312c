import type { Article } from '../core/item.ts';
import { RoundupError } from '../core/errors.ts';
import type { StoryArticle } from '../core/story.ts';
import type { Store, StoryUpdate } from '../ports/store.ts';
import type { Clock } from '../ports/clock.ts';
import { StoryClusterer } from '../stages/stories/index.ts';

const DAY_MS = 24 * 3600 * 1000;

/** A stored article as the stories stage reads it. */
export function storyArticleOf(article: Article): StoryArticle {
  const time = Date.parse(article.publishedAt ?? article.createdAt);
  return { id: String(article.id), outlet: article.outletId, title: article.title, text: article.text, publishedAt: Number.isNaN(time) ? null : time, url: article.url };
}

/**
 * Places stored articles into stories with the online clusterer, which keeps the window's
 * stories in memory, and stores every placement. One desk per process: placements are
 * serialised so that each one sees the window as the last one left it.
 */
export class StoryDesk {
  private readonly clusterer: StoryClusterer;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly windowDays: number,
  ) {
    this.clusterer = new StoryClusterer({ windowMs: windowDays * DAY_MS });
  }

  /** Rebuilds the window from the stored placements of the last `windowDays`. Returns how many articles it replayed. */
  async restore(): Promise<number> {
    const since = new Date(this.clock.now().getTime() - this.windowDays * DAY_MS).toISOString();
    const records = await this.store.storyRecordsSince(since);
    this.clusterer.restore(records);
    return records.length;
  }

  /** Places one stored article and stores where it went; placing it again changes nothing. */
  place(article: Article): Promise<StoryUpdate> {
    const next = this.queue.then(() => this.placeNow(article));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async placeNow(article: Article): Promise<StoryUpdate> {
    const assignment = this.clusterer.assign(storyArticleOf(article));
    const story = this.clusterer.story(assignment.storyId);
    // The story was just joined or started, so the window holds it; anything else is a bug.
    if (!story) throw new RoundupError('stories/missing', `story ${assignment.storyId} of article ${article.id} is not in the window`);
    const update: StoryUpdate = {
      articleId: article.id,
      storyId: assignment.storyId,
      duplicateOf: assignment.duplicateOf === null ? null : Number(assignment.duplicateOf),
      duplicateKind: assignment.duplicateKind,
      score: assignment.score,
      language: assignment.language,
      merges: assignment.merges,
      story,
    };
    if (!assignment.repeated) await this.store.recordStoryUpdate(update);
    return update;
  }
}
