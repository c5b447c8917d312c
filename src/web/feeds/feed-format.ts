// The three feed formats, by the extension of their URL.
import type { FeedDocument } from './feed-document.ts';
import { writeAtom } from './atom-writer.ts';
import { writeJsonFeed } from './json-feed-writer.ts';
import { writeRss } from './rss-writer.ts';

/** A feed format: URL extension, content type and writer. */
export interface FeedFormat {
  readonly ext: 'rss' | 'atom' | 'json';
  readonly contentType: string;
  readonly write: (doc: FeedDocument) => string;
}

/** Every format served. */
export const FEED_FORMATS: readonly FeedFormat[] = [
  { ext: 'rss', contentType: 'application/rss+xml; charset=utf-8', write: writeRss },
  { ext: 'atom', contentType: 'application/atom+xml; charset=utf-8', write: writeAtom },
  { ext: 'json', contentType: 'application/feed+json; charset=utf-8', write: writeJsonFeed },
];

/** A Response carrying the feed in a format. */
export function feedResponse(format: FeedFormat, doc: FeedDocument): Response {
  return new Response(format.write(doc), { headers: { 'content-type': format.contentType } });
}
