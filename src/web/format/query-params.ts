// Query-string values checked once at the edge: anything malformed is a 400, never a 500.
import { PERSPECTIVES, type Perspective } from '../../core/perspective.ts';
import { HttpError } from '../http-error.ts';

/** Longest search query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;

/** A trimmed search query ('' when absent); a 400 when it is too long. */
export function searchText(raw: string | undefined): string {
  const q = (raw ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) throw new HttpError(400, 'web/query-too-long', `A search may be at most ${MAX_QUERY_LENGTH} characters.`);
  return q;
}

/** A 1-based page number no greater than `max` (1 when absent); 400 when not a positive integer, 404 past the end. */
export function pageNumber(raw: string | undefined, max: number): number {
  if (raw === undefined || raw === '') return 1;
  if (!/^[1-9][0-9]{0,8}$/.test(raw)) throw new HttpError(400, 'web/bad-page', 'The page number must be a positive whole number.');
  const page = Number(raw);
  if (page > max) throw new HttpError(404, 'web/no-such-page', `There is no page ${page}; the last page is ${max}.`);
  return page;
}

/** A page size between 1 and `max` (`fallback` when absent), else a 400. */
export function limitParam(raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^[0-9]{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new HttpError(400, 'web/bad-limit', `limit must be a whole number from 1 to ${max}.`);
  return Number(raw);
}

/** A `YYYY-MM-DD` date as the ISO time of that day's start (UTC), null when absent, else a 400. */
export function dateParam(raw: string | undefined, name: string): string | null {
  if (raw === undefined || raw === '') return null;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? Date.parse(`${raw}T00:00:00.000Z`) : NaN;
  if (Number.isNaN(ms)) throw new HttpError(400, 'web/bad-date', `${name} must be a date written YYYY-MM-DD.`);
  return new Date(ms).toISOString();
}

/** A perspective filter, null when absent, else a 400. */
export function perspectiveParam(raw: string | undefined): Perspective | null {
  if (raw === undefined || raw === '') return null;
  if (!(PERSPECTIVES as readonly string[]).includes(raw)) throw new HttpError(400, 'web/bad-perspective', `perspective must be one of ${PERSPECTIVES.join(', ')}.`);
  return raw as Perspective;
}

/** A stored numeric id (article ids), else a 404 for the kind. */
export function numericId(raw: string, kind: string): number {
  if (!/^[1-9][0-9]{0,14}$/.test(raw)) throw new HttpError(404, 'web/not-found', `No ${kind} ${JSON.stringify(raw.slice(0, 80))} here.`);
  return Number(raw);
}
