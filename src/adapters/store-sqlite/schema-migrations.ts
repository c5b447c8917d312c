/** One versioned schema change. `up` is plain SQL, kept close to what PostgreSQL accepts so a
 * PostgreSQL adapter can mirror it; SQLite-only parts (FTS5) live in their own migration. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

// Design notes (they hold for the whole schema):
// - Times are TEXT in `Date.toISOString()` form (UTC, milliseconds, `Z`), so text order is time
//   order; the adapter normalises every time it writes.
// - feed.id is AUTOINCREMENT: SQLite then never reuses the id of a removed feed. Items keep their
//   feed_id after the feed is removed (it is deliberately not a foreign key), so a reused id would
//   wrongly attach old items, and their guids, to a new feed.
// - item.outlet_id and article.outlet_id are not foreign keys either: removing an outlet removes
//   its feeds (cascade) but keeps every item and article it produced.
// - insertItems relies on ON CONFLICT DO NOTHING covering both item uniqueness rules:
//   (feed_id, guid) and the partial unique index on canonical_url.
const coreTables = `
CREATE TABLE outlet (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  home_domain       TEXT NOT NULL,
  language          TEXT NOT NULL,
  country           TEXT NOT NULL,
  perspective       TEXT NOT NULL,
  perspective_basis TEXT NOT NULL,
  is_wire           INTEGER NOT NULL CHECK (is_wire IN (0, 1))
);

CREATE TABLE feed (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  outlet_id        TEXT NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
  url              TEXT NOT NULL UNIQUE,
  title            TEXT,
  etag             TEXT,
  last_modified    TEXT,
  last_checked_at  TEXT,
  next_check_at    TEXT NOT NULL,
  interval_seconds INTEGER NOT NULL CHECK (interval_seconds > 0),
  error_count      INTEGER NOT NULL DEFAULT 0 CHECK (error_count >= 0),
  last_error       TEXT,
  last_error_code  TEXT,
  last_error_at    TEXT
);
CREATE INDEX feed_outlet_id ON feed (outlet_id);
CREATE INDEX feed_next_check_at ON feed (next_check_at);

CREATE TABLE item (
  id            INTEGER PRIMARY KEY,
  feed_id       INTEGER NOT NULL,
  outlet_id     TEXT NOT NULL,
  guid          TEXT NOT NULL,
  url           TEXT,
  canonical_url TEXT,
  title         TEXT,
  summary       TEXT,
  content       TEXT,
  authors       TEXT NOT NULL DEFAULT '[]',
  categories    TEXT NOT NULL DEFAULT '[]',
  image_url     TEXT,
  published_at  TEXT,
  updated_at    TEXT,
  first_seen_at TEXT NOT NULL,
  article_state TEXT NOT NULL DEFAULT 'pending' CHECK (article_state IN ('pending', 'done', 'failed')),
  article_error TEXT,
  UNIQUE (feed_id, guid)
);
CREATE UNIQUE INDEX item_canonical_url ON item (canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX item_article_state ON item (article_state, first_seen_at);
CREATE INDEX item_feed_time ON item (feed_id, published_at);

CREATE TABLE article (
  id           INTEGER PRIMARY KEY,
  item_id      INTEGER NOT NULL UNIQUE REFERENCES item (id) ON DELETE CASCADE,
  outlet_id    TEXT NOT NULL,
  url          TEXT,
  title        TEXT NOT NULL,
  text         TEXT NOT NULL,
  byline       TEXT,
  published_at TEXT,
  language     TEXT,
  source       TEXT NOT NULL CHECK (source IN ('feed', 'page')),
  created_at   TEXT NOT NULL
);
CREATE INDEX article_outlet_id ON article (outlet_id);
CREATE INDEX article_effective_time ON article (coalesce(published_at, created_at));

CREATE TABLE fetch_attempt (
  id          INTEGER PRIMARY KEY,
  feed_id     INTEGER REFERENCES feed (id) ON DELETE SET NULL,
  item_id     INTEGER REFERENCES item (id) ON DELETE SET NULL,
  url         TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  duration_ms INTEGER NOT NULL,
  status      INTEGER,
  outcome     TEXT NOT NULL,
  bytes       INTEGER,
  error       TEXT
);
CREATE INDEX fetch_attempt_feed_id ON fetch_attempt (feed_id, started_at);
CREATE INDEX fetch_attempt_started_at ON fetch_attempt (started_at);
`;

// An external-content FTS5 table stores only the index; the text stays in `article`. The triggers
// keep the index in step inside the same transaction as the write, so it cannot drift after a
// crash. An UPDATE (saveArticle replacing text, also via ON CONFLICT DO UPDATE) removes the old
// terms with the special 'delete' command, which needs the old values: hence AFTER triggers on old.*.
const articleSearch = `
CREATE VIRTUAL TABLE article_fts USING fts5 (
  title, text,
  content = 'article', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_fts_after_insert AFTER INSERT ON article BEGIN
  INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_fts_after_delete AFTER DELETE ON article BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_fts_after_update AFTER UPDATE OF title, text ON article BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO article_fts (article_fts) VALUES ('rebuild');
`;

/** Every migration, oldest first. Append only: never edit or renumber an applied one. */
// Quotes belong to their article (deleted with it); spans are character offsets into article.text.
const quotes = `
CREATE TABLE quote (
  article_id     INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  content_start  INTEGER NOT NULL,
  content_end    INTEGER NOT NULL,
  cue_start      INTEGER NOT NULL,
  cue_end        INTEGER NOT NULL,
  speaker_start  INTEGER,
  speaker_end    INTEGER,
  speaker        TEXT,
  kind           TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
  speaker_type   TEXT NOT NULL CHECK (speaker_type IN ('person', 'organisation', 'outlet', 'unknown')),
  PRIMARY KEY (article_id, position)
);
CREATE INDEX quote_speaker ON quote (speaker) WHERE speaker IS NOT NULL;
`;

// Stories: string ids (the id of the article that started the story). A merged story keeps its
// row with merged_into set, so old links resolve; its articles move to the surviving story.
const stories = `
CREATE TABLE story (
  id           TEXT PRIMARY KEY,
  language     TEXT NOT NULL,
  headline     TEXT,
  outlets      TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  first_seen   TEXT NOT NULL,
  last_seen    TEXT NOT NULL,
  multi_source INTEGER NOT NULL,
  merged_into  TEXT
);
CREATE INDEX story_live_recent ON story (last_seen DESC, id DESC) WHERE merged_into IS NULL;

CREATE TABLE story_article (
  article_id     INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  story_id       TEXT NOT NULL,
  duplicate_of   INTEGER,
  duplicate_kind TEXT,
  score          REAL NOT NULL,
  language       TEXT NOT NULL
);
CREATE INDEX story_article_story ON story_article (story_id);

CREATE TABLE story_merge (
  from_id  TEXT PRIMARY KEY,
  into_id  TEXT NOT NULL,
  at       TEXT NOT NULL,
  score    REAL NOT NULL
);

CREATE TABLE briefing (
  story_id     TEXT NOT NULL,
  version      INTEGER NOT NULL,
  composed_at  TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  body         TEXT NOT NULL,
  PRIMARY KEY (story_id, version)
);
`;

export const MIGRATIONS: readonly Migration[] = Object.freeze([
  { version: 1, name: 'core tables: outlet, feed, item, article, fetch_attempt', up: coreTables },
  { version: 2, name: 'full-text search over articles (FTS5)', up: articleSearch },
  { version: 3, name: 'quotes of articles', up: quotes },
  { version: 4, name: 'stories, their articles and merges; versioned briefings', up: stories },
]);
