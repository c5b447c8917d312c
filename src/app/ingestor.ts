import type { Job, JobQueue } from '../ports/job-queue.ts';
import type { IngestContext } from './ingest-context.ts';
import { refreshFeed, type RefreshOutcome } from './refresh-feed.ts';
import { fetchArticle, type ArticleOutcome } from './fetch-article.ts';
import { processArticle, type ProcessOutcome } from './process-article.ts';
import { composeStoryBriefing, type ComposeOutcome } from './compose-story-briefing.ts';
import type { StoryDesk } from './story-desk.ts';

/** Running totals of an ingestion pass, reported as it goes. */
export interface IngestProgress {
  feedsQueued: number;
  feedsDone: number;
  feedsFailed: number;
  itemsNew: number;
  itemsDuplicate: number;
  articlesQueued: number;
  articlesDone: number;
  articlesFailed: number;
  articlesPlaced: number;
  briefingsSaved: number;
}

/** Hooks called as jobs finish, for progress bars and logs. */
export interface IngestObserver {
  onFeed?(feedId: number, outcome: RefreshOutcome, progress: Readonly<IngestProgress>): void;
  onArticle?(itemId: number, outcome: ArticleOutcome, progress: Readonly<IngestProgress>): void;
  onPlaced?(articleId: number, outcome: ProcessOutcome, progress: Readonly<IngestProgress>): void;
  onBriefing?(storyId: string, outcome: ComposeOutcome, progress: Readonly<IngestProgress>): void;
}

const PAGE = 1000;

/** Ties the use cases to a job queue: a refreshed feed queues its new items' articles, a stored
 * article is processed (quotes, story), and a changed story has its briefing recomposed. Without
 * a story desk, ingestion stops at stored articles. */
export class Ingestor {
  readonly progress: IngestProgress = { feedsQueued: 0, feedsDone: 0, feedsFailed: 0, itemsNew: 0, itemsDuplicate: 0, articlesQueued: 0, articlesDone: 0, articlesFailed: 0, articlesPlaced: 0, briefingsSaved: 0 };
  private observer: IngestObserver = {};

  constructor(
    private readonly ctx: IngestContext,
    private readonly queue: JobQueue,
    private readonly desk: StoryDesk | null = null,
  ) {
    queue.start((job) => this.handle(job));
  }

  /** Sets the hooks called as jobs finish. */
  observe(observer: IngestObserver): void {
    this.observer = observer;
  }

  /** Runs one job; exported through the queue only. */
  private async handle(job: Job): Promise<void> {
    switch (job.type) {
      case 'refresh-feed':
        return this.handleFeed(job.feedId);
      case 'fetch-article':
        return this.handleArticle(job.itemId);
      case 'process-article':
        return this.handleProcess(job.articleId);
      case 'compose-briefing':
        return this.handleBriefing(job.storyId);
    }
  }

  private async handleProcess(articleId: number): Promise<void> {
    if (!this.desk) return;
    const outcome = await processArticle(this.ctx, this.desk, articleId);
    if (outcome.kind === 'placed') {
      this.progress.articlesPlaced++;
      // Waiting compose jobs are deduplicated, so a burst of articles on one story composes it once or twice, not per article.
      await this.queue.enqueue({ type: 'compose-briefing', storyId: outcome.storyId });
    }
    this.observer.onPlaced?.(articleId, outcome, this.progress);
  }

  private async handleBriefing(storyId: string): Promise<void> {
    const outcome = await composeStoryBriefing(this.ctx, storyId);
    if (outcome.kind === 'saved' && outcome.changed) this.progress.briefingsSaved++;
    this.observer.onBriefing?.(storyId, outcome, this.progress);
  }

  private async handleFeed(feedId: number): Promise<void> {
    const outcome = await refreshFeed(this.ctx, feedId);
    this.progress.feedsDone++;
    if (outcome.kind === 'failed') this.progress.feedsFailed++;
    if (outcome.kind === 'updated') this.progress.itemsDuplicate += outcome.duplicates;
    const newItems = outcome.kind === 'updated' || outcome.kind === 'failed' ? (outcome.newItems ?? []) : [];
    this.progress.itemsNew += newItems.length;
    for (const item of newItems) await this.enqueueArticle(item.id);
    this.observer.onFeed?.(feedId, outcome, this.progress);
  }

  private async handleArticle(itemId: number): Promise<void> {
    const outcome = await fetchArticle(this.ctx, itemId);
    this.progress.articlesDone++;
    if (outcome.kind === 'failed') this.progress.articlesFailed++;
    if (outcome.kind === 'stored' && this.desk) await this.queue.enqueue({ type: 'process-article', articleId: outcome.articleId });
    this.observer.onArticle?.(itemId, outcome, this.progress);
  }

  private async enqueueArticle(itemId: number): Promise<void> {
    if (await this.queue.enqueue({ type: 'fetch-article', itemId })) this.progress.articlesQueued++;
  }

  /** Queues every feed that is due (or every feed, with `all`). Returns how many were queued. */
  async enqueueDueFeeds(options: { all?: boolean } = {}): Promise<number> {
    const feeds = options.all ? await this.ctx.store.listFeeds() : await this.ctx.store.dueFeeds(this.ctx.clock.now().toISOString(), 100_000);
    let queued = 0;
    for (const feed of feeds) if (await this.queue.enqueue({ type: 'refresh-feed', feedId: feed.id })) queued++;
    this.progress.feedsQueued += queued;
    return queued;
  }

  /** Queues the items left pending by an earlier run (for example one killed mid-way). */
  async enqueuePendingItems(): Promise<number> {
    let queued = 0;
    for (let batch = await this.ctx.store.pendingItems(PAGE * 100); batch.length > 0; batch = []) {
      for (const item of batch) if (await this.queue.enqueue({ type: 'fetch-article', itemId: item.id })) queued++;
    }
    this.progress.articlesQueued += queued;
    return queued;
  }

  /** Rebuilds the story window and queues the articles an earlier run stored but never placed. */
  async resumeStories(): Promise<number> {
    if (!this.desk) return 0;
    await this.desk.restore();
    let queued = 0;
    for (const article of await this.ctx.store.articlesWithoutStory(PAGE * 100)) {
      if (await this.queue.enqueue({ type: 'process-article', articleId: article.id })) queued++;
    }
    return queued;
  }

  /** One pass: unplaced articles and pending items, then due feeds and their new items, until the queue is idle. */
  async runOnce(options: { all?: boolean } = {}): Promise<Readonly<IngestProgress>> {
    await this.resumeStories();
    await this.enqueuePendingItems();
    await this.enqueueDueFeeds(options);
    await this.queue.idle();
    return this.progress;
  }

  /** Waits for running jobs and stops taking new ones. */
  async close(): Promise<void> {
    await this.queue.close();
  }
}
