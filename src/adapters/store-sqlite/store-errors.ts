import { RoundupError } from '../../core/errors.ts';

// SQLite's extended result codes, as better-sqlite3 puts them on SqliteError#code.
const codeBySqliteCode: ReadonlyArray<readonly [prefix: string, code: string]> = [
  ['SQLITE_BUSY', 'store/busy'],
  ['SQLITE_CONSTRAINT_FOREIGNKEY', 'store/not-found'],
  ['SQLITE_CONSTRAINT', 'store/constraint'],
  ['SQLITE_FULL', 'store/disk-full'],
  ['SQLITE_LOCKED', 'store/busy'],
  ['SQLITE_READONLY', 'store/read-only'],
];

/** Turns anything thrown by SQLite into a RoundupError `store/...` naming the operation, keeping the cause. */
export function toStoreError(operation: string, err: unknown): RoundupError {
  if (err instanceof RoundupError) return err;
  const sqliteCode = (err as { code?: unknown } | null)?.code;
  const code = typeof sqliteCode === 'string' ? storeCode(sqliteCode) : 'store/failed';
  const message = err instanceof Error ? err.message : String(err);
  return new RoundupError(code, `${operation}: ${message}`, { cause: err });
}

function storeCode(sqliteCode: string): string {
  return codeBySqliteCode.find(([prefix]) => sqliteCode.startsWith(prefix))?.[1] ?? 'store/failed';
}

/** The error for a write that names a row that does not exist. */
export function notFound(what: string, id: number | string): RoundupError {
  return new RoundupError('store/not-found', `${what} ${id} does not exist`);
}
