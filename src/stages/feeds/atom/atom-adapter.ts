// Atom's structure -> the common model. The link is the first rel="alternate" link (an HTML
// one preferred); an entry without authors inherits the feed's (RFC 4287 section 4.2.1);
// plain-text summaries and content are escaped so that summary and content are always HTML.
import type { FeedEntry, FeedMedia, ParsedFeed } from '../../../core/feed-entry.ts';
import { feedMedia, firstDate, isImage, languageTag, plainTitle, uniqueMedia, uniqueStrings } from '../feed-values.ts';
import { escapeText } from '../text/entity-decode.ts';
import { nonEmpty } from '../xml/xml-query.ts';
import type { AtomEntry, AtomFeed, AtomLink, AtomPerson } from './atom-parser.ts';
import type { AtomText } from './atom-text.ts';

/** Adapts a read Atom feed (complete entries only when `completeOnly`) to a ParsedFeed. */
export function adaptAtomFeed(feed: AtomFeed, completeOnly = false): ParsedFeed {
  const entries = completeOnly ? feed.entries.filter((entry) => entry.complete) : feed.entries;
  const feedAuthors = authorNames(feed.authors);
  return {
    format: 'atom',
    version: feed.version,
    title: titleText(feed.title),
    link: alternateLink(feed.links),
    description: html(feed.subtitle),
    language: languageTag(feed.language),
    updated: firstDate(feed.updated),
    ttlMinutes: null,
    entries: entries.map((entry) => adaptAtomEntry(entry, feedAuthors)),
  };
}

function adaptAtomEntry(entry: AtomEntry, feedAuthors: readonly string[]): FeedEntry {
  const enclosures = uniqueMedia(entry.links.filter((l) => l.rel === 'enclosure').map((l) => feedMedia(l.href, l.type, l.length)));
  const authors = authorNames(entry.authors);
  return {
    id: entry.id,
    title: titleText(entry.title),
    link: alternateLink(entry.links),
    published: firstDate(entry.published),
    updated: firstDate(entry.updated),
    authors: authors.length > 0 ? authors : feedAuthors,
    summary: html(entry.summary),
    content: html(entry.content),
    categories: uniqueStrings(entry.categories),
    image: entryImage(entry, enclosures),
    enclosures,
  };
}

function titleText(text: AtomText | null): string | null {
  return text ? plainTitle(text.value, text.kind === 'html') : null;
}

/** A text construct as HTML: plain text is escaped. */
function html(text: AtomText | null): string | null {
  if (!text) return null;
  return nonEmpty(text.kind === 'html' ? text.value : escapeText(text.value));
}

/** The first alternate link, preferring one that is HTML (or untyped). */
function alternateLink(links: readonly AtomLink[]): string | null {
  const alternates = links.filter((link) => link.rel === 'alternate');
  const htmlLink = alternates.find((link) => !link.type || /html/i.test(link.type));
  return (htmlLink ?? alternates[0])?.href ?? null;
}

function authorNames(people: readonly AtomPerson[]): string[] {
  return uniqueStrings(people.map((person) => person.name ?? person.email));
}

function entryImage(entry: AtomEntry, enclosures: readonly FeedMedia[]): FeedMedia | null {
  if (entry.mediaImage) return feedMedia(entry.mediaImage, null, null);
  return enclosures.find((media) => isImage(media.type)) ?? null;
}
