import { RoundupError } from '../../core/errors.ts';

// A date, optionally with a time; a time must carry its zone (Z or ±hh:mm), because JavaScript
// reads a zoneless date-time as local time, which would silently shift it by the host's offset.
const isoPattern = /^\d{4}-\d{2}-\d{2}(?:$|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$)/i;

/** Normalises an ISO 8601 time to `Date.toISOString()` form so that text order is time order; rejects anything else. */
export function storedTime(value: string, field: string): string {
  const ms = isoPattern.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RoundupError('store/invalid-time', `${field} is not an ISO 8601 time with a zone: ${JSON.stringify(value)}`);
  }
  return new Date(ms).toISOString();
}

/** storedTime for an optional value: null stays null. */
export function storedTimeOrNull(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined ? null : storedTime(value, field);
}
