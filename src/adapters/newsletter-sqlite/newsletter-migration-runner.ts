import { RoundupError } from '../../core/errors.ts';
import type { SqliteDatabase } from '../store-sqlite/sqlite-connection.ts';
import type { NewsletterMigration } from './newsletter-migrations.ts';

/** Applies pending newsletter migrations, each in an IMMEDIATE transaction so two starting processes cannot both apply one. */
export function runNewsletterMigrations(db: SqliteDatabase, migrations: readonly NewsletterMigration[], now: string): number {
  db.exec('CREATE TABLE IF NOT EXISTS newsletter_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = () => (db.prepare('SELECT coalesce(max(version), 0) AS v FROM newsletter_migrations').get() as { v: number }).v;
  if (current() > migrations.length) {
    throw new RoundupError('newsletter-store/schema-too-new', `newsletter schema is version ${current()}, this Roundup knows up to ${migrations.length}`);
  }
  let applied = 0;
  for (const m of migrations) {
    const step = db.transaction(() => {
      if (current() >= m.version) return false;
      db.exec(m.up);
      db.prepare('INSERT INTO newsletter_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now);
      return true;
    });
    try {
      if (step.immediate()) applied += 1;
    } catch (err) {
      throw new RoundupError('newsletter-store/migration-failed', `newsletter migration ${m.version} (${m.name}) failed: ${(err as Error).message}`, { cause: err });
    }
  }
  return applied;
}
