import { SIGNUP_RULE, takeToken, type Bucket, type BucketRule } from '../../stages/newsletter/signup-limit.ts';

/** Per-IP sign-up limiter over in-memory buckets (per process; a restart forgets them). */
export function createSignupLimiter(nowMs: () => number, rule: BucketRule = SIGNUP_RULE, maxClients = 50_000): { take(ip: string): { ok: boolean; retryAfterSeconds: number } } {
  const buckets = new Map<string, Bucket>();
  return {
    take(ip) {
      const result = takeToken(buckets.get(ip), rule, nowMs());
      buckets.delete(ip);
      buckets.set(ip, result.bucket);
      // Oldest-touched first: drop them when an address flood would grow the map without end.
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      return { ok: result.allowed, retryAfterSeconds: result.retryAfterSeconds };
    },
  };
}
