import type { Job, JobQueue } from '../ports/job-queue.ts';
import type { IngestContext } from './ingest-context.ts';
import { refreshFeed, type RefreshOutcome } from './refresh-feed.ts';
import { fetchArticle, type ArticleOutcome } from './fetch-article.ts';

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
}

/** Hooks called as jobs finish, for progress bars and logs. */
export interface IngestObserver {
  onFeed?(feedId: number, outcome: RefreshOutcome, progress: Readonly<IngestProgress>): void;
  onArticle?(itemId: number, outcome: ArticleOutcome, progress: Readonly<IngestProgress>): void;
}

const PAGE = 1000;

/** Ties the ingestion use cases to a job queue: a refreshed feed queues its new items' articles. */
export class Ingestor {
  readonly progress: IngestProgress = { feedsQueued: 0, feedsDone: 0, feedsFailed: 0, itemsNew: 0, itemsDuplicate: 0, articlesQueued: 0, articlesDone: 0, articlesFailed: 0 };
  private observer: IngestObserver = {};

  constructor(
    private readonly ctx: IngestContext,
    private readonly queue: JobQueue,
  ) {
    queue.start((job) => this.handle(job));
  }

  /** Sets the hooks called as jobs finish. */
  observe(observer: IngestObserver): void {
    this.observer = observer;
  }

  /** Runs one job; exported through the queue only. */
  private async handle(job: Job): Promise<void> {
    if (job.type === 'refresh-feed') await this.handleFeed(job.feedId);
    else await this.handleArticle(job.itemId);
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

  /** One pass: pending items, then due feeds and their new items, until the queue is idle. */
  async runOnce(options: { all?: boolean } = {}): Promise<Readonly<IngestProgress>> {
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
