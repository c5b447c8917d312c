// The SQLite adapter of the NewsletterStore port. It opens its own connection to the main
// database file (same pragmas as the main store: WAL, synchronous=NORMAL, so a commit survives
// kill -9) and keeps its tables under its own migration ledger.
//
// The record that a message's end-of-data mark reached the kernel is not a SQLite commit but a
// line in the hand-off log (hand-off-log.ts): one write(2), where a commit takes 15–20 µs and,
// when it crosses SQLite's automatic checkpoint threshold, milliseconds. The commit follows.
import { RoundupError } from '../../core/errors.ts';
import type { Edition, NewsletterList, NewsletterStore, OutboxRow, OutboxState, Recipient, RecoveryResult, Subscriber, SubscriptionStatus, SuppressionReason } from '../../ports/newsletter-store.ts';
import { openSqliteDatabase, type SqliteDatabase } from '../store-sqlite/sqlite-connection.ts';
import { NEWSLETTER_MIGRATIONS } from './newsletter-migrations.ts';
import { runNewsletterMigrations } from './newsletter-migration-runner.ts';
import { openHandOffLog, type HandOffLog } from './hand-off-log.ts';
import * as q from './subscriber-queries.ts';
import * as o from './outbox-queries.ts';

/** Opens the newsletter store on the SQLite file at `path` (`:memory:` for throwaway tests). */
export function openNewsletterSqliteStore(options: { path: string; busyTimeoutMs?: number }): NewsletterStore {
  const file = options.path === ':memory:' || options.path === '' ? null : options.path;
  return new NewsletterSqliteStore(openSqliteDatabase(options.path, { busyTimeoutMs: options.busyTimeoutMs }), file);
}

// better-sqlite3 is synchronous: each method is one turn of the event loop, so transactions of
// this process never interleave; the async signatures are the port's.
class NewsletterSqliteStore implements NewsletterStore {
  private open = true;
  // Opened by the first sender call (a web process never touches it); none for `:memory:`.
  private log: HandOffLog | null = null;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly file: string | null,
  ) {}

  private handOffLog(): HandOffLog | null {
    if (!this.log && this.file) this.log = openHandOffLog(this.file);
    return this.log;
  }

  private use<T>(run: (db: SqliteDatabase) => T): T {
    if (!this.open) throw new RoundupError('newsletter-store/closed', 'the newsletter store is closed');
    return run(this.db);
  }

  async migrate(): Promise<void> {
    this.use((db) => runNewsletterMigrations(db, NEWSLETTER_MIGRATIONS, new Date().toISOString()));
  }
  async close(): Promise<void> {
    if (this.open) this.db.close();
    this.log?.close();
    this.log = null;
    this.open = false;
  }
  async upsertList(list: NewsletterList): Promise<void> {
    this.use((db) => q.upsertList(db, list));
  }
  async insertMissingLists(lists: readonly NewsletterList[]): Promise<void> {
    this.use((db) => q.insertMissingLists(db, lists));
  }
  async getList(slug: string): Promise<NewsletterList | null> {
    return this.use((db) => q.selectList(db, slug));
  }
  async listLists(): Promise<(NewsletterList & { confirmed: number; pending: number })[]> {
    return this.use(q.selectLists);
  }
  async findOrCreateSubscriber(input: { email: string; timeZone: string; sendHour: number | null }, now: string): Promise<Subscriber> {
    return this.use((db) => q.findOrCreateSubscriber(db, input, now));
  }
  async getSubscriber(id: number): Promise<Subscriber | null> {
    return this.use((db) => q.selectSubscriber(db, 'id', id));
  }
  async getSubscriberByEmail(email: string): Promise<Subscriber | null> {
    return this.use((db) => q.selectSubscriber(db, 'email', email));
  }
  async setSubscriptions(subscriber: number, lists: readonly string[], status: SubscriptionStatus, now: string): Promise<void> {
    this.use((db) => q.setSubscriptions(db, subscriber, lists, status, now));
  }
  async updatePreferences(subscriber: number, prefs: { timeZone: string; sendHour: number | null }): Promise<void> {
    this.use((db) => q.updatePreferences(db, subscriber, prefs));
  }
  async deleteSubscriber(subscriber: number, now: string): Promise<boolean> {
    return this.use((db) => q.deleteSubscriber(db, subscriber, now));
  }
  async exportSubscriber(subscriber: number): Promise<Record<string, unknown> | null> {
    return this.use((db) => q.exportSubscriber(db, subscriber));
  }
  async recipients(list: string): Promise<Recipient[]> {
    return this.use((db) => q.selectRecipients(db, list));
  }
  async recordSoftBounce(email: string, _now: string): Promise<number> {
    return this.use((db) => q.incrementSoftBounces(db, email));
  }
  async suppress(email: string, reason: SuppressionReason, detail: string, now: string): Promise<void> {
    this.use((db) => q.insertSuppression(db, email, reason, detail, now));
  }
  async isSuppressed(email: string): Promise<boolean> {
    return this.use((db) => q.selectIsSuppressed(db, email));
  }
  async listSuppressions(): Promise<{ email: string; reason: SuppressionReason; detail: string; createdAt: string }[]> {
    return this.use(q.selectSuppressions);
  }
  async createEdition(input: Omit<Edition, 'id' | 'createdAt'>, now: string): Promise<{ edition: Edition; created: boolean }> {
    return this.use((db) => o.insertEdition(db, input, now));
  }
  async getEdition(id: number): Promise<Edition | null> {
    return this.use((db) => o.selectEdition(db, id));
  }
  async listEditions(options: { list?: string; limit: number }): Promise<Edition[]> {
    return this.use((db) => o.selectEditions(db, options.list, options.limit));
  }
  async unfinishedEditions(list?: string): Promise<Edition[]> {
    return this.use((db) => o.selectUnfinishedEditions(db, list));
  }
  async enqueue(edition: number, rows: readonly { subscriber: number; email: string; dueAt: string }[], now: string): Promise<number> {
    return this.use((db) => o.insertOutboxRows(db, edition, rows, now));
  }
  async claimDue(now: string, limit: number, edition?: number): Promise<OutboxRow[]> {
    // The sender holds the lease and has run recovery: every line in the hand-off log is either
    // applied by that recovery or one of this process's hand-offs, committed in the same turn.
    this.log?.clear();
    return this.use((db) => o.claimDueRows(db, now, limit, edition));
  }
  markHandingOff(edition: number, subscriber: number, now: string): void {
    this.handOffLog(); // opened now, not within the hand-off
    this.use((db) => o.moveRow(db, { edition, subscriber }, ['sending'], 'handing-off', now));
  }
  // The log line first: it alone makes the hand-off durable, in one write(2); the commit follows.
  markHandedOff(edition: number, subscriber: number, attempt: number, now: string): void {
    this.use((db) => {
      this.log?.record({ edition, subscriber, attempt });
      o.moveRow(db, { edition, subscriber }, ['handing-off'], 'handed-off', now);
    });
  }
  async markSent(edition: number, subscriber: number, now: string): Promise<void> {
    this.use((db) => o.moveRow(db, { edition, subscriber }, ['sending', 'handing-off', 'handed-off'], 'sent', now, { error: null }));
  }
  async markRetry(edition: number, subscriber: number, at: string, error: string, now: string, uncertain = false): Promise<void> {
    this.use((db) => o.moveRow(db, { edition, subscriber }, ['sending', 'handing-off', 'handed-off'], 'pending', now, { error, nextAttemptAt: at, uncertain }));
  }
  async markFailed(edition: number, subscriber: number, error: string, now: string): Promise<void> {
    this.use((db) => o.moveRow(db, { edition, subscriber }, ['pending', 'sending', 'handing-off', 'handed-off'], 'failed', now, { error }));
  }
  async markSkipped(edition: number, subscriber: number, reason: string, now: string): Promise<void> {
    this.use((db) => o.moveRow(db, { edition, subscriber }, ['pending', 'sending'], 'skipped', now, { error: reason }));
  }
  async recoverInterrupted(now: string): Promise<RecoveryResult> {
    const log = this.handOffLog();
    const logged = log?.read() ?? [];
    const result = this.use((db) => o.recoverRows(db, now, logged));
    // Only once the recovery is committed: a kill before this leaves the lines for the next one.
    log?.clear();
    return result;
  }
  async getOutboxRow(edition: number, subscriber: number): Promise<OutboxRow | null> {
    return this.use((db) => o.selectOutboxRow(db, edition, subscriber));
  }
  async outboxCounts(edition?: number): Promise<Record<OutboxState, number>> {
    return this.use((db) => o.countOutbox(db, edition));
  }
  async nextOutboxDue(): Promise<string | null> {
    return this.use(o.selectNextDue);
  }
  async senderLease(): Promise<{ owner: string; expiresAt: string } | null> {
    return this.use(o.selectLease);
  }
  async acquireSenderLease(owner: string, now: string, expiresAt: string, steal?: string): Promise<boolean> {
    return this.use((db) => o.takeLease(db, owner, now, expiresAt, steal ?? null));
  }
  async releaseSenderLease(owner: string): Promise<void> {
    this.use((db) => o.dropLease(db, owner));
  }
}
