import { isRoundupError, RoundupError } from '../../core/errors.ts';
import type { HttpClient, HttpRequest, HttpResponse } from '../../ports/http-client.ts';
import { parseAllowList } from '../../stages/fetch/address-guard.ts';
import { conditionalRequestHeaders } from '../../stages/fetch/conditional-request.ts';
import {
  httpStatusError, networkError, redirectLoopError, tooManyRedirectsError,
} from '../../stages/fetch/fetch-errors.ts';
import { parseFetchUrl, resolveRedirect, bareHostname } from '../../stages/fetch/fetch-url.ts';
import { classifyStatus, isPermanentRedirect, parseRetryAfter } from '../../stages/fetch/response-classify.ts';
import { ROBOTS_MAX_BYTES } from '../../stages/fetch/robots-policy.ts';
import { resolveHttpClientOptions, type HttpClientOptions, type ResolvedHttpClientOptions } from './client-options.ts';
import { createHostLimiter } from './host-limiter.ts';
import { createHopAgents, performHop, type HopResponse } from './hop-request.ts';
import { createRobotsCache } from './robots-cache.ts';

// Most servers drop an idle keep-alive connection after 5–15 s; letting ours go first avoids
// sending a request on a socket the server is closing.
const IDLE_CONNECTION_MS = 4_000;

/** Where a chain of redirects has got to. */
interface RedirectState {
  url: URL;
  hops: number;
  allPermanent: boolean;
  readonly visited: Set<string>;
}

/** Creates the HTTP port's adapter: polite (per-host limits, robots.txt), safe (SSRF guard on every hop, size and time limits) GETs over node:http/https. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const config = resolveHttpClientOptions(options);
  const allow = parseAllowList(config.allowHosts);
  const limiter = createHostLimiter({ concurrency: config.perHostConcurrency, delayMs: config.perHostDelayMs, random: config.random });
  const aborts = new Set<() => void>();
  const agents = createHopAgents(config.perHostConcurrency, IDLE_CONNECTION_MS);
  let closed = false;

  const track = (abort: () => void): (() => void) => {
    aborts.add(abort);
    return () => aborts.delete(abort);
  };

  const hop = async (url: URL, request: HttpRequest): Promise<HopResponse> => {
    const release = await limiter.acquire(bareHostname(url));
    try {
      if (closed) throw closedError(url.href);
      return await performHop({
        url,
        headers: conditionalRequestHeaders({ ...request, userAgent: config.userAgent }),
        timeouts: timeoutsOf(config),
        maxBodyBytes: request.purpose === 'robots' ? Math.min(ROBOTS_MAX_BYTES, config.maxBodyBytes) : config.maxBodyBytes,
        overflow: request.purpose === 'robots' ? 'truncate' : 'throw',
        wantsBody: (status) => classifyStatus(status, false) === 'ok',
        allow,
        lookup: config.lookup,
        track,
        agents,
      });
    } finally {
      release();
    }
  };

  const follow = async (request: HttpRequest): Promise<HttpResponse> => {
    const started = performance.now();
    const first = parseFetchUrl(request.url);
    const state: RedirectState = { url: first, hops: 0, allPermanent: true, visited: new Set([first.href]) };
    for (;;) {
      if (request.purpose === 'page' && config.respectRobots) await robots.assertAllowed(state.url);
      const response = await hop(state.url, request);
      const location = response.headers.location;
      const outcome = classifyStatus(response.status, location !== undefined);
      if (outcome === 'redirect' && location !== undefined) {
        advance(state, location, response.status, request.url, config.maxRedirects);
        continue;
      }
      return toHttpResponse(outcome, response, state, request.url, performance.now() - started);
    }
  };

  const robots = createRobotsCache(
    (robotsUrl) => follow({ url: robotsUrl, purpose: 'robots' }),
    config.userAgent,
    // A host's Crawl-delay spaces every later request to it, feeds included.
    (host, seconds) => limiter.setHostDelay(host, seconds * 1000),
  );

  return {
    async get(request) {
      if (closed) throw closedError(request.url);
      try {
        return await follow(request);
      } catch (err) {
        throw isRoundupError(err) ? err : networkError(request.url, err);
      }
    },
    async close() {
      closed = true;
      limiter.close();
      for (const abort of [...aborts]) abort();
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function advance(state: RedirectState, location: string, status: number, original: string, maxRedirects: number): void {
  const next = resolveRedirect(location, state.url);
  if (state.visited.has(next.href)) throw redirectLoopError(original, next.href);
  if (state.hops >= maxRedirects) throw tooManyRedirectsError(original, maxRedirects);
  state.visited.add(next.href);
  state.hops += 1;
  state.allPermanent &&= isPermanentRedirect(status);
  state.url = next;
}

function toHttpResponse(
  outcome: ReturnType<typeof classifyStatus>, response: HopResponse, state: RedirectState, original: string, elapsedMs: number,
): HttpResponse {
  const base = {
    finalUrl: state.url.href,
    permanentRedirectTo: state.hops > 0 && state.allPermanent ? state.url.href : null,
    status: response.status,
    headers: response.headers,
    durationMs: Math.round(elapsedMs),
  };
  if (outcome === 'ok') return { ...base, kind: 'ok', body: response.body ?? new Uint8Array(0) };
  if (outcome === 'not-modified') return { ...base, kind: 'not-modified' };
  if (outcome === 'rate-limited') {
    // Retry-After may be an HTTP-date; the adapter is allowed the clock, the stage is not.
    return { ...base, kind: 'rate-limited', retryAfterSeconds: parseRetryAfter(response.headers['retry-after'], new Date()) };
  }
  throw httpStatusError(describeTarget(original, state.url.href), response.status, response.statusText);
}

// Users know the URL they subscribed to; name it, and where redirects ended if elsewhere.
function describeTarget(original: string, final: string): string {
  return original === final ? original : `${final} (redirected from ${original})`;
}

function timeoutsOf(config: ResolvedHttpClientOptions) {
  return {
    connectMs: config.connectTimeoutMs,
    headersMs: config.headersTimeoutMs,
    bodyMs: config.bodyTimeoutMs,
    idleMs: config.bodyIdleTimeoutMs,
  };
}

function closedError(url: string): RoundupError {
  return new RoundupError('fetch/network', `The HTTP client was closed; not fetching ${url}`);
}
