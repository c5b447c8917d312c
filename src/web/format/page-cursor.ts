// Cursors for story and briefing listings: the last story of a page, opaque to clients.
import { HttpError } from '../http-error.ts';

/** Where the next page starts: after this story. */
export interface StoryCursor {
  readonly lastSeen: string;
  readonly id: string;
}

/** Encodes a cursor as base64url JSON. */
export function encodeCursor(cursor: StoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.lastSeen, cursor.id])).toString('base64url');
}

/** Decodes a cursor, throwing a 400 HttpError for anything that is not one we made. */
export function decodeCursor(value: string): StoryCursor {
  try {
    if (value.length > 400) throw new Error('too long');
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) throw new Error('not a pair');
    const [lastSeen, id] = parsed as unknown[];
    if (typeof lastSeen !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(lastSeen))) throw new Error('bad fields');
    return { lastSeen: new Date(lastSeen).toISOString(), id };
  } catch (cause) {
    throw new HttpError(400, 'web/bad-cursor', 'The cursor is not valid; start again from the first page.', { cause });
  }
}

/** Encodes an offset cursor (for listings the store pages by limit only). */
export function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** Decodes an offset cursor no greater than `max`, else a 400 HttpError. */
export function decodeOffset(value: string, max: number): number {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as { o?: unknown };
    if (!Number.isInteger(parsed.o) || (parsed.o as number) < 0 || (parsed.o as number) > max) throw new Error('out of range');
    return parsed.o as number;
  } catch (cause) {
    throw new HttpError(400, 'web/bad-cursor', 'The cursor is not valid; start again from the first page.', { cause });
  }
}
