/** What a status code means to the fetcher. */
export type StatusOutcome = 'ok' | 'not-modified' | 'rate-limited' | 'redirect' | 'http-error';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PERMANENT_REDIRECT_STATUSES = new Set([301, 308]);

/** Classifies a status: 2xx ok, 304 not-modified, 429/503 rate-limited, 3xx with Location redirect, anything else an HTTP error. */
export function classifyStatus(status: number, hasLocation: boolean): StatusOutcome {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 304) return 'not-modified';
  if (status === 429 || status === 503) return 'rate-limited';
  // A redirect without a Location cannot be followed: it is an error, not a silent success.
  if (REDIRECT_STATUSES.has(status) && hasLocation) return 'redirect';
  return 'http-error';
}

/** True for 301 and 308, the redirects that say "store the new URL". */
export function isPermanentRedirect(status: number): boolean {
  return PERMANENT_REDIRECT_STATUSES.has(status);
}

/** Seconds to wait from a Retry-After value (delta-seconds or HTTP-date, RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  return secondsUntilDate(text, now);
}

// A year is far longer than any sane back-off; it also keeps absurd values finite.
const MAX_RETRY_AFTER_SECONDS = 365 * 24 * 3600;

// HTTP-dates are IMF-fixdate (or the obsolete RFC 850 / asctime forms); all contain a letter
// and Date.parse reads them. A bare number was handled above, so a digits-only string never reaches here.
function secondsUntilDate(text: string, now: Date): number | null {
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  const seconds = Math.ceil((at - now.getTime()) / 1000);
  return Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER_SECONDS);
}
