// The newsletter's storage port: lists, subscribers and their subscriptions, the suppression
// list, editions and the outbox (one row per edition and subscriber, with its state). Owned by
// the newsletter use cases; the SQLite adapter keeps its own tables and migration ledger in the
// main database file. Contract suite: test/newsletter/newsletter-store-contract.ts.

/** A list as stored (the stage's ListSettings has the same shape). */
export interface NewsletterList {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly cadence: 'daily' | 'weekly';
  readonly sendHour: number;
  readonly weekday: number | null;
  readonly selection: 'overnight-top' | 'day-biggest' | 'good-news';
  readonly maxBriefings: number;
  readonly lookbackHours: number;
}

/** A subscriber's state on one list. */
export type SubscriptionStatus = 'pending' | 'confirmed' | 'unsubscribed';

/** One list a subscriber is on (or was). */
export interface Subscription {
  readonly list: string;
  readonly status: SubscriptionStatus;
  readonly updatedAt: string;
}

/** An email address with its settings and lists. */
export interface Subscriber {
  readonly id: number;
  readonly email: string;
  /** IANA time zone, e.g. Europe/London. */
  readonly timeZone: string;
  /** Chosen local send hour, or null for each list's own. */
  readonly sendHour: number | null;
  readonly createdAt: string;
  readonly softBounces: number;
  readonly subscriptions: readonly Subscription[];
}

/** A confirmed subscriber of a list, as the edition composer needs it. */
export interface Recipient {
  readonly id: number;
  readonly email: string;
  readonly timeZone: string;
  readonly sendHour: number | null;
}

/** Why an address is suppressed. */
export type SuppressionReason = 'hard-bounce' | 'complaint' | 'manual';

/** One composed edition of a list; html and text hold per-subscriber link placeholders. */
export interface Edition {
  readonly id: number;
  readonly list: string;
  /** The period it covers (a date or an ISO week) or `now-…` for an edition sent at once; unique per list. */
  readonly period: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly stories: readonly string[];
  readonly createdAt: string;
}

/** States of an outbox row. `sending`: claimed, the end-of-data mark not yet written.
 * `handing-off`: committed immediately before the end-of-data mark is written; found after a
 * crash, nobody can know whether the server got the mark. `handed-off`: committed once the mark
 * is in the kernel's socket buffer (the server gets the whole message even if the sender dies).
 * `sent`: the server answered 250. */
export type OutboxState = 'pending' | 'sending' | 'handing-off' | 'handed-off' | 'sent' | 'failed' | 'skipped';

/** One (edition, subscriber) delivery. */
export interface OutboxRow {
  readonly edition: number;
  readonly subscriber: number;
  readonly email: string;
  readonly state: OutboxState;
  readonly attempts: number;
  /** When it may go out: the subscriber's local send hour, or now. */
  readonly dueAt: string;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly updatedAt: string;
  /** Times this row was sent again without knowing whether the server already had a copy (a
   * crash during the hand-off, or a connection lost after the end-of-data mark): the server may
   * hold up to this many extra copies, all with the row's one Message-ID. */
  readonly uncertainResends: number;
}

/** What restart recovery did with rows a killed sender left behind. */
export interface RecoveryResult {
  /** `sending` rows put back to pending: no complete message reached the server. */
  readonly requeued: number;
  /** `handing-off` rows put back to pending and counted as uncertain resends: the server may have a copy. */
  readonly uncertain: number;
  /** Rows recorded as sent because the end-of-data mark had reached the kernel: the server had the whole message. */
  readonly assumedSent: number;
}

/** The newsletter storage port. Writes are atomic. Times are ISO strings (UTC, ms). Failures are
 * RoundupErrors with a `newsletter-store/` code (`not-found`, `duplicate`). */
export interface NewsletterStore {
  /** Applies this store's own migrations (its own ledger); safe on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Inserts a list, or replaces its settings when the slug exists. */
  upsertList(list: NewsletterList): Promise<void>;
  /** Inserts the lists whose slugs are not stored yet; stored ones keep the operator's settings. */
  insertMissingLists(lists: readonly NewsletterList[]): Promise<void>;
  getList(slug: string): Promise<NewsletterList | null>;
  /** Lists by slug with their confirmed and pending subscriber counts. */
  listLists(): Promise<(NewsletterList & { confirmed: number; pending: number })[]>;

  /** The subscriber with this email (case of the domain ignored), created with these settings when new. */
  findOrCreateSubscriber(input: { email: string; timeZone: string; sendHour: number | null }, now: string): Promise<Subscriber>;
  getSubscriber(id: number): Promise<Subscriber | null>;
  getSubscriberByEmail(email: string): Promise<Subscriber | null>;
  /** Sets the status on each list (store/not-found for an unknown list or subscriber). */
  setSubscriptions(subscriber: number, lists: readonly string[], status: SubscriptionStatus, now: string): Promise<void>;
  updatePreferences(subscriber: number, prefs: { timeZone: string; sendHour: number | null }): Promise<void>;
  /** Deletes the subscriber and their subscriptions; their unsent outbox rows become skipped with the address erased. Returns false when unknown. */
  deleteSubscriber(subscriber: number, now: string): Promise<boolean>;
  /** Everything stored about a subscriber: settings, lists, deliveries and bounces. */
  exportSubscriber(subscriber: number): Promise<Record<string, unknown> | null>;
  /** Confirmed subscribers of a list who are not suppressed, by id. */
  recipients(list: string): Promise<Recipient[]>;
  /** Counts a soft bounce against an address; returns the new count (0 when no subscriber has it). */
  recordSoftBounce(email: string, now: string): Promise<number>;

  /** Adds an address to the suppression list (kept if already there). */
  suppress(email: string, reason: SuppressionReason, detail: string, now: string): Promise<void>;
  isSuppressed(email: string): Promise<boolean>;
  listSuppressions(): Promise<{ email: string; reason: SuppressionReason; detail: string; createdAt: string }[]>;

  /** Creates the edition of (list, period), or returns the stored one: composing twice is harmless. */
  createEdition(input: Omit<Edition, 'id' | 'createdAt'>, now: string): Promise<{ edition: Edition; created: boolean }>;
  getEdition(id: number): Promise<Edition | null>;
  /** Editions newest first, optionally of one list. */
  listEditions(options: { list?: string; limit: number }): Promise<Edition[]>;
  /** Editions with rows not yet final (pending, sending, handing-off, handed-off), oldest first. */
  unfinishedEditions(list?: string): Promise<Edition[]>;

  /** Adds outbox rows; a (edition, subscriber) row already there is kept as it is. Returns how many were added. */
  enqueue(edition: number, rows: readonly { subscriber: number; email: string; dueAt: string }[], now: string): Promise<number>;
  /** Claims up to `limit` pending rows due at `now` (optionally of one edition), marking them
   * `sending`, earliest first. Only by the lease holder, after recoverInterrupted. */
  claimDue(now: string, limit: number, edition?: number): Promise<OutboxRow[]>;
  /** sending → handing-off, just before the end-of-data mark. Synchronous: committed before it returns. */
  markHandingOff(edition: number, subscriber: number, now: string): void;
  /** handing-off → handed-off, once the mark is in the kernel; `attempt` is the row's attempts as
   * claimed. Synchronous: durable before it returns, and as fast as a durable record can be (it
   * runs in the window where a kill leaves a message's fate unknown). */
  markHandedOff(edition: number, subscriber: number, attempt: number, now: string): void;
  /** sending/handing-off/handed-off → sent. */
  markSent(edition: number, subscriber: number, now: string): Promise<void>;
  /** Back to pending, not before `at`, with the error; `uncertain` when the server may already
   * hold a copy (counted in uncertainResends). */
  markRetry(edition: number, subscriber: number, at: string, error: string, now: string, uncertain?: boolean): Promise<void>;
  markFailed(edition: number, subscriber: number, error: string, now: string): Promise<void>;
  /** Never sent: the subscriber left, was deleted or is suppressed. */
  markSkipped(edition: number, subscriber: number, reason: string, now: string): Promise<void>;
  /** After a crash: `sending` → pending; `handing-off` → sent when markHandedOff's durable
   * record was made but not its state change, else pending as an uncertain resend; `handed-off`
   * → sent. Call before any sender starts. */
  recoverInterrupted(now: string): Promise<RecoveryResult>;
  getOutboxRow(edition: number, subscriber: number): Promise<OutboxRow | null>;
  /** Row counts by state, of one edition or of all. */
  outboxCounts(edition?: number): Promise<Record<OutboxState, number>>;
  /** Earliest time a pending row becomes due, or null. */
  nextOutboxDue(): Promise<string | null>;

  /** The current sender lease, or null: only one sender may run recovery and claim rows. */
  senderLease(): Promise<{ owner: string; expiresAt: string } | null>;
  /** Takes or renews the lease until `expiresAt` when it is free, expired at `now`, ours, or held by `steal` (a dead owner). */
  acquireSenderLease(owner: string, now: string, expiresAt: string, steal?: string): Promise<boolean>;
  releaseSenderLease(owner: string): Promise<void>;
}
