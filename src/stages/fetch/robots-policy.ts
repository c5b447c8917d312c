import robotsParserModule from 'robots-parser';

type RobotsParser = (url: string, robotsTxt: string) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
};

// robots-parser is CommonJS with an ESM-style `export default` in its types: under NodeNext
// TypeScript sees `{ default }` while Node hands us module.exports, the function itself.
const robotsParser: RobotsParser =
  (robotsParserModule as unknown as { default?: RobotsParser }).default ?? (robotsParserModule as unknown as RobotsParser);

/** What to do when robots.txt could not be read as a document. */
export type RobotsFetchVerdict = 'allow-all' | 'disallow-all';

/** RFC 9309 asks crawlers to parse at least 500 KiB; anything after that is ignored. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/** The robots.txt URL that governs `url` (same scheme, host and port). */
export function robotsUrlFor(url: string | URL): string {
  return new URL('/robots.txt', url).href;
}

/** One origin's robots.txt, parsed once, as it applies to one user agent. */
export interface RobotsRulesForAgent {
  /** True when the rules let the agent fetch `url` (a URL of the same origin). */
  allows(url: string): boolean;
  /** The group's Crawl-delay in seconds, or null when it sets none (or an unusable one). */
  readonly crawlDelaySeconds: number | null;
}

/** Longest Crawl-delay honoured; larger values (some sites ask for hours) are capped so a feed can still be read daily. */
export const MAX_CRAWL_DELAY_SECONDS = 60;

/** Parses the robots.txt of `robotsUrl`'s origin for `userAgent`. A null robots.txt (none found) allows everything. */
export function parseRobotsRules(robotsUrl: string, robotsTxt: string | null, userAgent: string): RobotsRulesForAgent {
  if (robotsTxt === null) return { allows: () => true, crawlDelaySeconds: null };
  const robots = robotsParser(robotsUrl, robotsTxt);
  const agent = productToken(userAgent);
  return {
    // robots-parser answers undefined for a URL of another origin; callers pass same-origin URLs.
    allows: (url) => robots.isAllowed(url, agent) !== false,
    crawlDelaySeconds: usableCrawlDelay(robots.getCrawlDelay(agent)),
  };
}

/** True when robots.txt lets `userAgent` fetch `url`. A null robots.txt (none found) allows everything. */
export function robotsAllows(robotsTxt: string | null, url: string, userAgent: string): boolean {
  return parseRobotsRules(robotsUrlFor(url), robotsTxt, userAgent).allows(url);
}

// Crawl-delay is not in RFC 9309 but widely served; a negative, zero or non-numeric value means none.
function usableCrawlDelay(seconds: number | undefined): number | null {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return null;
  return Math.min(seconds, MAX_CRAWL_DELAY_SECONDS);
}

/** RFC 9309 §2.3.1: a 4xx robots.txt (none there) allows everything; 5xx or no answer at all means "assume complete disallow". */
export function robotsVerdictForStatus(status: number | null): RobotsFetchVerdict {
  if (status !== null && status >= 400 && status < 500 && status !== 429) return 'allow-all';
  // 429 is the server asking us to slow down, like a 5xx: not a sign that robots.txt is absent.
  return 'disallow-all';
}

// Groups in robots.txt name the product token ("Roundup"), not the whole User-Agent string.
function productToken(userAgent: string): string {
  return userAgent.trim().split(/[\s/]/)[0] || '*';
}
