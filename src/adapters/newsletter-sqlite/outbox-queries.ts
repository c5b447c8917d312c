// Editions and the outbox. Every state change is one UPDATE guarded by the state it leaves, so a
// late or repeated call (a handler run twice) changes nothing it should not.
import type { Edition, OutboxRow, OutboxState, RecoveryResult } from '../../ports/newsletter-store.ts';
import type { LoggedHandOff } from './hand-off-log.ts';
import type { SqliteDatabase } from '../store-sqlite/sqlite-connection.ts';
import { statement } from '../store-sqlite/statement-cache.ts';

interface EditionRow {
  id: number;
  list_slug: string;
  period: string;
  subject: string;
  html: string;
  text: string;
  stories: string;
  created_at: string;
}

interface OutboxDbRow {
  edition_id: number;
  subscriber_id: number;
  email: string;
  state: OutboxState;
  attempts: number;
  due_at: string;
  next_attempt_at: string;
  last_error: string | null;
  updated_at: string;
  uncertain_resends: number;
}

const OUTBOX_STATES: readonly OutboxState[] = ['pending', 'sending', 'handing-off', 'handed-off', 'sent', 'failed', 'skipped'];

function toEdition(r: EditionRow): Edition {
  return { id: r.id, list: r.list_slug, period: r.period, subject: r.subject, html: r.html, text: r.text, stories: JSON.parse(r.stories) as string[], createdAt: r.created_at };
}

function toOutbox(r: OutboxDbRow): OutboxRow {
  return { edition: r.edition_id, subscriber: r.subscriber_id, email: r.email, state: r.state, attempts: r.attempts, dueAt: r.due_at, nextAttemptAt: r.next_attempt_at, lastError: r.last_error, updatedAt: r.updated_at, uncertainResends: r.uncertain_resends };
}

/** Inserts the edition of (list, period) unless it exists; returns the stored one either way. */
export function insertEdition(db: SqliteDatabase, e: Omit<Edition, 'id' | 'createdAt'>, now: string): { edition: Edition; created: boolean } {
  return db.transaction(() => {
    const info = statement(db, 'INSERT OR IGNORE INTO nl_edition (list_slug, period, subject, html, text, stories, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(e.list, e.period, e.subject, e.html, e.text, JSON.stringify(e.stories), now);
    const row = statement(db, 'SELECT * FROM nl_edition WHERE list_slug = ? AND period = ?').get(e.list, e.period) as EditionRow;
    return { edition: toEdition(row), created: info.changes === 1 };
  }).immediate();
}

/** An edition by id. */
export function selectEdition(db: SqliteDatabase, id: number): Edition | null {
  const row = statement(db, 'SELECT * FROM nl_edition WHERE id = ?').get(id) as EditionRow | undefined;
  return row ? toEdition(row) : null;
}

/** Editions newest first. */
export function selectEditions(db: SqliteDatabase, list: string | undefined, limit: number): Edition[] {
  const rows = list === undefined
    ? statement(db, 'SELECT * FROM nl_edition ORDER BY id DESC LIMIT ?').all(limit)
    : statement(db, 'SELECT * FROM nl_edition WHERE list_slug = ? ORDER BY id DESC LIMIT ?').all(list, limit);
  return (rows as EditionRow[]).map(toEdition);
}

/** Editions with open rows, oldest first. */
export function selectUnfinishedEditions(db: SqliteDatabase, list: string | undefined): Edition[] {
  const rows = statement(db, `SELECT * FROM nl_edition e WHERE (@list IS NULL OR e.list_slug = @list)
    AND EXISTS (SELECT 1 FROM nl_outbox o WHERE o.edition_id = e.id AND o.state IN ('pending', 'sending', 'handing-off', 'handed-off')) ORDER BY e.id`).all({ list: list ?? null });
  return (rows as EditionRow[]).map(toEdition);
}

/** Adds outbox rows in one transaction, keeping existing ones. */
export function insertOutboxRows(db: SqliteDatabase, edition: number, rows: readonly { subscriber: number; email: string; dueAt: string }[], now: string): number {
  const insert = statement(db, `INSERT OR IGNORE INTO nl_outbox (edition_id, subscriber_id, email, state, due_at, next_attempt_at, updated_at) VALUES (?, ?, ?, 'pending', ?, ?, ?)`);
  return db.transaction(() => rows.reduce((n, r) => n + insert.run(edition, r.subscriber, r.email, r.dueAt, r.dueAt, now).changes, 0)).immediate();
}

/** Claims due pending rows as `sending` in one transaction. */
export function claimDueRows(db: SqliteDatabase, now: string, limit: number, edition: number | undefined): OutboxRow[] {
  return db.transaction(() => {
    const rows = statement(db, `SELECT * FROM nl_outbox WHERE state = 'pending' AND next_attempt_at <= @now AND (@edition IS NULL OR edition_id = @edition)
      ORDER BY next_attempt_at, edition_id, subscriber_id LIMIT @limit`).all({ now, edition: edition ?? null, limit }) as OutboxDbRow[];
    const claim = statement(db, `UPDATE nl_outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE edition_id = ? AND subscriber_id = ? AND state = 'pending'`);
    for (const r of rows) claim.run(now, r.edition_id, r.subscriber_id);
    return rows.map((r) => toOutbox({ ...r, state: 'sending', attempts: r.attempts + 1, updated_at: now }));
  }).immediate();
}

/** Moves a row from one of `from` to `to`, setting the error and next attempt when given, and
 * counting an uncertain resend when asked. */
export function moveRow(db: SqliteDatabase, key: { edition: number; subscriber: number }, from: readonly OutboxState[], to: OutboxState, now: string, extra: { error?: string | null; nextAttemptAt?: string; uncertain?: boolean } = {}): boolean {
  const placeholders = from.map(() => '?').join(', ');
  const sql = `UPDATE nl_outbox SET state = ?, updated_at = ?, last_error = coalesce(?, last_error), next_attempt_at = coalesce(?, next_attempt_at),
    uncertain_resends = uncertain_resends + ? WHERE edition_id = ? AND subscriber_id = ? AND state IN (${placeholders})`;
  return statement(db, sql).run(to, now, extra.error ?? null, extra.nextAttemptAt ?? null, extra.uncertain ? 1 : 0, key.edition, key.subscriber, ...from).changes === 1;
}

/** Restart recovery. `sending`: the end-of-data mark was never written, so the server discarded
 * what it got: send again. `handing-off`: the sender died within the hand-off, so whether the mark
 * reached the server is unknowable: send again (same Message-ID) and count it — unless the hand-off
 * log holds this attempt, in which case only its commit was missed. `handed-off`: the mark was in
 * the kernel, which delivers it after the process dies: sent. */
export function recoverRows(db: SqliteDatabase, now: string, logged: readonly LoggedHandOff[]): RecoveryResult {
  return db.transaction(() => {
    const handedOff = statement(db, `UPDATE nl_outbox SET state = 'handed-off', updated_at = ? WHERE edition_id = ? AND subscriber_id = ? AND attempts = ? AND state = 'handing-off'`);
    for (const e of logged) handedOff.run(now, e.edition, e.subscriber, e.attempt);
    const requeued = statement(db, `UPDATE nl_outbox SET state = 'pending', updated_at = ? WHERE state = 'sending'`).run(now).changes;
    const uncertain = statement(db, `UPDATE nl_outbox SET state = 'pending', updated_at = ?, uncertain_resends = uncertain_resends + 1,
      last_error = 'sent again: the sender stopped during the hand-off, the server may already hold a copy with this Message-ID' WHERE state = 'handing-off'`).run(now).changes;
    const assumedSent = statement(db, `UPDATE nl_outbox SET state = 'sent', updated_at = ?, last_error = 'assumed sent: the sender stopped after the end-of-data mark reached the kernel' WHERE state = 'handed-off'`).run(now).changes;
    return { requeued, uncertain, assumedSent };
  }).immediate();
}

/** One outbox row. */
export function selectOutboxRow(db: SqliteDatabase, edition: number, subscriber: number): OutboxRow | null {
  const row = statement(db, 'SELECT * FROM nl_outbox WHERE edition_id = ? AND subscriber_id = ?').get(edition, subscriber) as OutboxDbRow | undefined;
  return row ? toOutbox(row) : null;
}

/** Counts by state. */
export function countOutbox(db: SqliteDatabase, edition: number | undefined): Record<OutboxState, number> {
  const rows = statement(db, 'SELECT state, count(*) AS n FROM nl_outbox WHERE (@edition IS NULL OR edition_id = @edition) GROUP BY state').all({ edition: edition ?? null }) as { state: OutboxState; n: number }[];
  const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
  for (const r of rows) counts[r.state] = r.n;
  return counts;
}

/** Earliest next attempt of a pending row. */
export function selectNextDue(db: SqliteDatabase): string | null {
  return (statement(db, `SELECT min(next_attempt_at) AS t FROM nl_outbox WHERE state = 'pending'`).get() as { t: string | null }).t;
}

/** The sender lease row. */
export function selectLease(db: SqliteDatabase): { owner: string; expiresAt: string } | null {
  const row = statement(db, 'SELECT owner, expires_at FROM nl_sender_lease WHERE id = 1').get() as { owner: string; expires_at: string } | undefined;
  return row ? { owner: row.owner, expiresAt: row.expires_at } : null;
}

/** Takes the lease when free, expired, ours or the named dead owner's. */
export function takeLease(db: SqliteDatabase, owner: string, now: string, expiresAt: string, steal: string | null): boolean {
  const sql = `INSERT INTO nl_sender_lease (id, owner, expires_at) VALUES (1, @owner, @expiresAt)
    ON CONFLICT (id) DO UPDATE SET owner = @owner, expires_at = @expiresAt WHERE expires_at < @now OR owner = @owner OR owner = @steal`;
  return statement(db, sql).run({ owner, expiresAt, now, steal }).changes === 1;
}

/** Gives the lease up. */
export function dropLease(db: SqliteDatabase, owner: string): void {
  statement(db, 'DELETE FROM nl_sender_lease WHERE owner = ?').run(owner);
}
