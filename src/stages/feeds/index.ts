// The feeds stage: feed text -> ParsedFeed. Detects the format, reads it with the format's
// parser (RSS/RDF and Atom: our tolerant XML reader; JSON Feed: feedsmith) and adapts the
// result to the common model. Throws RoundupError with a `feeds/...` code when the text is
// not a usable feed; a cut-off document throws FeedTruncatedError carrying the complete
// entries that arrived (see parseFeedRecovering for callers that want to keep them).
import type { ParsedFeed } from '../../core/feed-entry.ts';
import { adaptAtomFeed } from './atom/atom-adapter.ts';
import { isAtomRoot, readAtomFeed } from './atom/atom-parser.ts';
import { FeedTruncatedError, htmlPageError, malformedError, notAFeedError, truncatedError } from './feed-errors.ts';
import { detectDocumentKind, snippet } from './format-detect.ts';
import { findFeedLinks } from './html/html-page.ts';
import { adaptJsonFeed } from './json-feed/json-feed-adapter.ts';
import { isCutOffJson, readJsonFeed, recoverTruncatedJson } from './json-feed/json-feed-parser.ts';
import { findRssJsonChannel, readRssJsonChannel } from './json-feed/rss-json-parser.ts';
import { adaptRssChannel } from './rss/rss-adapter.ts';
import { isRssRoot, readRssChannel } from './rss/rss-parser.ts';
import { parseXmlTree, type XmlElement } from './xml/xml-tree.ts';

/** The stage's error codes, and the error a cut-off feed throws (it carries the complete entries). */
export { FEED_ERROR_CODES, FeedTruncatedError } from './feed-errors.ts';
/** Feed date parsing, for callers that meet feed-style dates elsewhere (HTTP headers, sitemaps). */
export { parseFeedDate } from './dates/date-parse.ts';

/** Options of parseFeed. */
export interface ParseFeedOptions {
  /** The URL the feed was fetched from (after redirects): the base for relative links. */
  readonly url: string;
}

/** Parses feed text (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) into the common model. */
export function parseFeed(text: string, options: ParseFeedOptions): ParsedFeed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const url = options.url || null;
  switch (detectDocumentKind(body)) {
    case 'json':
      return parseJsonDocument(body, url);
    case 'xml':
      return parseXmlDocument(body, url);
    case 'html':
      throw htmlPageError(findFeedLinks(body, url));
    case 'empty':
      throw notAFeedError('the document is empty');
    case 'text':
      throw notAFeedError(`the document is neither XML nor JSON (it starts "${snippet(body)}")`);
  }
}

/** Like parseFeed, but a cut-off feed yields its complete entries with `truncated: true` instead of throwing. */
export function parseFeedRecovering(text: string, options: ParseFeedOptions): { feed: ParsedFeed; truncated: boolean } {
  try {
    return { feed: parseFeed(text, options), truncated: false };
  } catch (err) {
    if (err instanceof FeedTruncatedError && err.recovered) return { feed: err.recovered, truncated: true };
    throw err;
  }
}

function parseXmlDocument(body: string, url: string | null): ParsedFeed {
  const tree = parseXmlTree(body, url);
  const root = tree.root;
  if (!root) throw tree.cutOff ? truncatedError(null) : notAFeedError('an XML document without elements');
  const read = xmlReader(root, body, url);
  if (!tree.cutOff) return read(false);
  const recovered = read(true);
  throw truncatedError(recovered.entries.length > 0 ? recovered : null);
}

/** The reader for the root's format: reads the feed, with complete entries only when asked. */
function xmlReader(root: XmlElement, body: string, url: string | null): (completeOnly: boolean) => ParsedFeed {
  if (isRssRoot(root)) return (completeOnly) => adaptRssChannel(readRssChannel(root), url, completeOnly);
  if (isAtomRoot(root)) return (completeOnly) => adaptAtomFeed(readAtomFeed(root), completeOnly);
  if (root.local === 'html') throw htmlPageError(findFeedLinks(body, url));
  if (root.local === 'opml') throw notAFeedError('this is an OPML subscription list, not a feed');
  throw notAFeedError(`an XML document whose root element is <${root.qname}>, not <rss>, <rdf:RDF> or <feed>`);
}

function parseJsonDocument(body: string, url: string | null): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    if (!isCutOffJson(body)) throw malformedError('the JSON has a syntax error', err);
    const recovered = readJson(recoverTruncatedJson(body), url);
    throw truncatedError(recovered && recovered.entries.length > 0 ? recovered : null);
  }
  const feed = readJson(json, url);
  if (!feed) throw notAFeedError('JSON that is not a JSON Feed (it has no "items" list)');
  return feed;
}

/** A JSON Feed or RSS-in-JSON value as a ParsedFeed; null when it is neither. */
function readJson(json: unknown, url: string | null): ParsedFeed | null {
  const channel = findRssJsonChannel(json);
  if (channel) {
    const version = (json as { rss: { version?: unknown } }).rss.version;
    return adaptRssChannel(readRssJsonChannel(channel, version, url), url);
  }
  const document = readJsonFeed(json);
  return document ? adaptJsonFeed(document, url) : null;
}
