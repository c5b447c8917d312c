// JSON Feed -> the common model. JSON Feed's title and summary are plain text and
// content_text is too, so they are escaped where the model wants HTML; relative URLs are
// resolved against the feed's own URL.
import type { FeedEntry, FeedMedia, ParsedFeed } from '../../../core/feed-entry.ts';
import type { JsonFeed } from 'feedsmith';
import { feedMedia, firstDate, languageTag, plainTitle, uniqueMedia, uniqueStrings } from '../feed-values.ts';
import { escapeText } from '../text/entity-decode.ts';
import { resolveUrl } from '../text/url-resolve.ts';
import { nonEmpty } from '../xml/xml-query.ts';
import type { JsonFeedDocument } from './json-feed-parser.ts';

type Item = JsonFeed.Item<string>;

/** Adapts a JSON Feed to a ParsedFeed; `feedUrl` is where it was fetched from. */
export function adaptJsonFeed(document: JsonFeedDocument, feedUrl: string | null): ParsedFeed {
  const { feed } = document;
  const base = resolveUrl(feed.feed_url, feedUrl) ?? feedUrl;
  const feedAuthors = authorNames(feed.authors);
  return {
    format: 'json',
    version: document.version,
    title: plainTitle(feed.title ?? null),
    link: resolveUrl(feed.home_page_url, base),
    description: plainHtml(feed.description),
    language: languageTag(feed.language),
    updated: null,
    ttlMinutes: null,
    entries: (feed.items ?? []).map((item) => adaptJsonItem(item, base, feedAuthors)),
  };
}

function adaptJsonItem(item: Item, base: string | null, feedAuthors: readonly string[]): FeedEntry {
  const authors = authorNames(item.authors);
  const enclosures = uniqueMedia((item.attachments ?? []).flatMap((a) => {
    const url = resolveUrl(a.url, base);
    return url ? [feedMedia(url, a.mime_type, a.size_in_bytes)] : [];
  }));
  return {
    id: nonEmpty(item.id),
    title: plainTitle(item.title ?? null),
    link: resolveUrl(item.url ?? item.external_url, base),
    published: firstDate(item.date_published),
    updated: firstDate(item.date_modified),
    authors: authors.length > 0 ? authors : feedAuthors,
    summary: plainHtml(item.summary),
    content: nonEmpty(item.content_html) ?? plainHtml(item.content_text),
    categories: uniqueStrings(item.tags ?? []),
    image: image(item.image ?? item.banner_image, base),
    enclosures,
  };
}

/** Plain text as HTML (escaped); null when empty. */
function plainHtml(text: string | null | undefined): string | null {
  const trimmed = nonEmpty(text);
  return trimmed ? escapeText(trimmed) : null;
}

function authorNames(authors: readonly JsonFeed.Author[] | undefined): string[] {
  return uniqueStrings((authors ?? []).map((author) => author.name));
}

function image(url: string | undefined, base: string | null): FeedMedia | null {
  const resolved = resolveUrl(url, base);
  return resolved ? feedMedia(resolved, null, null) : null;
}
