// Atom 1.0 (RFC 4287).
import type { FeedDocument, FeedEntry } from './feed-document.ts';
import { escapeXml } from './xml-text.ts';

/** One `<entry>`. */
function atomEntry(e: FeedEntry): string {
  const tags = e.tags.map((t) => `<category term="${escapeXml(t)}"/>`).join('');
  return `<entry><id>${escapeXml(e.url)}</id><title>${escapeXml(e.title)}</title><link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/><published>${e.published}</published><updated>${e.updated}</updated><summary>${escapeXml(e.summary)}</summary><content type="html">${escapeXml(e.contentHtml)}</content>${tags}</entry>`;
}

/** The feed as Atom 1.0 XML. */
export function writeAtom(doc: FeedDocument): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><id>${escapeXml(doc.homeUrl)}</id><title>${escapeXml(doc.title)}</title><subtitle>${escapeXml(doc.description)}</subtitle><updated>${doc.updated}</updated><author><name>${escapeXml(doc.author)}</name></author><link rel="self" type="application/atom+xml" href="${escapeXml(`${doc.feedBase}.atom${doc.feedQuery}`)}"/><link rel="alternate" type="text/html" href="${escapeXml(doc.homeUrl)}"/>${doc.entries.map(atomEntry).join('')}</feed>\n`;
}
