/** The SQLite adapter of the Store port. */
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.ts';
export { openSqliteDatabase, type SqliteDatabase } from './sqlite-connection.ts';
export { MIGRATIONS, type Migration } from './schema-migrations.ts';
export { ftsQuery } from './search-query.ts';
