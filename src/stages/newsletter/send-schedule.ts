// Per-subscriber send times: an edition goes to each subscriber at their chosen local hour in
// their own time zone. Pure: the time and the zone are parameters; Intl does the zone maths,
// including daylight-saving jumps (a 02:00 that does not exist moves forward by the gap).

/** The wall-clock parts of an instant in a time zone. */
interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short' });
    formatters.set(zone, f);
  }
  return f;
}

/** The local date, time and weekday of `instant` in `zone`. */
export function localParts(instant: Date, zone: string): LocalParts {
  const parts = Object.fromEntries(formatter(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

// The zone's offset at an instant, in ms (local minus UTC).
function offsetMs(instant: Date, zone: string): number {
  const p = localParts(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** The instant at which the wall clock in `zone` shows this date at `hour`:00. */
export function zonedTime(year: number, month: number, day: number, hour: number, zone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  // Two passes settle the offset across a DST change. An hour that does not exist (clocks
  // jump forward over it) matches neither pass: take the later one, just after the gap.
  const first = guess - offsetMs(new Date(guess), zone);
  const second = guess - offsetMs(new Date(first), zone);
  if (localParts(new Date(second), zone).hour === hour) return new Date(second);
  if (localParts(new Date(first), zone).hour === hour) return new Date(first);
  return new Date(Math.max(first, second));
}

/** The first instant at or after `from` at which it is `hour`:00 in `zone` (on `weekday` when given). */
export function nextLocalHour(from: Date, zone: string, hour: number, weekday: number | null = null): Date {
  const start = localParts(from, zone);
  for (let add = 0; add <= 8; add++) {
    const day = new Date(Date.UTC(start.year, start.month - 1, start.day + add));
    const candidate = zonedTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, zone);
    if (candidate.getTime() < from.getTime()) continue;
    if (weekday !== null && localParts(candidate, zone).weekday !== weekday) continue;
    return candidate;
  }
  throw new RangeError(`no ${hour}:00 in ${zone} within 8 days of ${from.toISOString()}`);
}
