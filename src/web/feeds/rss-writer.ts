// RSS 2.0 (https://www.rssboard.org/rss-specification) with an atom:link to itself.
import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { escapeXml } from './xml-text.ts';

/** RFC 822 date, as RSS requires. */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/** One `<item>`. */
function rssItem(e: FeedEntry): string {
  const tags = e.tags.map((t) => `<category>${escapeXml(t)}</category>`).join('');
  return `<item><title>${escapeXml(e.title)}</title><link>${escapeXml(e.url)}</link><guid isPermaLink="true">${escapeXml(e.url)}</guid><pubDate>${rfc822(e.published)}</pubDate><description>${escapeXml(e.contentHtml)}</description>${tags}</item>`;
}

/** The feed as RSS 2.0 XML. */
export function writeRss(doc: FeedDocument): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${escapeXml(doc.title)}</title><link>${escapeXml(doc.homeUrl)}</link><description>${escapeXml(doc.description)}</description><language>en</language><lastBuildDate>${rfc822(doc.updated)}</lastBuildDate><atom:link href="${escapeXml(`${doc.feedBase}.rss${doc.feedQuery}`)}" rel="self" type="application/rss+xml"/>${doc.entries.map(rssItem).join('')}</channel></rss>\n`;
}
