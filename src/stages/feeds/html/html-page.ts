// An HTML page fetched where a feed was expected (a homepage, an error page, a paywall).
// The page usually advertises its feeds with <link rel="alternate">, which makes the error
// actionable: the message can say which address to use instead.
import { Parser } from 'htmlparser2';
import { resolveUrl } from '../text/url-resolve.ts';

/** Feed MIME types a <link rel="alternate"> may announce. */
const FEED_TYPES = new Set([
  'application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml', 'application/xml', 'text/xml',
]);

/** Root elements of the feed formats (local names): a document starting with one is not a page. */
const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel', 'opml']);

/** First elements that only HTML pages start with. */
const HTML_STARTS = new Set(['html', 'head', 'body', 'meta', 'title', 'link', 'script', 'style']);

/**
 * Whether the text is an HTML page: its first element is <html>, <head>, <body> or similar, or
 * it has an HTML doctype and its first element is not a feed's root (feeds exported through
 * XHTML templates sometimes carry an XHTML doctype in front of <rss>).
 */
export function looksLikeHtmlPage(text: string): boolean {
  const head = text.slice(0, 4096);
  const body = head.replace(/^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)\s*)*/i, '');
  const first = /^<([a-z][\w.:-]*)/i.exec(body)?.[1]?.toLowerCase().replace(/^.*:/, '');
  if (first && FEED_ROOTS.has(first)) return false;
  if (first && HTML_STARTS.has(first)) return true;
  return /^\s*(?:<\?[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(head);
}

/** The absolute URLs of the feeds the page links to, in page order. */
export function findFeedLinks(html: string, pageUrl: string | null): string[] {
  const links: string[] = [];
  const parser = new Parser({
    onopentag: (name, attrs) => {
      if (name !== 'link' && name !== 'a') return;
      const rel = (attrs['rel'] ?? '').toLowerCase().split(/\s+/);
      const type = (attrs['type'] ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
      if (!rel.includes('alternate') || !FEED_TYPES.has(type)) return;
      const url = resolveUrl(attrs['href'], pageUrl);
      if (url && !links.includes(url)) links.push(url);
    },
  });
  parser.end(html);
  return links;
}
