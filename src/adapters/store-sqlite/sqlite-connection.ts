import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { RoundupError } from '../../core/errors.ts';

/** A better-sqlite3 connection, as the queries of this adapter see it. */
export type SqliteDatabase = Database.Database;

/** Default wait for another process's write lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed, with its parent directory) a SQLite file with the pragmas the store relies on. */
export function openSqliteDatabase(path: string, options: { busyTimeoutMs?: number } = {}): SqliteDatabase {
  if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
  let db: SqliteDatabase;
  try {
    db = new Database(path);
  } catch (err) {
    throw new RoundupError('store/open-failed', `cannot open SQLite database ${path}: ${(err as Error).message}`, { cause: err });
  }
  applyPragmas(db, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
  return db;
}

// Why these settings:
// - journal_mode=WAL: readers never block the writer, and a commit is one append to the -wal file.
// - synchronous=NORMAL: in WAL mode a commit has been written (write(2)) to the -wal file before
//   COMMIT returns; only checkpoints fsync. A killed process (kill -9, OOM, crash) loses nothing
//   committed, because the bytes are already in the OS page cache and the next opener replays the
//   WAL. Only an OS crash or power loss can drop the last few commits, and even then the file is
//   never corrupt (each write is whole or absent). FULL would fsync on every commit for that last
//   case only, at a large cost per transaction.
// - foreign_keys=ON: SQLite leaves them off by default, per connection.
// - busy_timeout: several processes (web, workers) share one file; wait for the lock rather than fail.
function applyPragmas(db: SqliteDatabase, busyTimeoutMs: number): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal' && mode !== 'memory') {
    throw new RoundupError('store/open-failed', `SQLite refused WAL mode (journal_mode is ${String(mode)})`);
  }
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
}
