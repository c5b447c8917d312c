// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
import type { FeedDocument } from './feed-document.ts';

/** The feed as a JSON Feed 1.1 document. */
export function writeJsonFeed(doc: FeedDocument): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    home_page_url: doc.homeUrl,
    feed_url: `${doc.feedBase}.json${doc.feedQuery}`,
    description: doc.description,
    language: 'en',
    authors: [{ name: doc.author }],
    items: doc.entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      summary: e.summary,
      content_html: e.contentHtml,
      date_published: e.published,
      date_modified: e.updated,
      tags: e.tags,
    })),
  });
}
