import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startReplayServer } from '../../src/adapters/replay/replay-server.ts';
import { openSqliteStore } from '../../src/adapters/store-sqlite/index.ts';
import { rssFeed, articlePage } from '../support/feed-fixtures.ts';

const FEEDS = 30;
const ITEMS = 40;
const bin = new URL('../../bin/roundup.js', import.meta.url).pathname;

/** Writes a replay directory of FEEDS feeds with ITEMS items each, and their pages. */
function writeReplayDir(dir: string): void {
  mkdirSync(join(dir, 'feeds'));
  mkdirSync(join(dir, 'pages'));
  for (let f = 0; f < FEEDS; f++) {
    writeFileSync(join(dir, 'feeds', `f${f}.xml`), rssFeed('{{BASE}}', `f${f}`, ITEMS));
    for (let i = 0; i < ITEMS; i++) writeFileSync(join(dir, 'pages', `f${f}-${i}.html`), articlePage(`f${f} story ${i}`, ['One.', 'Two.']));
  }
}

/** Item rows as (feed, guid) keys, read by a separate connection as another process would. */
function storedItemKeys(dbPath: string): Set<string> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return new Set((db.prepare('SELECT feed_id AS f, guid AS g FROM item').all() as { f: number; g: string }[]).map((r) => `${r.f}:${r.g}`));
  } finally {
    db.close();
  }
}

/** Runs `roundup ingest --once` in a child; `killWhen` is polled and SIGKILLs it when true. */
function runIngest(env: NodeJS.ProcessEnv, killWhen?: () => boolean): Promise<{ code: number | null; signal: string | null; killedEarly: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'ingest', '--once'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let killedEarly = false;
    const poll = killWhen
      ? setInterval(() => {
          try {
            if (killWhen()) {
              killedEarly = true;
              child.kill('SIGKILL');
              clearInterval(poll);
            }
          } catch {
            // The database may not exist yet.
          }
        }, 20)
      : undefined;
    child.on('exit', (code, signal) => {
      if (poll) clearInterval(poll);
      if (code !== 0 && signal === null) process.stderr.write(stderr);
      resolve({ code, signal, killedEarly });
    });
  });
}

describe('kill -9 during ingestion', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof startReplayServer>>;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'roundup-kill-'));
    mkdirSync(join(root, 'replay'));
    writeReplayDir(join(root, 'replay'));
    server = await startReplayServer({ dir: join(root, 'replay'), port: 0 });
    const store = openSqliteStore({ path: join(root, 'data', 'roundup.db') });
    await store.migrate();
    const now = new Date(0).toISOString();
    for (let f = 0; f < FEEDS; f++) {
      await store.upsertOutlet({ id: `o${f}`, name: `Outlet ${f}`, homeDomain: `o${f}.example`, language: 'en', country: 'GB', perspective: 'unknown', perspectiveBasis: 'test', isWire: false });
      await store.addFeed({ outletId: `o${f}`, url: `${server.url}/feeds/f${f}.xml`, nextCheckAt: now, intervalSeconds: 3600 });
    }
    await store.close();
  });

  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('loses no stored item, and the next run completes without duplicates', async () => {
    const dbPath = join(root, 'data', 'roundup.db');
    const env = {
      ROUNDUP_DATA_DIR: join(root, 'data'),
      ROUNDUP_FETCH_ALLOW_HOSTS: '127.0.0.1',
      ROUNDUP_FETCH_HOST_DELAY_MS: '0',
      ROUNDUP_FETCH_HOST_CONCURRENCY: '4',
      ROUNDUP_SEED_OUTLETS: 'false',
      ROUNDUP_LOG_LEVEL: 'warn',
    };
    let seenBeforeKill = new Set<string>();
    const first = await runIngest(env, () => {
      seenBeforeKill = storedItemKeys(dbPath);
      return seenBeforeKill.size >= 200;
    });
    assert.equal(first.signal, 'SIGKILL', 'the first run was killed mid-way');
    assert.ok(seenBeforeKill.size < FEEDS * ITEMS, 'killed before the end');

    const db = new Database(dbPath);
    assert.equal((db.pragma('integrity_check', { simple: true }) as string), 'ok');
    db.close();
    const afterKill = storedItemKeys(dbPath);
    for (const key of seenBeforeKill) assert.ok(afterKill.has(key), `item ${key} survived the kill`);

    const second = await runIngest({ ...env });
    assert.equal(second.code, 0);
    const check = new Database(dbPath, { readonly: true });
    const row = check.prepare("SELECT count(*) AS items, count(DISTINCT canonical_url) AS urls, sum(article_state = 'done') AS done FROM item").get() as { items: number; urls: number; done: number };
    const articles = (check.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;
    check.close();
    assert.equal(row.items, FEEDS * ITEMS, 'every item stored exactly once');
    assert.equal(row.urls, FEEDS * ITEMS);
    assert.equal(row.done, FEEDS * ITEMS, 'items left pending by the kill were finished');
    assert.equal(articles, FEEDS * ITEMS);
  });
});
