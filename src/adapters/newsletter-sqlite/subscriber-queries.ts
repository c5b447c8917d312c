// Lists, subscribers, subscriptions and the suppression list.
import { RoundupError } from '../../core/errors.ts';
import type { NewsletterList, Recipient, Subscriber, Subscription, SubscriptionStatus, SuppressionReason } from '../../ports/newsletter-store.ts';
import type { SqliteDatabase } from '../store-sqlite/sqlite-connection.ts';
import { statement } from '../store-sqlite/statement-cache.ts';

interface ListRow {
  slug: string;
  name: string;
  description: string;
  cadence: 'daily' | 'weekly';
  send_hour: number;
  weekday: number | null;
  selection: NewsletterList['selection'];
  max_briefings: number;
  lookback_hours: number;
}

interface SubscriberRow {
  id: number;
  email: string;
  time_zone: string;
  send_hour: number | null;
  created_at: string;
  soft_bounces: number;
}

function toList(r: ListRow): NewsletterList {
  return { slug: r.slug, name: r.name, description: r.description, cadence: r.cadence, sendHour: r.send_hour, weekday: r.weekday, selection: r.selection, maxBriefings: r.max_briefings, lookbackHours: r.lookback_hours };
}

const UPSERT_LIST = `INSERT INTO nl_list (slug, name, description, cadence, send_hour, weekday, selection, max_briefings, lookback_hours)
  VALUES (@slug, @name, @description, @cadence, @sendHour, @weekday, @selection, @maxBriefings, @lookbackHours)`;

/** Inserts or replaces a list's settings. */
export function upsertList(db: SqliteDatabase, list: NewsletterList): void {
  statement(db, `${UPSERT_LIST} ON CONFLICT (slug) DO UPDATE SET name = excluded.name, description = excluded.description, cadence = excluded.cadence,
    send_hour = excluded.send_hour, weekday = excluded.weekday, selection = excluded.selection, max_briefings = excluded.max_briefings, lookback_hours = excluded.lookback_hours`).run({ ...list });
}

/** Inserts lists whose slug is new. */
export function insertMissingLists(db: SqliteDatabase, lists: readonly NewsletterList[]): void {
  db.transaction(() => lists.forEach((l) => statement(db, `${UPSERT_LIST} ON CONFLICT (slug) DO NOTHING`).run({ ...l })))();
}

/** A list by slug. */
export function selectList(db: SqliteDatabase, slug: string): NewsletterList | null {
  const row = statement(db, 'SELECT * FROM nl_list WHERE slug = ?').get(slug) as ListRow | undefined;
  return row ? toList(row) : null;
}

/** Lists with subscriber counts. */
export function selectLists(db: SqliteDatabase): (NewsletterList & { confirmed: number; pending: number })[] {
  const rows = statement(db, `SELECT l.*, (SELECT count(*) FROM nl_subscription s WHERE s.list_slug = l.slug AND s.status = 'confirmed') AS confirmed,
    (SELECT count(*) FROM nl_subscription s WHERE s.list_slug = l.slug AND s.status = 'pending') AS pending FROM nl_list l ORDER BY l.slug`).all() as (ListRow & { confirmed: number; pending: number })[];
  return rows.map((r) => ({ ...toList(r), confirmed: r.confirmed, pending: r.pending }));
}

/** A subscriber with their subscriptions. */
export function selectSubscriber(db: SqliteDatabase, where: 'id' | 'email', value: number | string): Subscriber | null {
  const row = statement(db, `SELECT * FROM nl_subscriber WHERE ${where} = ?`).get(value) as SubscriberRow | undefined;
  if (!row) return null;
  const subs = statement(db, 'SELECT list_slug, status, updated_at FROM nl_subscription WHERE subscriber_id = ? ORDER BY list_slug').all(row.id) as { list_slug: string; status: SubscriptionStatus; updated_at: string }[];
  const subscriptions: Subscription[] = subs.map((s) => ({ list: s.list_slug, status: s.status, updatedAt: s.updated_at }));
  return { id: row.id, email: row.email, timeZone: row.time_zone, sendHour: row.send_hour, createdAt: row.created_at, softBounces: row.soft_bounces, subscriptions };
}

/** The subscriber with this email, created when new. */
export function findOrCreateSubscriber(db: SqliteDatabase, input: { email: string; timeZone: string; sendHour: number | null }, now: string): Subscriber {
  statement(db, 'INSERT OR IGNORE INTO nl_subscriber (email, time_zone, send_hour, created_at) VALUES (?, ?, ?, ?)').run(input.email, input.timeZone, input.sendHour, now);
  return selectSubscriber(db, 'email', input.email) as Subscriber;
}

/** Sets a status on several lists in one transaction. */
export function setSubscriptions(db: SqliteDatabase, subscriber: number, lists: readonly string[], status: SubscriptionStatus, now: string): void {
  db.transaction(() => {
    if (!selectSubscriber(db, 'id', subscriber)) throw new RoundupError('newsletter-store/not-found', `no subscriber ${subscriber}`);
    for (const list of lists) {
      if (!selectList(db, list)) throw new RoundupError('newsletter-store/not-found', `no list "${list}"`);
      statement(db, `INSERT INTO nl_subscription (subscriber_id, list_slug, status, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (subscriber_id, list_slug) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`).run(subscriber, list, status, now);
    }
  }).immediate();
}

/** Updates time zone and send hour. */
export function updatePreferences(db: SqliteDatabase, subscriber: number, prefs: { timeZone: string; sendHour: number | null }): void {
  const changes = statement(db, 'UPDATE nl_subscriber SET time_zone = ?, send_hour = ? WHERE id = ?').run(prefs.timeZone, prefs.sendHour, subscriber).changes;
  if (changes === 0) throw new RoundupError('newsletter-store/not-found', `no subscriber ${subscriber}`);
}

/** Deletes a subscriber; open outbox rows are skipped and every row's address erased. */
export function deleteSubscriber(db: SqliteDatabase, subscriber: number, now: string): boolean {
  return db.transaction(() => {
    statement(db, `UPDATE nl_outbox SET state = 'skipped', last_error = 'subscriber deleted', updated_at = ? WHERE subscriber_id = ? AND state = 'pending'`).run(now, subscriber);
    statement(db, `UPDATE nl_outbox SET email = '' WHERE subscriber_id = ? AND state NOT IN ('sending', 'handing-off', 'handed-off')`).run(subscriber);
    return statement(db, 'DELETE FROM nl_subscriber WHERE id = ?').run(subscriber).changes === 1;
  }).immediate();
}

/** Everything stored about one subscriber. */
export function exportSubscriber(db: SqliteDatabase, subscriber: number): Record<string, unknown> | null {
  const s = selectSubscriber(db, 'id', subscriber);
  if (!s) return null;
  const deliveries = statement(db, `SELECT o.edition_id AS edition, e.list_slug AS list, e.subject, o.state, o.attempts, o.updated_at AS updatedAt
    FROM nl_outbox o JOIN nl_edition e ON e.id = o.edition_id WHERE o.subscriber_id = ? ORDER BY o.edition_id`).all(subscriber);
  const suppression = statement(db, 'SELECT reason, detail, created_at AS createdAt FROM nl_suppression WHERE email = ?').get(s.email) ?? null;
  return { subscriber: s, deliveries, suppression };
}

/** Confirmed, unsuppressed subscribers of a list. */
export function selectRecipients(db: SqliteDatabase, list: string): Recipient[] {
  const rows = statement(db, `SELECT s.id, s.email, s.time_zone, s.send_hour FROM nl_subscription x JOIN nl_subscriber s ON s.id = x.subscriber_id
    WHERE x.list_slug = ? AND x.status = 'confirmed' AND NOT EXISTS (SELECT 1 FROM nl_suppression p WHERE p.email = s.email) ORDER BY s.id`).all(list) as SubscriberRow[];
  return rows.map((r) => ({ id: r.id, email: r.email, timeZone: r.time_zone, sendHour: r.send_hour }));
}

/** Counts a soft bounce. */
export function incrementSoftBounces(db: SqliteDatabase, email: string): number {
  const row = statement(db, 'UPDATE nl_subscriber SET soft_bounces = soft_bounces + 1 WHERE email = ? RETURNING soft_bounces').get(email) as { soft_bounces: number } | undefined;
  return row?.soft_bounces ?? 0;
}

/** Adds an address to the suppression list. */
export function insertSuppression(db: SqliteDatabase, email: string, reason: SuppressionReason, detail: string, now: string): void {
  statement(db, 'INSERT OR IGNORE INTO nl_suppression (email, reason, detail, created_at) VALUES (?, ?, ?, ?)').run(email, reason, detail, now);
}

/** True when suppressed. */
export function selectIsSuppressed(db: SqliteDatabase, email: string): boolean {
  return statement(db, 'SELECT 1 FROM nl_suppression WHERE email = ?').get(email) !== undefined;
}

/** The suppression list by address. */
export function selectSuppressions(db: SqliteDatabase): { email: string; reason: SuppressionReason; detail: string; createdAt: string }[] {
  return statement(db, 'SELECT email, reason, detail, created_at AS createdAt FROM nl_suppression ORDER BY email').all() as { email: string; reason: SuppressionReason; detail: string; createdAt: string }[];
}
