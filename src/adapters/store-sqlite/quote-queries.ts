import type { Quote, TextSpan } from '../../core/quote.ts';
import { statement } from './statement-cache.ts';
import { notFound } from './store-errors.ts';
import type { SqliteDatabase } from './sqlite-connection.ts';

/** A row of the quote table. */
interface QuoteRow {
  content_start: number;
  content_end: number;
  cue_start: number;
  cue_end: number;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker: string | null;
  kind: Quote['kind'];
  speaker_type: Quote['speakerType'];
}

const insertSql = `
INSERT INTO quote (article_id, position, content_start, content_end, cue_start, cue_end, speaker_start, speaker_end, speaker, kind, speaker_type)
VALUES (@article_id, @position, @content_start, @content_end, @cue_start, @cue_end, @speaker_start, @speaker_end, @speaker, @kind, @speaker_type)`;

/** Replaces every quote of an article; call inside a transaction. */
export function replaceQuotes(db: SqliteDatabase, articleId: number, quotes: readonly Quote[]): void {
  if (statement(db, 'SELECT 1 FROM article WHERE id = ?').get(articleId) === undefined) throw notFound('article', articleId);
  statement(db, 'DELETE FROM quote WHERE article_id = ?').run(articleId);
  const insert = statement(db, insertSql);
  quotes.forEach((q, position) =>
    insert.run({
      article_id: articleId,
      position,
      content_start: q.content[0],
      content_end: q.content[1],
      cue_start: q.cue[0],
      cue_end: q.cue[1],
      speaker_start: q.speakerSpan?.[0] ?? null,
      speaker_end: q.speakerSpan?.[1] ?? null,
      speaker: q.speaker,
      kind: q.kind,
      speaker_type: q.speakerType,
    }),
  );
}

/** The quotes of an article in saved order. */
export function selectQuotes(db: SqliteDatabase, articleId: number): Quote[] {
  const rows = statement(db, 'SELECT * FROM quote WHERE article_id = ? ORDER BY position').all(articleId) as QuoteRow[];
  return rows.map(quoteFromRow);
}

/** Maps a row back to the core Quote. */
function quoteFromRow(row: QuoteRow): Quote {
  const span = (start: number | null, end: number | null): TextSpan | null => (start === null || end === null ? null : [start, end]);
  return {
    content: [row.content_start, row.content_end],
    cue: [row.cue_start, row.cue_end],
    speakerSpan: span(row.speaker_start, row.speaker_end),
    speaker: row.speaker,
    kind: row.kind,
    speakerType: row.speaker_type,
  };
}
