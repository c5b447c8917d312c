// RSS's structure -> the common model. Choices, each following feedparser where it matters:
// a guid that is a permalink stands in for a missing link; RDF's rdf:about is the id when there
// is no guid; the published date is pubDate, else dc:date (RDF's only date); the channel's
// updated date is lastBuildDate, else dc:date, else pubDate.
import type { FeedEntry, FeedMedia, ParsedFeed } from '../../../core/feed-entry.ts';
import { feedMedia, firstDate, isImage, languageTag, nonNegativeInteger, plainTitle, uniqueMedia, uniqueStrings } from '../feed-values.ts';
import { personNames } from '../text/person-parse.ts';
import { resolveUrl } from '../text/url-resolve.ts';
import type { RssChannel, RssItem } from './rss-parser.ts';

/** Adapts a read RSS channel (complete items only when `completeOnly`) to a ParsedFeed. */
export function adaptRssChannel(channel: RssChannel, feedUrl: string | null, completeOnly = false): ParsedFeed {
  const items = completeOnly ? channel.items.filter((item) => item.complete) : channel.items;
  return {
    format: channel.flavour,
    version: channel.version,
    title: plainTitle(channel.title),
    link: channel.link,
    description: channel.description,
    language: languageTag(channel.language),
    updated: firstDate(channel.lastBuildDate, channel.dcDate, channel.pubDate),
    ttlMinutes: nonNegativeInteger(channel.ttl),
    entries: items.map((item) => adaptRssItem(item, feedUrl)),
  };
}

function adaptRssItem(item: RssItem, feedUrl: string | null): FeedEntry {
  const enclosures = uniqueMedia([...item.enclosures, ...item.mediaContents.filter((m) => !isImage(m.type, m.medium))]
    .map((m) => feedMedia(m.url, m.type, m.length)));
  return {
    id: item.guid ?? item.about,
    title: plainTitle(item.title),
    link: item.link ?? permalinkGuid(item, feedUrl),
    published: firstDate(item.pubDate, item.dcDate),
    updated: firstDate(item.modified),
    authors: personNames(item.authors),
    summary: item.description,
    content: item.content,
    categories: uniqueStrings(item.categories),
    image: itemImage(item),
    enclosures,
  };
}

/** The guid as a link when it claims to be a permalink and is a URL (RSS 2.0's rule). */
function permalinkGuid(item: RssItem, feedUrl: string | null): string | null {
  if (!item.guid || !item.guidIsPermaLink || !/^https?:\/\//i.test(item.guid)) return null;
  return resolveUrl(item.guid, feedUrl);
}

/** The entry's picture: a thumbnail, else an image media:content, iTunes image or image enclosure. */
function itemImage(item: RssItem): FeedMedia | null {
  const candidate =
    item.thumbnails[0] ??
    item.mediaContents.find((m) => isImage(m.type, m.medium)) ??
    (item.itunesImage ? { url: item.itunesImage, type: null, length: null } : undefined) ??
    item.enclosures.find((m) => isImage(m.type));
  return candidate ? feedMedia(candidate.url, candidate.type, candidate.length) : null;
}
