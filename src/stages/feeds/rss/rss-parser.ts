// RSS 0.9x, 2.0 and RDF (RSS 0.90 / 1.0) element tree -> RSS's own structure. Values are kept
// as the feed gives them (dates unparsed, HTML unprocessed); links are already absolute,
// resolved against xml:base and the feed URL. Tolerant of where items sit: inside <channel>
// (RSS 2.0), beside it (RDF), or straight under the root (sloppy 0.9x).
import { htmlContent, xhtmlContent } from '../xml/xml-serialize.ts';
import { attr, childElements, childText, childTexts, findChild, findChildren, nonEmpty, textContent } from '../xml/xml-query.ts';
import type { XmlElement } from '../xml/xml-tree.ts';
import { resolveUrl } from '../text/url-resolve.ts';

/** A media file referenced by an item. */
export interface RssMedia {
  readonly url: string;
  readonly type: string | null;
  readonly length: string | null;
  /** media:content's `medium` (image, video...), when given. */
  readonly medium: string | null;
}

/** One <item>. */
export interface RssItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly guid: string | null;
  /** False only when the guid says isPermaLink="false". */
  readonly guidIsPermaLink: boolean;
  /** RDF's rdf:about, the item's URI. */
  readonly about: string | null;
  readonly pubDate: string | null;
  readonly dcDate: string | null;
  readonly modified: string | null;
  readonly authors: readonly string[];
  /** HTML. */
  readonly description: string | null;
  /** HTML: content:encoded, xhtml:body or fullitem. */
  readonly content: string | null;
  readonly categories: readonly string[];
  readonly enclosures: readonly RssMedia[];
  readonly thumbnails: readonly RssMedia[];
  readonly mediaContents: readonly RssMedia[];
  readonly itunesImage: string | null;
  /** False when the document ended inside this item. */
  readonly complete: boolean;
}

/** The channel and its items. */
export interface RssChannel {
  /** `rss` for <rss> documents, `rdf` for RDF ones. */
  readonly flavour: 'rss' | 'rdf';
  readonly version: string | null;
  readonly title: string | null;
  readonly link: string | null;
  readonly description: string | null;
  readonly language: string | null;
  readonly lastBuildDate: string | null;
  readonly pubDate: string | null;
  readonly dcDate: string | null;
  readonly ttl: string | null;
  readonly items: readonly RssItem[];
}

/** Reads an <rss> or <rdf:RDF> root element. */
export function readRssChannel(root: XmlElement): RssChannel {
  const flavour = root.local === 'rdf' ? 'rdf' : 'rss';
  const channel = findChild(root, 'channel') ?? root;
  return {
    flavour,
    version: flavour === 'rdf' ? rdfVersion(root) : attr(root, 'version'),
    title: childText(channel, 'title', 'dc:title'),
    link: channelLink(channel),
    description: childMarkup(channel, 'description', 'dc:description', 'itunes:summary', 'itunes:subtitle'),
    language: childText(channel, 'language', 'dc:language') ?? nonEmpty(root.attrs['xml:lang']),
    lastBuildDate: childText(channel, 'lastbuilddate'),
    pubDate: childText(channel, 'pubdate'),
    dcDate: childText(channel, 'dc:date', 'dcterms:modified'),
    ttl: childText(channel, 'ttl'),
    items: findItems(root, channel).map(readRssItem),
  };
}

/** RSS 1.0 and 0.90 differ only in the namespace of their vocabulary. */
function rdfVersion(root: XmlElement): string {
  const declared = Object.values(root.attrs).join(' ');
  return /netscape\.com\/rdf\/simple\/0\.9/i.test(declared) ? '0.90' : '1.0';
}

/** Items inside the channel and beside it, in document order, without nesting into items. */
function findItems(root: XmlElement, channel: XmlElement): XmlElement[] {
  const items = findChildren(channel, 'item');
  if (channel !== root) items.push(...findChildren(root, 'item'));
  return items;
}

function channelLink(channel: XmlElement): string | null {
  const text = childText(channel, 'link');
  if (text) return resolveUrl(text, findChild(channel, 'link')?.base ?? channel.base);
  return alternateAtomLink(channel);
}

/** An atom:link rel="alternate" inside RSS (some feeds give only that). */
function alternateAtomLink(element: XmlElement): string | null {
  for (const link of findChildren(element, 'atom:link')) {
    const rel = attr(link, 'rel') ?? 'alternate';
    if (rel === 'alternate') return resolveUrl(attr(link, 'href'), link.base);
  }
  return null;
}

function readRssItem(item: XmlElement): RssItem {
  const guid = findChild(item, 'guid');
  return {
    title: childText(item, 'title', 'dc:title', 'media:title'),
    link: itemLink(item),
    guid: guid ? nonEmpty(textContent(guid)) : null,
    guidIsPermaLink: guid ? attr(guid, 'ispermalink')?.toLowerCase() !== 'false' : false,
    about: attr(item, 'rdf:about'),
    pubDate: childText(item, 'pubdate', 'dcterms:issued', 'issued'),
    dcDate: childText(item, 'dc:date', 'dcterms:created'),
    modified: childText(item, 'dcterms:modified', 'atom:updated'),
    authors: childTexts(item, 'author', 'dc:creator', 'dc:author', 'itunes:author'),
    description: childMarkup(item, 'description', 'dc:description', 'summary', 'itunes:summary', 'itunes:subtitle'),
    content: itemContent(item),
    categories: [...childTexts(item, 'category', 'dc:subject', 'media:category'), ...itunesCategories(item)],
    enclosures: findChildren(item, 'enclosure').map((e) => media(e, 'url', 'length')).filter(isMedia),
    thumbnails: mediaElements(item, 'media:thumbnail'),
    mediaContents: mediaElements(item, 'media:content'),
    itunesImage: itunesImage(item),
    complete: item.complete,
  };
}

/** itunes:category names its category in `text`, with subcategories nested inside. */
function itunesCategories(element: XmlElement): string[] {
  return findChildren(element, 'itunes:category').flatMap((category) => {
    const text = attr(category, 'text');
    return [...(text ? [text] : []), ...itunesCategories(category)];
  });
}

/** itunes:image's href (or url, as some generators write it), or the old itunes:link rel="image". */
function itunesImage(item: XmlElement): string | null {
  const image = findChild(item, 'itunes:image');
  if (image) return resolveUrl(attr(image, 'href') ?? attr(image, 'url'), image.base);
  const link = findChildren(item, 'itunes:link').find((l) => attr(l, 'rel') === 'image');
  return link ? resolveUrl(attr(link, 'href'), link.base) : null;
}

function itemLink(item: XmlElement): string | null {
  const link = findChild(item, 'link');
  const text = link ? nonEmpty(textContent(link)) ?? attr(link, 'href') : null;
  return text ? resolveUrl(text, link?.base ?? item.base) : alternateAtomLink(item);
}

function itemContent(item: XmlElement): string | null {
  const encoded = findChild(item, 'content:encoded', 'fullitem');
  if (encoded) return nonEmpty(htmlContent(encoded));
  const body = findChild(item, 'xhtml:body', 'body');
  return body ? nonEmpty(xhtmlContent(body)) : null;
}

/** The HTML of the first child named one of `names`. */
function childMarkup(element: XmlElement, ...names: string[]): string | null {
  const child = findChild(element, ...names);
  return child ? nonEmpty(htmlContent(child)) : null;
}

/** media:content and media:thumbnail, including those grouped in media:group. */
function mediaElements(item: XmlElement, name: string): RssMedia[] {
  const direct = findChildren(item, name);
  for (const group of findChildren(item, 'media:group')) direct.push(...findChildren(group, name));
  return direct.map((e) => media(e, 'url', 'filesize')).filter(isMedia);
}

function media(element: XmlElement, urlAttr: string, lengthAttr: string): RssMedia | null {
  const url = resolveUrl(attr(element, urlAttr), element.base);
  if (!url) return null;
  return { url, type: attr(element, 'type'), length: attr(element, lengthAttr), medium: attr(element, 'medium') };
}

function isMedia(media: RssMedia | null): media is RssMedia {
  return media !== null;
}

/** Whether an element is an RSS or RDF root this reader understands. */
export function isRssRoot(root: XmlElement): boolean {
  return (root.local === 'rss' && root.ns === '') || (root.local === 'rdf' && root.ns === 'rdf') || isChannelOnly(root);
}

/** A bare <channel> root with items, as some RSS 0.9x generators wrote. */
function isChannelOnly(root: XmlElement): boolean {
  return root.local === 'channel' && root.ns === '' && childElements(root).some((e) => e.name === 'item' || e.name === 'title');
}
