import { createHash } from 'node:crypto';
import type { Briefing } from '../../core/briefing.ts';
import type { StoredBriefing } from '../../ports/store.ts';
import { statement } from './statement-cache.ts';
import { storedTime } from './time-values.ts';
import { resolveStoryId, storyListingFilter, type StoryListing } from './story-queries.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

/** A `briefing` row; body is the Briefing as JSON. */
interface BriefingRow {
  story_id: string;
  version: number;
  composed_at: string;
  content_hash: string;
  body: string;
}

/** Maps a row back to a stored briefing. */
function briefingFromRow(row: BriefingRow): StoredBriefing {
  return { briefing: JSON.parse(row.body) as Briefing, version: row.version, composedAt: row.composed_at };
}

/** Stores a new version unless the latest has the same content; call inside a transaction. */
export function insertBriefingVersion(db: SqliteDatabase, briefing: Briefing, composedAt: string): { version: number; changed: boolean } {
  const body = JSON.stringify(briefing);
  const hash = createHash('sha256').update(body).digest('hex');
  const latest = statement(db, 'SELECT version, content_hash FROM briefing WHERE story_id = ? ORDER BY version DESC LIMIT 1').get(briefing.story) as { version: number; content_hash: string } | undefined;
  if (latest?.content_hash === hash) return { version: latest.version, changed: false };
  const version = (latest?.version ?? 0) + 1;
  statement(db, 'INSERT INTO briefing (story_id, version, composed_at, content_hash, body) VALUES (?, ?, ?, ?, ?)').run(briefing.story, version, storedTime(composedAt, 'composedAt'), hash, body);
  return { version, changed: true };
}

/** The latest briefing of a story, following merges. */
export function selectLatestBriefing(db: SqliteDatabase, storyId: string): StoredBriefing | null {
  const live = resolveStoryId(db, storyId) ?? storyId;
  const row = statement(db, 'SELECT * FROM briefing WHERE story_id = ? ORDER BY version DESC LIMIT 1').get(live) as BriefingRow | undefined;
  return row ? briefingFromRow(row) : null;
}

/** Every version of a story's briefing, oldest first. */
export function selectBriefingVersions(db: SqliteDatabase, storyId: string): StoredBriefing[] {
  const live = resolveStoryId(db, storyId) ?? storyId;
  return (statement(db, 'SELECT * FROM briefing WHERE story_id = ? ORDER BY version').all(live) as BriefingRow[]).map(briefingFromRow);
}

/** The latest briefing of each live story that has one, by story last seen, newest first. */
export function selectBriefings(db: SqliteDatabase, options: StoryListing): StoredBriefing[] {
  const { where, params } = storyListingFilter(options);
  const sql = `SELECT b.* FROM story s JOIN briefing b ON b.story_id = s.id
    AND b.version = (SELECT max(version) FROM briefing WHERE story_id = s.id)
    WHERE ${where} ORDER BY s.last_seen DESC, s.id DESC LIMIT ?`;
  return (db.prepare(sql).all(...params, options.limit) as BriefingRow[]).map(briefingFromRow);
}
