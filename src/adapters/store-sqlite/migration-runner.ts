import { RoundupError } from '../../core/errors.ts';
import type { Migration } from './schema-migrations.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

const createLedger = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** Throws unless versions are whole numbers strictly increasing from 1 without gaps. */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new RoundupError('store/bad-migrations', `migration #${i} has version ${m.version}, expected ${i + 1}`);
    }
  });
}

/** Version of the newest applied migration; 0 for a fresh file. */
export function appliedVersion(db: SqliteDatabase): number {
  const ledger = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (ledger === undefined) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/** Applies the pending migrations, each in its own transaction; returns how many were applied. */
export function runMigrations(db: SqliteDatabase, migrations: readonly Migration[], now: () => string): number {
  checkMigrationOrder(migrations);
  db.exec(createLedger);
  refuseNewerSchema(appliedVersion(db), migrations.length);
  let applied = 0;
  for (const migration of migrations) {
    if (applyOne(db, migration, now)) applied += 1;
  }
  return applied;
}

// A file migrated by a newer Roundup may have tables this code would misread: stop rather than guess.
function refuseNewerSchema(current: number, known: number): void {
  if (current > known) {
    throw new RoundupError('store/schema-too-new', `database schema is version ${current}, this Roundup knows up to ${known}`);
  }
}

// IMMEDIATE takes the write lock before re-reading the version, so two processes starting at
// once cannot both apply the same migration: the second waits (busy_timeout), then sees it done.
function applyOne(db: SqliteDatabase, migration: Migration, now: () => string): boolean {
  const apply = db.transaction(() => {
    if (appliedVersion(db) >= migration.version) return false;
    db.exec(migration.up);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, now());
    return true;
  });
  try {
    return apply.immediate();
  } catch (err) {
    throw new RoundupError('store/migration-failed', `migration ${migration.version} (${migration.name}) failed: ${(err as Error).message}`, { cause: err });
  }
}
