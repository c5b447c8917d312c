// What an SMTP failure means for the outbox row: try again later (4xx replies, dropped or refused
// connections, timeouts) or give up (5xx replies, a refused recipient). Backoff doubles from one
// minute to six hours with jitter; after MAX_ATTEMPTS the row fails for good.

/** A send failure as the adapter reports it. */
export interface SmtpFailure {
  /** SMTP reply code when the server answered, else null (network error). */
  readonly responseCode: number | null;
  readonly message: string;
}

/** What to do with a row after a failure. */
export type FailureDecision = { readonly kind: 'retry'; readonly at: Date } | { readonly kind: 'failed'; readonly reason: string };

/** Attempts before a temporary failure becomes permanent. */
export const MAX_ATTEMPTS = 8;

/** True for a reply code that says "never try again with this message". */
export function isPermanent(failure: SmtpFailure): boolean {
  return failure.responseCode !== null && failure.responseCode >= 500 && failure.responseCode < 600;
}

/** Decides retry or failure after attempt number `attempts` (1 for the first) failed at `now`; `random` in [0, 1). */
export function decideAfterFailure(failure: SmtpFailure, attempts: number, now: Date, random: number): FailureDecision {
  const reason = failure.responseCode === null ? failure.message : `${failure.responseCode} ${failure.message}`;
  if (isPermanent(failure)) return { kind: 'failed', reason };
  if (attempts >= MAX_ATTEMPTS) return { kind: 'failed', reason: `gave up after ${attempts} attempts: ${reason}` };
  return { kind: 'retry', at: new Date(now.getTime() + backoffMs(attempts, random)) };
}

/** Delay before attempt `attempts + 1`: 1 min × 2^(attempts-1), capped at 6 h, ±25% jitter. */
export function backoffMs(attempts: number, random: number): number {
  const base = Math.min(6 * 3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random * 0.5));
}
