import type Database from 'better-sqlite3';
import type { SqliteDatabase } from './sqlite-connection.ts';

const cache = new WeakMap<SqliteDatabase, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on `db`, compiled once per connection. */
export function statement(db: SqliteDatabase, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
