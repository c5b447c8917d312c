import { describeError, isRoundupError, type RoundupError } from '../../core/errors.ts';
import type { HttpResponse } from '../../ports/http-client.ts';
import { httpStatusOf, robotsDisallowedError } from '../../stages/fetch/fetch-errors.ts';
import { bareHostname } from '../../stages/fetch/fetch-url.ts';
import { parseRobotsRules, robotsUrlFor, robotsVerdictForStatus, type RobotsRulesForAgent } from '../../stages/fetch/robots-policy.ts';

/** Answers "may this page be fetched?" from each origin's robots.txt, fetched once and cached. */
export interface RobotsCache {
  /** Throws `fetch/robots-disallowed` when the page may not be fetched. */
  assertAllowed(url: URL): Promise<void>;
}

/** How the cache fetches a robots.txt (through the same client: redirects, SSRF guard and politeness apply). */
export type RobotsFetcher = (robotsUrl: string) => Promise<HttpResponse>;

/** Called once per fetched robots.txt that sets a Crawl-delay for our agent: host name and seconds. */
export type CrawlDelayListener = (host: string, seconds: number) => void;

/** What one origin's robots.txt amounts to. */
type RobotsRules =
  | { readonly kind: 'rules'; readonly rules: RobotsRulesForAgent }
  | { readonly kind: 'unreachable'; readonly reason: string }
  | { readonly kind: 'blocked'; readonly error: RoundupError };

interface CacheEntry {
  readonly rules: Promise<RobotsRules>;
  expiresAt: number;
}

// RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours. An unreachable
// one is retried sooner, because meanwhile every page of the origin is refused.
const RULES_TTL_MS = 24 * 3600 * 1000;
const UNREACHABLE_TTL_MS = 10 * 60 * 1000;
const PRUNE_ABOVE = 5_000;

/** Creates a per-origin robots.txt cache; `now` is monotonic milliseconds. */
export function createRobotsCache(
  fetchRobots: RobotsFetcher, userAgent: string, onCrawlDelay: CrawlDelayListener = () => {}, now: () => number = () => performance.now(),
): RobotsCache {
  const entries = new Map<string, CacheEntry>();

  const rulesFor = (url: URL): Promise<RobotsRules> => {
    const robotsUrl = robotsUrlFor(url);
    const cached = entries.get(robotsUrl);
    if (cached !== undefined && cached.expiresAt > now()) return cached.rules;
    if (entries.size >= PRUNE_ABOVE) prune(entries, now());
    // Concurrent pages of one origin share the same in-flight fetch.
    const entry: CacheEntry = { rules: loadRules(fetchRobots, robotsUrl, userAgent), expiresAt: Infinity };
    entries.set(robotsUrl, entry);
    void entry.rules.then((rules) => {
      entry.expiresAt = now() + (rules.kind === 'rules' ? RULES_TTL_MS : UNREACHABLE_TTL_MS);
      const delay = rules.kind === 'rules' ? rules.rules.crawlDelaySeconds : null;
      if (delay !== null) onCrawlDelay(bareHostname(url), delay);
    });
    return entry.rules;
  };

  return {
    async assertAllowed(url) {
      const rules = await rulesFor(url);
      const robotsUrl = robotsUrlFor(url);
      // The origin itself is refused by the SSRF guard: say that, not "robots.txt unreadable".
      if (rules.kind === 'blocked') throw rules.error;
      if (rules.kind === 'unreachable') {
        throw robotsDisallowedError(url.href, `${robotsUrl} could not be read (${rules.reason}); RFC 9309 says to assume the whole site is disallowed until it can`);
      }
      if (!rules.rules.allows(url.href)) {
        throw robotsDisallowedError(url.href, `${robotsUrl} disallows it for our user agent`);
      }
    },
  };
}

// RFC 9309 §2.3.1: 2xx is the rules; 4xx means there are none (allow everything); 5xx, 429 and
// network failures (timeouts included) mean "unreachable", which must be treated as a complete disallow.
async function loadRules(fetchRobots: RobotsFetcher, robotsUrl: string, userAgent: string): Promise<RobotsRules> {
  const parsed = (text: string | null): RobotsRules => ({ kind: 'rules', rules: parseRobotsRules(robotsUrl, text, userAgent) });
  try {
    const response = await fetchRobots(robotsUrl);
    if (response.kind === 'ok') return parsed(decodeRobots(response.body));
    if (response.kind === 'not-modified') return parsed(null);
    return { kind: 'unreachable', reason: `HTTP ${response.status}` };
  } catch (err) {
    if (isRoundupError(err, 'fetch/blocked-address')) return { kind: 'blocked', error: err };
    const status = httpStatusOf(err);
    if (status !== null && robotsVerdictForStatus(status) === 'allow-all') return parsed(null);
    return { kind: 'unreachable', reason: describeError(err) };
  }
}

// robots.txt is UTF-8 (RFC 9309 §2.2); a stray byte must not hide the rules around it.
function decodeRobots(body: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(body);
}

function prune(entries: Map<string, CacheEntry>, at: number): void {
  for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
}
