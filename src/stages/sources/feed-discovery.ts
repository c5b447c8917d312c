// Finds an outlet's feeds from one of its pages: first the feeds the page announces, then, if it
// announces none, the paths where publishing systems usually put them (for the caller to probe and
// check with looksLikeFeed).
import { Parser } from 'htmlparser2';
import { RoundupError } from '../../core/errors.ts';
import type { FeedFormat } from '../../core/feed-entry.ts';
import { feedFormatOfMediaType } from './feed-sniffer.ts';

/** A feed a page announces with `<link rel="alternate" type="…">`, its URL absolute. */
export interface DiscoveredFeed {
  readonly url: string;
  readonly title: string | null;
  readonly format: FeedFormat;
}

/**
 * Feed paths worth probing, most likely first (WordPress, then generic static-site and CMS names,
 * Blogger, WordPress without pretty permalinks). Ordered by likelihood, not sorted, because the
 * caller probes them in this order and stops at the first feed.
 */
export const COMMON_FEED_PATHS: readonly string[] = [
  '/feed',
  '/rss',
  '/rss.xml',
  '/feed.xml',
  '/atom.xml',
  '/index.xml',
  '/index.rss',
  '/feed.json',
  '/atom',
  '/rss/index.xml',
  '/feeds/posts/default',
  '/?feed=rss2',
];

// Announced JSON links that are not feeds: WordPress advertises its REST API with
// `<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">`.
const NOT_FEED_PATHS: readonly RegExp[] = [/\/wp-json(\/|$)/, /\/oembed(\/|$)/];

interface RawLink {
  readonly href: string;
  readonly title: string | null;
  readonly format: FeedFormat;
}

/** Feeds announced by an HTML page, resolved against `<base href>` and `pageUrl`, deduplicated, in page order. */
export function discoverFeedLinks(html: string, pageUrl: string): DiscoveredFeed[] {
  const page = parsePageUrl(pageUrl);
  const { links, baseHref } = scanHead(html);
  const base = resolveHttp(baseHref ?? '', page.href) ?? page.href;
  const seen = new Set<string>();
  const feeds: DiscoveredFeed[] = [];
  for (const link of links) {
    const url = resolveHttp(link.href, base);
    if (url === null || seen.has(url) || isNotFeed(url, link.format)) continue;
    seen.add(url);
    feeds.push({ url, title: link.title, format: link.format });
  }
  return feeds;
}

/**
 * URLs to probe when a page announces no feed: COMMON_FEED_PATHS under the site root, then under
 * the page's own directory (section feeds such as `/world/rss`); deduplicated.
 */
export function candidateFeedUrls(pageUrl: string): string[] {
  const page = parsePageUrl(pageUrl);
  const directory = pageDirectory(page.pathname);
  // Root first: under an article's directory `/feed` is often a comments feed, not the outlet's.
  const roots = directory === '' ? [''] : ['', directory];
  const urls = roots.flatMap((root) => COMMON_FEED_PATHS.map((path) => `${page.origin}${root}${path}`));
  return [...new Set(urls)];
}

function parsePageUrl(pageUrl: string): URL {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch (err) {
    throw new RoundupError('sources/invalid-url', `page URL ${JSON.stringify(pageUrl)} is not an absolute URL`, { cause: err });
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') {
    throw new RoundupError('sources/invalid-url', `page URL ${JSON.stringify(pageUrl)} is not http(s)`);
  }
  return page;
}

// htmlparser2 rather than a regular expression: attributes come in any order and quoting, and
// entities in href (`&amp;`) must be decoded. The first `<base href>` applies to the whole page.
function scanHead(html: string): { links: RawLink[]; baseHref: string | null } {
  const links: RawLink[] = [];
  let baseHref: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && baseHref === null && attributes.href !== undefined) baseHref = attributes.href;
        if (name === 'link') {
          const link = feedLinkOf(attributes);
          if (link !== null) links.push(link);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { links, baseHref };
}

function feedLinkOf(attributes: Record<string, string>): RawLink | null {
  const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  if (!rels.includes('alternate')) return null;
  const format = feedFormatOfMediaType(attributes.type ?? null);
  const href = attributes.href?.trim() ?? '';
  if (format === null || href === '') return null;
  const title = attributes.title?.trim() ?? '';
  return { href, title: title === '' ? null : title, format };
}

function resolveHttp(href: string, base: string): string | null {
  if (href.trim() === '') return null;
  try {
    const url = new URL(href, base);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isNotFeed(url: string, format: FeedFormat): boolean {
  if (format !== 'json') return false;
  const path = new URL(url).pathname;
  return NOT_FEED_PATHS.some((pattern) => pattern.test(path));
}

// `/world` and `/world/` are section directories; `/2024/05/story.html` lives in `/2024/05`.
function pageDirectory(pathname: string): string {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length > 0 && (segments[segments.length - 1] ?? '').includes('.')) segments.pop();
  return segments.length === 0 ? '' : `/${segments.join('/')}`;
}
