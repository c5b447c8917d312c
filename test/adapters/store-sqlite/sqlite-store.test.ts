// The SQLite store: the Store contract on a real file, then what only SQLite has (pragmas, the
// migration ledger, FTS5 consistency, surviving a kill -9 mid-write).
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRoundupError } from '../../../src/core/errors.ts';
import type { Item } from '../../../src/core/item.ts';
import type { Feed } from '../../../src/core/outlet.ts';
import type { Store } from '../../../src/ports/store.ts';
import { MIGRATIONS, ftsQuery, openSqliteDatabase, openSqliteStore } from '../../../src/adapters/store-sqlite/index.ts';
import { checkMigrationOrder } from '../../../src/adapters/store-sqlite/migration-runner.ts';
import { storeContract } from '../../ports/store-contract.ts';
import { CRASH_BATCH_SIZE, crashBatch } from './crash-batches.ts';

const T0 = '2026-03-01T08:00:00.000Z';

storeContract('SqliteStore on a file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'roundup-store-'));
  const store = openSqliteStore({ path: join(dir, 'roundup.db') });
  return { store, cleanup: () => rm(dir, { recursive: true, force: true }) };
});

/** Opens and migrates a store at `path`. */
async function openMigrated(path: string): Promise<Store> {
  const store = openSqliteStore({ path });
  await store.migrate();
  return store;
}

/** Stores outlet `acme` with one feed. */
async function seedFeed(store: Store): Promise<Feed> {
  await store.upsertOutlet({ id: 'acme', name: 'Acme', homeDomain: 'acme.example', language: 'en', country: 'US', perspective: 'centre', perspectiveBasis: 'test', isWire: false });
  return store.addFeed({ outletId: 'acme', url: 'https://acme.example/rss', nextCheckAt: T0, intervalSeconds: 3600 });
}

/** Stores an item of `feed` with an article of this title and text. */
async function seedArticle(store: Store, feed: { id: number; outletId: string }, guid: string, title: string, text: string): Promise<Item> {
  const [item] = (await store.insertItems([{ ...crashBatch(feed, 0)[0]!, guid, canonicalUrl: null }])).inserted;
  assert.ok(item);
  await store.saveArticle({ itemId: item.id, outletId: feed.outletId, url: null, title, text, byline: null, publishedAt: null, language: 'en', source: 'page' });
  return item;
}

describe('SqliteStore specifics', () => {
  let dir: string;
  let path: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roundup-sqlite-'));
    path = join(dir, 'roundup.db');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('migrations', () => {
    it('records each migration once, in order, and a re-run on a new connection changes nothing', async () => {
      const store = await openMigrated(path);
      assert.equal(await store.schemaVersion(), MIGRATIONS.length);
      await store.close();
      const raw = openSqliteDatabase(path);
      const ledger = () => raw.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all() as Array<{ version: number; name: string; applied_at: string }>;
      const before = ledger();
      assert.deepEqual(before.map((r) => [r.version, r.name]), MIGRATIONS.map((m) => [m.version, m.name]));
      const again = await openMigrated(path);
      await again.migrate();
      assert.deepEqual(ledger(), before);
      await again.close();
      raw.close();
    });

    it('reports version 0 before migrating', async () => {
      const store = openSqliteStore({ path });
      assert.equal(await store.schemaVersion(), 0);
      await store.close();
    });

    it('refuses a database migrated by a newer Roundup', async () => {
      await (await openMigrated(path)).close();
      const raw = openSqliteDatabase(path);
      raw.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', ?)`).run(T0);
      raw.close();
      const store = openSqliteStore({ path });
      await assert.rejects(store.migrate(), (err) => isRoundupError(err, 'store/schema-too-new'));
      await store.close();
    });

    it('accepts only versions 1, 2, 3 ... in order', () => {
      checkMigrationOrder(MIGRATIONS);
      assert.throws(() => checkMigrationOrder([{ version: 1, name: 'a', up: '' }, { version: 3, name: 'b', up: '' }]), (err) => isRoundupError(err, 'store/bad-migrations'));
      assert.throws(() => checkMigrationOrder([{ version: 2, name: 'a', up: '' }]), (err) => isRoundupError(err, 'store/bad-migrations'));
    });
  });

  describe('connection', () => {
    it('uses WAL, synchronous NORMAL, foreign keys and a busy timeout', () => {
      const db = openSqliteDatabase(path);
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 1);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
      db.close();
    });

    it('creates the parent directory of the file', async () => {
      const nested = join(dir, 'a', 'b', 'roundup.db');
      const store = await openMigrated(nested);
      await store.close();
      assert.ok(existsSync(nested));
    });

    it('keeps data across a reopen, and two connections see each other\'s commits', async () => {
      const writer = await openMigrated(path);
      const feed = await seedFeed(writer);
      const reader = openSqliteStore({ path });
      await writer.insertItems(crashBatch(feed, 0));
      assert.equal((await reader.counts()).items, CRASH_BATCH_SIZE);
      await writer.close();
      await reader.close();
      const reopened = await openMigrated(path);
      assert.deepEqual(await reopened.counts(), { outlets: 1, feeds: 1, items: CRASH_BATCH_SIZE, articles: 0, fetchAttempts: 0 });
      assert.equal((await reopened.getFeed(feed.id))?.url, 'https://acme.example/rss');
      await reopened.close();
    });

    it('fails with store/busy when another connection holds the write lock past the timeout', async () => {
      await (await openMigrated(path)).close();
      const store = openSqliteStore({ path, busyTimeoutMs: 50 });
      const holder = openSqliteDatabase(path);
      holder.exec('BEGIN IMMEDIATE');
      await assert.rejects(store.upsertOutlet({ id: 'x', name: 'X', homeDomain: 'x.example', language: 'en', country: 'US', perspective: 'centre', perspectiveBasis: 'test', isWire: false }), (err) => isRoundupError(err, 'store/busy'));
      holder.exec('ROLLBACK');
      holder.close();
      await store.close();
    });

    it('wraps an SQL failure in a RoundupError with a store/ code and the cause', async () => {
      const store = await openMigrated(path);
      const raw = openSqliteDatabase(path);
      raw.exec('DROP TABLE fetch_attempt');
      raw.close();
      await assert.rejects(store.counts(), (err) => {
        assert.ok(isRoundupError(err, 'store/failed'));
        assert.match(err.message, /^counts: .*fetch_attempt/);
        assert.ok(err.cause instanceof Error);
        return true;
      });
      await store.close();
    });
  });

  describe('schema choices', () => {
    it('does not reuse the id of a removed feed, so kept items never join a new feed', async () => {
      const store = await openMigrated(path);
      const feed = await seedFeed(store);
      await store.insertItems(crashBatch(feed, 0));
      await store.removeFeed(feed.id);
      const next = await store.addFeed({ outletId: 'acme', url: 'https://acme.example/other', nextCheckAt: T0, intervalSeconds: 60 });
      assert.ok(next.id > feed.id);
      assert.deepEqual(await store.listItems(next.id, 10), []);
      assert.equal((await store.listItems(feed.id, 100)).length, CRASH_BATCH_SIZE);
      await store.close();
    });

    it('keeps fetch attempts of a removed feed, without the feed id', async () => {
      const store = await openMigrated(path);
      const feed = await seedFeed(store);
      await store.recordFetchAttempt({ feedId: feed.id, itemId: null, url: feed.url, startedAt: T0, durationMs: 5, status: 200, outcome: 'ok', bytes: 10, error: null });
      await store.removeFeed(feed.id);
      assert.deepEqual((await store.listFetchAttempts({ limit: 5 })).map((a) => a.feedId), [null]);
      await store.close();
    });
  });

  describe('full-text search', () => {
    it('keeps the FTS5 index consistent with the article table through inserts and replacements', async () => {
      const store = await openMigrated(path);
      const feed = await seedFeed(store);
      const item = await seedArticle(store, feed, 'g1', 'First', 'Original words about harbours.');
      await seedArticle(store, feed, 'g2', 'Second', 'Another text about rivers.');
      await store.saveArticle({ itemId: item.id, outletId: 'acme', url: null, title: 'First, revised', text: 'Replacement words about mountains.', byline: null, publishedAt: null, language: 'en', source: 'page' });
      await store.close();
      const raw = openSqliteDatabase(path);
      // integrity-check compares the index with the content table; it throws when they differ.
      raw.exec(`INSERT INTO article_fts (article_fts) VALUES ('integrity-check')`);
      const match = (q: string) => raw.prepare('SELECT rowid FROM article_fts WHERE article_fts MATCH ?').all(q).length;
      assert.equal(match('harbours'), 0);
      assert.equal(match('mountains'), 1);
      assert.equal(match('rivers'), 1);
      raw.close();
    });

    it('folds diacritics, requires every word, and keeps a trailing * as a prefix search', async () => {
      const store = await openMigrated(path);
      const feed = await seedFeed(store);
      await seedArticle(store, feed, 'g1', 'Café society', 'A report from São Paulo on coffee prices.');
      await seedArticle(store, feed, 'g2', 'Tea', 'A report on tea prices.');
      assert.equal((await store.searchArticles('cafe', 5)).length, 1);
      assert.equal((await store.searchArticles('sao paulo', 5)).length, 1);
      assert.equal((await store.searchArticles('report prices', 5)).length, 2);
      assert.equal((await store.searchArticles('report coffee', 5)).length, 1);
      assert.equal((await store.searchArticles('coff*', 5)).length, 1);
      assert.equal((await store.searchArticles('coff', 5)).length, 0);
      const [hit] = await store.searchArticles('coffee', 5);
      assert.match(hit?.snippet ?? '', /\[coffee\]/);
      await store.close();
    });

    it('ftsQuery quotes every word and drops FTS5 syntax', () => {
      assert.equal(ftsQuery('climate change'), '"climate" "change"');
      assert.equal(ftsQuery('"unbalanced -minus title:x (a OR b) NEAR/2 ^c'), '"unbalanced" "minus" "title" "x" "a" "OR" "b" "NEAR" "2" "c"');
      assert.equal(ftsQuery('elect* *'), '"elect"*');
      assert.equal(ftsQuery('Zoë São'), '"Zoë" "São"');
      assert.equal(ftsQuery(' -:*"() '), null);
      assert.equal(ftsQuery(''), null);
      assert.equal(ftsQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))?.split(' ').length, 32);
    });
  });

  describe('crash safety', () => {
    it('loses no committed batch, keeps batches whole and the file intact after SIGKILL mid-write', async () => {
      const setup = await openMigrated(path);
      const feed = await seedFeed(setup);
      await setup.close();

      const reported = await runChildUntilKilled(path, feed, 40);
      assert.ok(reported.length >= 40, `child reported ${reported.length} batches`);

      const raw = openSqliteDatabase(path);
      assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
      const perBatch = batchCounts(raw.prepare(`SELECT guid FROM item WHERE guid LIKE 'crash-%'`).pluck().all() as string[]);
      raw.close();
      const last = Math.max(...reported);
      for (const batch of reported) assert.equal(perBatch.get(batch), CRASH_BATCH_SIZE, `reported batch ${batch} is missing items`);
      for (const [batch, count] of perBatch) {
        assert.equal(count, CRASH_BATCH_SIZE, `batch ${batch} is partial: all or nothing broken`);
        assert.ok(batch <= last + 1, `batch ${batch} is present but the child never reached it`);
      }

      const store = await openMigrated(path);
      for (const batch of reported) assert.deepEqual(await store.insertItems(crashBatch(feed, batch)), { inserted: [], duplicates: CRASH_BATCH_SIZE });
      await store.insertItems(crashBatch(feed, last + 1));
      assert.equal((await store.counts()).items, (last + 2) * CRASH_BATCH_SIZE);
      await store.close();
    });
  });
});

/** Number of stored items per crash batch, from their guids `crash-<batch>-<i>`. */
function batchCounts(guids: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const guid of guids) {
    const batch = Number(guid.split('-')[1]);
    counts.set(batch, (counts.get(batch) ?? 0) + 1);
  }
  return counts;
}

/** Starts the writer child, SIGKILLs it once it has reported `killAfter` commits, and returns
 * every batch it reported on a complete line. */
function runChildUntilKilled(path: string, feed: { id: number; outletId: string }, killAfter: number): Promise<number[]> {
  const script = fileURLToPath(new URL('./crash-writer-child.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, path, String(feed.id), feed.outletId], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const complete = () => stdout.split('\n').slice(0, -1);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (complete().length >= killAfter) child.kill('SIGKILL');
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') return reject(new Error(`child exited on its own (code ${code}): ${stderr}`));
      resolve(complete().map((line) => Number(/^committed (\d+)$/.exec(line)?.[1] ?? Number.NaN)));
    });
  });
}
