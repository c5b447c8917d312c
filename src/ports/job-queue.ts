/** A unit of background work. Jobs carry ids only; their handlers refetch what they need and are
 * idempotent, so a job that runs twice does no harm. */
export type Job =
  | { readonly type: 'refresh-feed'; readonly feedId: number }
  | { readonly type: 'fetch-article'; readonly itemId: number }
  | { readonly type: 'process-article'; readonly articleId: number }
  | { readonly type: 'compose-briefing'; readonly storyId: string };

/** Runs one job; a thrown error is logged by the queue and does not stop other jobs. */
export type JobHandler = (job: Job) => Promise<void>;

/** The job queue port: in-process by default, PostgreSQL-backed at scale (a later adapter). */
export interface JobQueue {
  /** Adds a job unless an identical one is already waiting or running. Returns false when it was already queued. */
  enqueue(job: Job): Promise<boolean>;
  /** Starts running jobs with the handler; call once. */
  start(handler: JobHandler): void;
  /** Resolves when no job is waiting or running. */
  idle(): Promise<void>;
  /** Jobs waiting and running now. */
  size(): number;
  /** Stops taking jobs and waits for the running ones. */
  close(): Promise<void>;
}

/** A stable key of a job, for deduplication. */
export function jobKey(job: Job): string {
  switch (job.type) {
    case 'refresh-feed':
      return `refresh-feed:${job.feedId}`;
    case 'fetch-article':
      return `fetch-article:${job.itemId}`;
    case 'process-article':
      return `process-article:${job.articleId}`;
    case 'compose-briefing':
      return `compose-briefing:${job.storyId}`;
  }
}
