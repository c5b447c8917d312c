// The newsletter's own tables and its own migration ledger (`newsletter_migrations`), in the same
// SQLite file as the main store, so neither set of migrations ever has to know about the other.

/** One versioned migration of the newsletter tables. */
export interface NewsletterMigration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

/** Migrations in order; versions count from 1 without gaps. */
export const NEWSLETTER_MIGRATIONS: readonly NewsletterMigration[] = [
  {
    version: 1,
    name: 'lists, subscribers, suppressions, editions, outbox, sender lease',
    up: `
CREATE TABLE nl_list (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekly')),
  send_hour INTEGER NOT NULL CHECK (send_hour BETWEEN 0 AND 23),
  weekday INTEGER CHECK (weekday BETWEEN 0 AND 6),
  selection TEXT NOT NULL,
  max_briefings INTEGER NOT NULL,
  lookback_hours INTEGER NOT NULL
);
CREATE TABLE nl_subscriber (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  time_zone TEXT NOT NULL,
  send_hour INTEGER CHECK (send_hour BETWEEN 0 AND 23),
  created_at TEXT NOT NULL,
  soft_bounces INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE nl_subscription (
  subscriber_id INTEGER NOT NULL REFERENCES nl_subscriber(id) ON DELETE CASCADE,
  list_slug TEXT NOT NULL REFERENCES nl_list(slug) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (subscriber_id, list_slug)
);
CREATE INDEX nl_subscription_list ON nl_subscription (list_slug, status);
CREATE TABLE nl_suppression (
  email TEXT PRIMARY KEY COLLATE NOCASE,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE nl_edition (
  id INTEGER PRIMARY KEY,
  list_slug TEXT NOT NULL,
  period TEXT NOT NULL,
  subject TEXT NOT NULL,
  html TEXT NOT NULL,
  text TEXT NOT NULL,
  stories TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (list_slug, period)
);
CREATE TABLE nl_outbox (
  edition_id INTEGER NOT NULL REFERENCES nl_edition(id),
  subscriber_id INTEGER NOT NULL,
  email TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'handed-off', 'sent', 'failed', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  due_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (edition_id, subscriber_id)
) WITHOUT ROWID;
CREATE INDEX nl_outbox_due ON nl_outbox (state, next_attempt_at) WHERE state = 'pending';
CREATE INDEX nl_outbox_open ON nl_outbox (state) WHERE state IN ('sending', 'handed-off');
CREATE INDEX nl_outbox_subscriber ON nl_outbox (subscriber_id);
CREATE TABLE nl_sender_lease (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  owner TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: "outbox: 'handing-off' state (before the end-of-data mark) and uncertain resends",
    // SQLite cannot change a CHECK constraint in place: the table is rebuilt, rows kept.
    up: `
CREATE TABLE nl_outbox_v2 (
  edition_id INTEGER NOT NULL REFERENCES nl_edition(id),
  subscriber_id INTEGER NOT NULL,
  email TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'handing-off', 'handed-off', 'sent', 'failed', 'skipped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  due_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  updated_at TEXT NOT NULL,
  uncertain_resends INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (edition_id, subscriber_id)
) WITHOUT ROWID;
INSERT INTO nl_outbox_v2 (edition_id, subscriber_id, email, state, attempts, due_at, next_attempt_at, last_error, updated_at)
  SELECT edition_id, subscriber_id, email, state, attempts, due_at, next_attempt_at, last_error, updated_at FROM nl_outbox;
DROP TABLE nl_outbox;
ALTER TABLE nl_outbox_v2 RENAME TO nl_outbox;
CREATE INDEX nl_outbox_due ON nl_outbox (state, next_attempt_at) WHERE state = 'pending';
CREATE INDEX nl_outbox_open ON nl_outbox (state) WHERE state IN ('sending', 'handing-off', 'handed-off');
CREATE INDEX nl_outbox_subscriber ON nl_outbox (subscriber_id);
`,
  },
];
