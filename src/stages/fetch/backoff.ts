/** How the delay is randomised: full jitter (uniform up to the exponential ceiling) or decorrelated jitter (grows from the previous delay). */
export type JitterKind = 'full' | 'decorrelated';

/** Bounds and style of the back-off. */
export interface BackoffOptions {
  readonly baseSeconds: number;
  readonly maxSeconds: number;
  /** Default 'full'. */
  readonly jitter?: JitterKind;
  /** The previous delay, for decorrelated jitter; defaults to baseSeconds. */
  readonly previousSeconds?: number | null;
}

/** Seconds to wait after `errorCount` consecutive failures; 0 when there were none. Always within [baseSeconds, maxSeconds]. */
export function backoffSeconds(errorCount: number, random01: number, options: BackoffOptions): number {
  if (!(errorCount > 0)) return 0;
  const base = Math.max(0, options.baseSeconds);
  const max = Math.max(base, options.maxSeconds);
  const r = clamp01(random01);
  const delay = options.jitter === 'decorrelated'
    ? decorrelated(base, max, options.previousSeconds ?? base, r)
    : full(base, max, errorCount, r);
  return Math.round(clamp(delay, base, max));
}

// Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"), floored at the base
// so that a failing feed is never retried at once.
function full(base: number, max: number, errorCount: number, r: number): number {
  // 2^52 is already beyond any max; capping the exponent keeps the product finite.
  const ceiling = Math.min(max, base * 2 ** Math.min(errorCount - 1, 52));
  return base + r * (ceiling - base);
}

// Decorrelated jitter: uniform between the base and three times the previous delay.
function decorrelated(base: number, max: number, previous: number, r: number): number {
  const upper = Math.min(max, Math.max(base, previous) * 3);
  return base + r * (upper - base);
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? clamp(value, 0, 1) : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
