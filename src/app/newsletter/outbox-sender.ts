// The sender: takes the lease, recovers what a killed sender left, then claims due outbox rows
// and sends each at most at the configured rate over the mailer's pool. The guarantee (see
// README.md beside this file): no row is ever left unsent by a crash; a row is sent again only
// when no complete copy reached the server, or when nobody can know (a crash within the
// microseconds of the hand-off, a connection lost after the end-of-data mark), and those resends
// are counted on the row and carry the same Message-ID.
import { hostname } from 'node:os';
import { RoundupError } from '../../core/errors.ts';
import type { Edition, NewsletterList, OutboxRow, OutboxState } from '../../ports/newsletter-store.ts';
import type { Mailer } from '../../ports/mailer.ts';
import { decideAfterFailure } from '../../stages/newsletter/smtp-outcome.ts';
import type { NewsletterContext } from './newsletter-context.ts';
import { editionMessage } from './edition-message.ts';
import { createPacer, type Pacer } from './send-pacer.ts';
import { senderOwner, withSenderLease } from './sender-lease.ts';

/** Options of one sending run. */
export interface SendRunOptions {
  /** Only this edition's rows. */
  readonly edition?: number;
  /** Return once no row is due now (a CLI run); otherwise sleep until the next one is due. */
  readonly untilIdle: boolean;
  readonly signal?: AbortSignal;
  /** Called after each row with the counts so far. */
  readonly onProgress?: (report: SendReport) => void;
}

/** Counts of one run. */
export interface SendReport {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
  /** Rows recovered at start: requeued (`sending`) and assumed sent (`handed-off`). */
  requeued: number;
  assumedSent: number;
  /** Rows sent again without knowing whether the server already had a copy: recovered
   * `handing-off` rows, and connections lost after the end-of-data mark. */
  uncertain: number;
}

interface RunState {
  readonly ctx: NewsletterContext;
  readonly mailer: Mailer;
  readonly pacer: Pacer;
  readonly editions: Map<number, { edition: Edition; list: NewsletterList } | null>;
  readonly report: SendReport;
  readonly options: SendRunOptions;
}

/** Sends due outbox rows until idle (or until aborted); safe to run again after any crash. */
export async function runOutbox(ctx: NewsletterContext, options: SendRunOptions): Promise<SendReport> {
  const mailer = ctx.mailer;
  if (!mailer) throw new RoundupError('newsletter/no-smtp', 'no SMTP server configured (ROUNDUP_SMTP_URL)');
  return withSenderLease(ctx, senderOwner(hostname(), process.pid), async () => {
    const recovered = await ctx.store.recoverInterrupted(ctx.clock.now().toISOString());
    const report: SendReport = { sent: 0, retried: 0, failed: 0, skipped: 0, ...recovered };
    if (recovered.uncertain) ctx.logger.warn({ ...recovered }, 'outbox recovered after an interrupted run: some messages were caught mid hand-off and go out again with the same Message-ID');
    else if (recovered.requeued || recovered.assumedSent) ctx.logger.info({ ...recovered }, 'outbox recovered after an interrupted run');
    const state: RunState = { ctx, mailer, pacer: createPacer(ctx.settings.ratePerSecond), editions: new Map(), report, options };
    await loop(state);
    return report;
  });
}

async function loop(s: RunState): Promise<void> {
  const batch = Math.max(8, s.ctx.settings.concurrency * 8);
  while (!s.options.signal?.aborted) {
    const rows = await s.ctx.store.claimDue(s.ctx.clock.now().toISOString(), batch, s.options.edition);
    if (rows.length === 0) {
      if (s.options.untilIdle) return;
      await sleepUntilDue(s);
      continue;
    }
    await mapLimit(rows, s.ctx.settings.concurrency * 2, (row) => deliver(s, row));
  }
}

async function sleepUntilDue(s: RunState): Promise<void> {
  const next = await s.ctx.store.nextOutboxDue();
  const wait = next === null ? 30_000 : Math.max(50, Math.min(30_000, Date.parse(next) - s.ctx.clock.now().getTime()));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, wait);
    s.options.signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** Sends one claimed row; every path ends in one state change guarded by the row's state. */
async function deliver(s: RunState, row: OutboxRow): Promise<void> {
  const { ctx } = s;
  const target = await editionOf(s, row.edition);
  const why = target ? await skipReason(ctx, row, target.list.slug) : 'edition deleted';
  if (why !== null || !target) return finish(s, row, 'skipped', why ?? 'edition deleted');
  await s.pacer.wait();
  const message = editionMessage(ctx, target.edition, target.list, { id: row.subscriber, email: row.email });
  let marking = false;
  let at = '';
  const outcome = await s.mailer.send(message, {
    // From this commit on, a crash leaves evidence: the row is `handing-off`, sent again on restart.
    beforeMark: () => {
      at = ctx.clock.now().toISOString();
      ctx.store.markHandingOff(row.edition, row.subscriber, at);
      marking = true;
    },
    // The mark is in the kernel: once this is recorded (the hand-off log's write(2) comes first),
    // the row is never sent again. Nothing else runs between the mark's write and this record
    // (`at` is computed beforehand).
    afterMark: () => ctx.store.markHandedOff(row.edition, row.subscriber, row.attempts, at),
  });
  if (outcome.kind === 'accepted') return finish(s, row, 'sent', null);
  if (outcome.permanent && outcome.responseCode !== null && [550, 551, 553].includes(outcome.responseCode)) {
    await ctx.store.suppress(row.email, 'hard-bounce', `${outcome.responseCode} ${outcome.message}`, ctx.clock.now().toISOString());
  }
  const decision = decideAfterFailure(outcome, row.attempts, ctx.clock.now(), ctx.random());
  if (decision.kind === 'failed') return finish(s, row, 'failed', decision.reason);
  // No reply after the mark may have gone out (RFC 1047): the server may have kept the message.
  const uncertain = marking && outcome.responseCode === null;
  await ctx.store.markRetry(row.edition, row.subscriber, decision.at.toISOString(), outcome.message, ctx.clock.now().toISOString(), uncertain);
  s.report.retried += 1;
  if (uncertain) s.report.uncertain += 1;
  s.options.onProgress?.(s.report);
}

async function finish(s: RunState, row: OutboxRow, to: Extract<OutboxState, 'sent' | 'failed' | 'skipped'>, reason: string | null): Promise<void> {
  const now = s.ctx.clock.now().toISOString();
  if (to === 'sent') await s.ctx.store.markSent(row.edition, row.subscriber, now);
  else if (to === 'failed') await s.ctx.store.markFailed(row.edition, row.subscriber, reason ?? 'failed', now);
  else await s.ctx.store.markSkipped(row.edition, row.subscriber, reason ?? 'skipped', now);
  s.report[to] += 1;
  s.options.onProgress?.(s.report);
}

// Checked at send time, not at compose time: a subscriber may leave, be deleted or bounce
// between the two.
async function skipReason(ctx: NewsletterContext, row: OutboxRow, list: string): Promise<string | null> {
  const subscriber = await ctx.store.getSubscriber(row.subscriber);
  if (!subscriber || row.email === '') return 'subscriber deleted';
  if (subscriber.subscriptions.find((x) => x.list === list)?.status !== 'confirmed') return 'unsubscribed';
  if (await ctx.store.isSuppressed(row.email)) return 'suppressed';
  return null;
}

async function editionOf(s: RunState, id: number): Promise<{ edition: Edition; list: NewsletterList } | null> {
  if (!s.editions.has(id)) {
    const edition = await s.ctx.store.getEdition(id);
    const list = edition ? await s.ctx.store.getList(edition.list) : null;
    s.editions.set(id, edition && list ? { edition, list } : null);
  }
  return s.editions.get(id) ?? null;
}

/** Runs `work` over items with at most `limit` in flight. */
async function mapLimit<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
