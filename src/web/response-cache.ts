// HTTP caching for GET: a strong ETag from the body's hash with 304 for a matching If-None-Match,
// and a short in-memory reuse of rendered bodies so a busy page is rendered once per window,
// not once per request. Responses marked `cache-control: no-store` or `private` (health, errors,
// the newsletter's pages) and responses setting cookies pass through untouched.
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler, Next } from 'hono';

/** A rendered response kept for reuse. */
interface CachedResponse {
  /** A Uint8Array and a plain header object: @hono/node-server writes those without copying. */
  readonly body: Uint8Array<ArrayBuffer>;
  readonly headers: Readonly<Record<string, string>>;
  readonly etag: string;
  readonly expires: number;
}

/** Options: how long a body is reused (0: never, only ETags), how many are kept, and the clock. */
export interface ResponseCacheOptions {
  readonly reuseMs: number;
  readonly maxEntries: number;
  readonly nowMs: () => number;
}

/** Strong ETag of a body. */
export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header names `etag` (or `*`); weak forms match too. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/** The answer from a cached entry: 304 when the client has it, else the bytes. */
function answer(entry: CachedResponse, ifNoneMatch: string | undefined, head: boolean): Response {
  if (matchesEtag(ifNoneMatch, entry.etag)) {
    const keep: Record<string, string> = { etag: entry.etag };
    for (const k of ['cache-control', 'vary', 'content-security-policy']) if (entry.headers[k] !== undefined) keep[k] = entry.headers[k];
    return new Response(null, { status: 304, headers: keep });
  }
  return new Response(head ? null : entry.body, { status: 200, headers: entry.headers });
}

/** Keeps the map at most `max` long by dropping the oldest insertions. */
function trim(cache: Map<string, CachedResponse>, max: number): void {
  while (cache.size > max) cache.delete(cache.keys().next().value as string);
}

/** True for a 200 that is not marked private or no-store and sets no cookie (the newsletter's pages opt out this way). */
export function cacheable(res: Response): boolean {
  return res.status === 200 && !/no-store|private/.test(res.headers.get('cache-control') ?? '') && !res.headers.has('set-cookie');
}

/** Renders through `next()` and turns a cacheable response into an entry (null when it is not cacheable). */
async function renderEntry(c: Context, next: Next, expires: number): Promise<CachedResponse | null> {
  await next();
  const res = c.res;
  if (!cacheable(res)) return null;
  const body = new Uint8Array(await res.arrayBuffer());
  const etag = etagOf(body);
  const headers: Record<string, string> = { 'cache-control': 'public, max-age=60' };
  for (const [k, v] of res.headers.entries()) headers[k] = v;
  headers.etag = etag;
  return { body, headers, etag, expires };
}

/** The caching middleware. */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const cache = new Map<string, CachedResponse>();
  // Renders in progress by key: when a page expires under load, one request renders it and the
  // others wait for that render instead of all rendering the same page at once.
  const inflight = new Map<string, Promise<CachedResponse | null>>();
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const key = c.req.url;
    const now = options.nowMs();
    const hit = cache.get(key);
    if (hit && hit.expires > now) {
      c.res = answer(hit, c.req.header('if-none-match'), method === 'HEAD');
      return;
    }
    // A HEAD answered by the router has no body: only a GET may fill the cache.
    if (method === 'HEAD') return next();
    const pending = options.reuseMs > 0 ? inflight.get(key) : undefined;
    const shared = pending ? await pending.catch(() => null) : null;
    if (shared) {
      c.res = answer(shared, c.req.header('if-none-match'), false);
      return;
    }
    const rendering = renderEntry(c, next, now + options.reuseMs);
    if (options.reuseMs > 0 && !pending) {
      inflight.set(key, rendering);
      void rendering.catch(() => null).finally(() => inflight.delete(key));
    }
    const entry = await rendering;
    if (entry === null) return;
    if (options.reuseMs > 0) {
      cache.set(key, entry);
      trim(cache, options.maxEntries);
    }
    c.res = undefined;
    c.res = answer(entry, c.req.header('if-none-match'), false);
  };
}
