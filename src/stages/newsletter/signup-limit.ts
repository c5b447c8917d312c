// Per-IP sign-up rate limit as a token bucket: `burst` sign-ups at once, then one per
// `refillSeconds`. The state is a value the caller keeps; time is a parameter.

/** One client's bucket. */
export interface Bucket {
  readonly tokens: number;
  readonly updatedMs: number;
}

/** Limit settings. */
export interface BucketRule {
  readonly burst: number;
  readonly refillSeconds: number;
}

/** Default: 5 sign-ups at once, then one every 2 minutes per IP. */
export const SIGNUP_RULE: BucketRule = Object.freeze({ burst: 5, refillSeconds: 120 });

/** Takes one token at `nowMs`: whether it was allowed, the new bucket and, when refused, seconds until the next token. */
export function takeToken(bucket: Bucket | undefined, rule: BucketRule, nowMs: number): { allowed: boolean; bucket: Bucket; retryAfterSeconds: number } {
  const refilled = bucket ? Math.min(rule.burst, bucket.tokens + (nowMs - bucket.updatedMs) / (rule.refillSeconds * 1000)) : rule.burst;
  if (refilled >= 1) return { allowed: true, bucket: { tokens: refilled - 1, updatedMs: nowMs }, retryAfterSeconds: 0 };
  return { allowed: false, bucket: { tokens: refilled, updatedMs: nowMs }, retryAfterSeconds: Math.ceil((1 - refilled) * rule.refillSeconds) };
}
