// ISO 8601 date-time with optional seconds, fraction and offset.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A page's date as ISO 8601: `YYYY-MM-DDTHH:mm:ss±hh:mm` (offset kept as stated, `Z` for UTC),
 * a bare date when only a date is given, the local time without offset when the page states none;
 * other parsable forms (RFC 822) become UTC. Null when it is not a date. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const match = ISO.exec(text);
  if (match) return fromIsoParts(match);
  if (!/\d{4}/.test(text) || !/[a-z]/i.test(text)) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year > 1900 && year < 2200 ? new Date(time).toISOString().replace('.000Z', 'Z') : null;
}

/** Rebuilds an ISO match in one form; null for impossible dates. */
function fromIsoParts(match: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, offset] = match;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return date;
  const zone = offset === undefined ? '' : offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
  return `${date}T${h}:${mi}:${s ?? '00'}${zone === '+00:00' ? 'Z' : zone}`;
}

/** True when two page dates name the same instant (or the same day when one is only a date). */
export function sameDate(a: string | null, b: string | null): boolean {
  const left = normalizeDate(a);
  const right = normalizeDate(b);
  if (!left || !right) return false;
  if (left.length === 10 || right.length === 10) return left.slice(0, 10) === right.slice(0, 10);
  const l = Date.parse(left);
  const r = Date.parse(right);
  return !Number.isNaN(l) && l === r;
}
