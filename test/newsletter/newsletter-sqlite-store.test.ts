// The SQLite newsletter store: the contract suite, plus what is SQLite's own: its tables and
// ledger live beside the main store's in one file without touching its migrations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openNewsletterSqliteStore } from '../../src/adapters/newsletter-sqlite/newsletter-sqlite-store.ts';
import { NEWSLETTER_MIGRATIONS } from '../../src/adapters/newsletter-sqlite/newsletter-migrations.ts';
import { runNewsletterMigrations } from '../../src/adapters/newsletter-sqlite/newsletter-migration-runner.ts';
import { handOffLogPath } from '../../src/adapters/newsletter-sqlite/hand-off-log.ts';
import { appendFileSync, readFileSync } from 'node:fs';
import { tempStore } from '../support/sqlite-temp.ts';
import { newsletterStoreContract } from './newsletter-store-contract.ts';

newsletterStoreContract('SQLite', async () => {
  const main = await tempStore();
  const store = openNewsletterSqliteStore({ path: main.path });
  await store.migrate();
  return { store, cleanup: async () => (await store.close(), await main.cleanup()) };
});

describe('SQLite newsletter store beside the main store', () => {
  it('keeps its own migration ledger and leaves the main schema version alone', async () => {
    const main = await tempStore();
    const before = await main.store.schemaVersion();
    const store = openNewsletterSqliteStore({ path: main.path });
    await store.migrate();
    await store.migrate();
    await main.store.migrate();
    assert.equal(await main.store.schemaVersion(), before);
    const db = new Database(main.path, { readonly: true });
    const ledger = db.prepare('SELECT version FROM newsletter_migrations').all();
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'nl_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    db.close();
    assert.deepEqual(ledger, [{ version: 1 }, { version: 2 }]);
    assert.deepEqual(tables, ['nl_edition', 'nl_list', 'nl_outbox', 'nl_sender_lease', 'nl_subscriber', 'nl_subscription', 'nl_suppression']);
    await store.close();
    await main.cleanup();
  });

  it('recovers a hand-off that reached the log but not its commit, and never trusts a line from an earlier attempt', async () => {
    const main = await tempStore();
    const store = openNewsletterSqliteStore({ path: main.path });
    await store.migrate();
    const { edition } = await store.createEdition({ list: 'morning-briefing', period: 'p', subject: 's', html: '', text: '', stories: [] }, 't');
    const ids: number[] = [];
    for (const email of ['logged@example.com', 'stale@example.com', 'done@example.com']) {
      const s = await store.findOrCreateSubscriber({ email, timeZone: 'UTC', sendHour: null }, 't');
      ids.push(s.id);
    }
    const [logged, stale, done] = ids as [number, number, number];
    await store.enqueue(edition.id, ids.map((id, i) => ({ subscriber: id, email: `${i}@example.com`, dueAt: 't' })), 't');
    await store.recoverInterrupted('t');
    await store.claimDue('u', 10);
    store.markHandingOff(edition.id, done, 'u');
    store.markHandedOff(edition.id, done, 1, 'u');
    store.markHandingOff(edition.id, logged, 'u');
    store.markHandingOff(edition.id, stale, 'u');
    // As if killed between the log's write(2) and the commit; and a line left by attempt 0.
    appendFileSync(handOffLogPath(main.path), `${edition.id} ${logged} 1\n${edition.id} ${stale} 0\n${edition.id} 9`);
    assert.deepEqual(await store.recoverInterrupted('v'), { requeued: 0, uncertain: 1, assumedSent: 2 });
    assert.equal((await store.getOutboxRow(edition.id, logged))?.state, 'sent');
    assert.deepEqual([(await store.getOutboxRow(edition.id, stale))?.state, (await store.getOutboxRow(edition.id, stale))?.uncertainResends], ['pending', 1]);
    assert.equal(readFileSync(handOffLogPath(main.path), 'latin1'), '', 'the log is emptied once recovery is committed');
    await store.close();
    await main.cleanup();
  });

  it('migrates a version 1 outbox to the hand-off states, keeping its rows', async () => {
    const main = await tempStore();
    const v1 = new Database(main.path);
    runNewsletterMigrations(v1, NEWSLETTER_MIGRATIONS.slice(0, 1), '2026-11-26T00:00:00.000Z');
    v1.exec(`INSERT INTO nl_edition (id, list_slug, period, subject, html, text, stories, created_at) VALUES (1, 'morning-briefing', 'p', 's', '', '', '[]', 't');
      INSERT INTO nl_outbox (edition_id, subscriber_id, email, state, attempts, due_at, next_attempt_at, last_error, updated_at)
      VALUES (1, 7, 'a@example.com', 'handed-off', 1, 'd', 'n', 'e', 'u'), (1, 8, 'b@example.com', 'pending', 0, 'd', 'n', NULL, 'u')`);
    v1.close();
    const store = openNewsletterSqliteStore({ path: main.path });
    await store.migrate();
    assert.deepEqual(await store.getOutboxRow(1, 7), { edition: 1, subscriber: 7, email: 'a@example.com', state: 'handed-off', attempts: 1, dueAt: 'd', nextAttemptAt: 'n', lastError: 'e', updatedAt: 'u', uncertainResends: 0 });
    assert.equal((await store.claimDue('z', 10)).length, 1, 'the pending row is still due (its index was rebuilt)');
    store.markHandingOff(1, 8, 'v');
    assert.equal((await store.getOutboxRow(1, 8))?.state, 'handing-off');
    await store.close();
    await main.cleanup();
  });
});
