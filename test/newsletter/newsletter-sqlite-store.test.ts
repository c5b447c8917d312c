// The SQLite newsletter store: the contract suite, plus what is SQLite's own: its tables and
// ledger live beside the main store's in one file without touching its migrations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openNewsletterSqliteStore } from '../../src/adapters/newsletter-sqlite/newsletter-sqlite-store.ts';
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
    assert.deepEqual(ledger, [{ version: 1 }]);
    assert.deepEqual(tables, ['nl_edition', 'nl_list', 'nl_outbox', 'nl_sender_lease', 'nl_subscriber', 'nl_subscription', 'nl_suppression']);
    await store.close();
    await main.cleanup();
  });
});
