// RSS-in-JSON (Dave Winer's RSS 2.0 mapped to JSON, {"rss": {"channel": {...}}}) -> RSS's own
// structure, so it goes through the same adapter as RSS in XML.
import type { RssChannel, RssItem, RssMedia } from '../rss/rss-parser.ts';
import { resolveUrl } from '../text/url-resolve.ts';

type JsonObject = Readonly<Record<string, unknown>>;

/** The channel object of an RSS-in-JSON document, or null when it is not one. */
export function findRssJsonChannel(json: unknown): JsonObject | null {
  const rss = asObject(asObject(json)?.['rss']);
  return asObject(rss?.['channel']);
}

/** Reads an RSS-in-JSON channel; links are resolved against `feedUrl`. */
export function readRssJsonChannel(channel: JsonObject, version: unknown, feedUrl: string | null): RssChannel {
  const items = channel['item'];
  return {
    flavour: 'rss',
    version: typeof version === 'string' ? version : null,
    title: text(channel['title']),
    link: resolveUrl(text(channel['link']), feedUrl),
    description: text(channel['description']),
    language: text(channel['language']),
    lastBuildDate: text(channel['lastBuildDate']),
    pubDate: text(channel['pubDate']),
    dcDate: null,
    ttl: text(channel['ttl']),
    items: (Array.isArray(items) ? items : [items]).map(asObject).filter((o): o is JsonObject => o !== null)
      .map((item) => readRssJsonItem(item, feedUrl)),
  };
}

function readRssJsonItem(item: JsonObject, feedUrl: string | null): RssItem {
  const guid = item['guid'];
  const guidObject = asObject(guid);
  return {
    title: text(item['title']),
    link: resolveUrl(text(item['link']), feedUrl),
    guid: text(guidObject ? guidObject['value'] : guid),
    guidIsPermaLink: guidObject ? String(guidObject['isPermaLink'] ?? guidObject['flPermaLink'] ?? 'true') !== 'false' : true,
    about: null,
    pubDate: text(item['pubDate']),
    dcDate: null,
    modified: null,
    authors: [text(item['author'])].filter((a): a is string => a !== null),
    description: text(item['description']),
    content: null,
    categories: list(item['category']).map(text).filter((c): c is string => c !== null),
    enclosures: list(item['enclosure']).map((e) => enclosure(asObject(e), feedUrl)).filter((e): e is RssMedia => e !== null),
    thumbnails: [],
    mediaContents: [],
    itunesImage: null,
    complete: true,
  };
}

function enclosure(value: JsonObject | null, feedUrl: string | null): RssMedia | null {
  const url = resolveUrl(text(value?.['url']), feedUrl);
  if (!url) return null;
  return { url, type: text(value?.['type']), length: text(value?.['length']), medium: null };
}

function asObject(value: unknown): JsonObject | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A string or number as trimmed text; objects with a `value` (RSS-in-JSON's attribute form) give that. */
function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() || null;
  const object = asObject(value);
  return object ? text(object['value'] ?? object['#value']) : null;
}
