import type { Outlet } from '../../core/outlet.ts';
import { outletFromRow, outletToRow, type OutletRow } from './row-mappers.ts';
import { statement } from './statement-cache.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

// ON CONFLICT DO UPDATE, not INSERT OR REPLACE: REPLACE deletes the old row first, which would
// cascade to the outlet's feeds.
const upsertSql = `
INSERT INTO outlet (id, name, home_domain, language, country, perspective, perspective_basis, is_wire)
VALUES (@id, @name, @home_domain, @language, @country, @perspective, @perspective_basis, @is_wire)
ON CONFLICT (id) DO UPDATE SET
  name = excluded.name, home_domain = excluded.home_domain, language = excluded.language,
  country = excluded.country, perspective = excluded.perspective,
  perspective_basis = excluded.perspective_basis, is_wire = excluded.is_wire`;

/** Inserts the outlet, or updates every field of the stored one (its feeds stay). */
export function upsertOutlet(db: SqliteDatabase, outlet: Outlet): void {
  statement(db, upsertSql).run(outletToRow(outlet));
}

/** The outlet with this id, or null. */
export function selectOutlet(db: SqliteDatabase, id: string): Outlet | null {
  const row = statement(db, 'SELECT * FROM outlet WHERE id = ?').get(id) as OutletRow | undefined;
  return row === undefined ? null : outletFromRow(row);
}

/** Every outlet, by id. */
export function selectOutlets(db: SqliteDatabase): Outlet[] {
  const rows = statement(db, 'SELECT * FROM outlet ORDER BY id').all() as OutletRow[];
  return rows.map(outletFromRow);
}

/** Deletes the outlet; its feeds go by ON DELETE CASCADE, its items and articles stay. */
export function deleteOutlet(db: SqliteDatabase, id: string): boolean {
  return statement(db, 'DELETE FROM outlet WHERE id = ?').run(id).changes > 0;
}
