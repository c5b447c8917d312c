// Tells a feed from a web page before anyone tries to parse it, e.g. when probing candidate feed
// URLs. The body decides: servers label feeds `text/html`, `text/plain` or `application/octet-stream`
// often enough that the Content-Type can only break a tie.
import type { FeedFormat } from '../../core/feed-entry.ts';

// How far into the body to look for the root element; prologs (comments, stylesheets) are short.
const SNIFF_WINDOW = 64 * 1024;

/** Declared media types of each feed format, lower case, without parameters. Sorted by type. */
export const FEED_MEDIA_TYPES: readonly { readonly type: string; readonly format: FeedFormat }[] = [
  { type: 'application/atom+xml', format: 'atom' },
  { type: 'application/feed+json', format: 'json' },
  { type: 'application/json', format: 'json' },
  { type: 'application/rdf+xml', format: 'rdf' },
  { type: 'application/rss+xml', format: 'rss' },
];

/** The feed format a media type (`application/rss+xml; charset=utf-8`) declares; null for other types. */
export function feedFormatOfMediaType(contentType: string | null): FeedFormat | null {
  if (contentType === null) return null;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return FEED_MEDIA_TYPES.find((entry) => entry.type === type)?.format ?? null;
}

/** The format of a body that is a feed (RSS, RDF, Atom or JSON Feed); null for HTML and anything else. */
export function sniffFeedFormat(text: string, contentType: string | null): FeedFormat | null {
  const body = stripByteOrderMark(text).trimStart();
  if (body.startsWith('{')) return sniffJson(body);
  if (!body.startsWith('<')) return null;
  const root = xmlRootElementName(body);
  if (root === null) return sniffUndecided(contentType);
  return formatOfRoot(root, body);
}

/** True when the body is a feed; see sniffFeedFormat. */
export function looksLikeFeed(text: string, contentType: string | null): boolean {
  return sniffFeedFormat(text, contentType) !== null;
}

/**
 * Name of the root element of an XML or HTML text as written (`rss`, `rdf:RDF`), skipping the prolog
 * (BOM, XML declaration, comments, processing instructions such as xml-stylesheet, DOCTYPE); null when
 * the text does not start with markup or the sniff window ends inside the prolog.
 */
export function xmlRootElementName(text: string): string | null {
  const head = stripByteOrderMark(text).slice(0, SNIFF_WINDOW);
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;
  const rest = head.replace(prolog, '');
  const match = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
  return match?.[1] ?? null;
}

// A UTF-8 byte order mark, decoded as UTF-8 (U+FEFF) or, by a caller that guessed a single-byte
// charset, as the three characters `ï»¿`.
function stripByteOrderMark(text: string): string {
  return text.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '');
}

function formatOfRoot(root: string, body: string): FeedFormat | null {
  const local = root.toLowerCase().replace(/^[\w.-]+:/, '');
  if (local === 'rss') return 'rss';
  if (local === 'feed') return 'atom';
  // RDF is a general format; only RDF with the RSS 1.0 (or 0.90) vocabulary is a feed.
  if (local === 'rdf' && /purl\.org\/rss\/1\.0|my\.netscape\.com\/rdf\/simple\/0\.9/.test(body.slice(0, SNIFF_WINDOW))) return 'rdf';
  return null;
}

// A regular expression rather than JSON.parse: it also accepts a truncated body and costs nothing on a
// large one. `\/` is allowed because PHP's json_encode escapes slashes by default.
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:(?:\\?\/){2}jsonfeed\.org\\?\/version\\?\//;

function sniffJson(body: string): FeedFormat | null {
  return JSON_FEED_VERSION.test(body.slice(0, SNIFF_WINDOW)) ? 'json' : null;
}

// An XML body whose root lies beyond the window: trust an explicit XML feed type, nothing vaguer.
function sniffUndecided(contentType: string | null): FeedFormat | null {
  const declared = feedFormatOfMediaType(contentType);
  return declared === 'json' ? null : declared;
}
