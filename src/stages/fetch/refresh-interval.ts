/** What the refresh interval is derived from. Time is a parameter: the stage never reads the clock. */
export interface RefreshIntervalInput {
  /** Published (or updated) dates of the feed's entries, ISO 8601; unreadable ones are ignored. */
  readonly entryDates: readonly string[];
  /** RSS <ttl>, in minutes. */
  readonly ttlMinutes: number | null;
  /** The feed response's Cache-Control header. */
  readonly cacheControl: string | null;
  readonly now: Date;
  /** Lower bound, default 300 (5 minutes). */
  readonly minSeconds?: number;
  /** Upper bound, default 86400 (24 hours). */
  readonly maxSeconds?: number;
}

/** Defaults of the refresh interval bounds. */
export const REFRESH_INTERVAL_DEFAULTS = Object.freeze({ minSeconds: 300, maxSeconds: 86_400 });

// Enough recent entries to see the rhythm of a feed without letting last month's pace decide.
const RECENT_ENTRIES = 20;
// Dates this far ahead of now are treated as clock skew and count as now; further ones are bogus.
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;
// A feed silent for longer than this many typical gaps is slowing down: poll at this fraction of the silence.
const QUIET_FRACTION = 4;
// A feed whose entries carry no usable rhythm (no dates, one date, or one date on every entry)
// is still a news feed: check it hourly rather than daily.
const UNKNOWN_RHYTHM_SECONDS = 3600;

/** Seconds until the next refresh: the median gap between recent entries (slower for a feed gone quiet), raised to the feed's TTL and Cache-Control max-age, clamped to [minSeconds, maxSeconds]. */
export function refreshIntervalSeconds(input: RefreshIntervalInput): number {
  const minSeconds = input.minSeconds ?? REFRESH_INTERVAL_DEFAULTS.minSeconds;
  const maxSeconds = Math.max(minSeconds, input.maxSeconds ?? REFRESH_INTERVAL_DEFAULTS.maxSeconds);
  const publisherFloor = Math.max(ttlSeconds(input.ttlMinutes), maxAgeSeconds(input.cacheControl));
  const interval = Math.max(postingIntervalSeconds(input.entryDates, input.now, UNKNOWN_RHYTHM_SECONDS), publisherFloor);
  return Math.round(Math.min(Math.max(interval, minSeconds), maxSeconds));
}

/** The feed's own rhythm: median gap between the most recent entries, stretched when the newest entry is old. With fewer than two distinct dates nothing is known, so `fallbackSeconds`. */
export function postingIntervalSeconds(entryDates: readonly string[], now: Date, fallbackSeconds: number): number {
  const times = recentTimes(entryDates, now);
  const newest = times[0];
  if (newest === undefined || new Set(times).size < 2) return fallbackSeconds;
  const gap = median(gaps(times)) / 1000;
  const silence = (now.getTime() - newest) / 1000;
  return Math.max(gap, silence / QUIET_FRACTION);
}

/** max-age from a Cache-Control header, in seconds; 0 when absent or when the response must not be reused. */
export function maxAgeSeconds(cacheControl: string | null): number {
  if (cacheControl === null) return 0;
  const directives = cacheControl.toLowerCase().split(',').map((d) => d.trim());
  // no-store / no-cache say nothing about how often the content changes; they set no floor.
  if (directives.some((d) => d === 'no-store' || d === 'no-cache')) return 0;
  for (const directive of directives) {
    const match = /^max-age\s*=\s*"?(\d+)"?$/.exec(directive);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return 0;
}

function ttlSeconds(ttlMinutes: number | null): number {
  return ttlMinutes !== null && Number.isFinite(ttlMinutes) && ttlMinutes > 0 ? ttlMinutes * 60 : 0;
}

// Newest first, at most RECENT_ENTRIES, duplicates kept (two entries in the same second are a real burst).
function recentTimes(entryDates: readonly string[], now: Date): number[] {
  const nowMs = now.getTime();
  return entryDates
    .map((iso) => Date.parse(iso))
    .filter((t) => Number.isFinite(t) && t <= nowMs + FUTURE_TOLERANCE_MS)
    .map((t) => Math.min(t, nowMs))
    .sort((a, b) => b - a)
    .slice(0, RECENT_ENTRIES);
}

function gaps(newestFirst: readonly number[]): number[] {
  return newestFirst.slice(1).map((t, i) => (newestFirst[i] ?? t) - t);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}
