// Namespace URIs -> the short names the readers match on. Feeds get namespace URIs wrong
// (https, a missing or extra trailing slash, odd case), so URIs are compared loosely, and an
// undeclared prefix stands for itself (`itunes:` used without xmlns:itunes is common).
// The RSS 0.90/1.0 and Userland namespaces are the feed's own vocabulary, so they map to ''.

/** Short name for each known namespace URI (compared after `looseUri`), sorted by short name. */
const KNOWN_NAMESPACES: ReadonlyArray<readonly [string, string]> = [
  ['', 'backend.userland.com/rss2'],
  ['', 'blogs.law.harvard.edu/tech/rss'],
  ['', 'my.netscape.com/rdf/simple/0.9'],
  ['', 'purl.org/rss/1.0'],
  ['atom', 'purl.org/atom/ns'],
  ['atom', 'www.w3.org/2005/atom'],
  ['content', 'purl.org/rss/1.0/modules/content'],
  ['dc', 'purl.org/dc/elements/1.1'],
  ['dcterms', 'purl.org/dc/terms'],
  ['feedburner', 'rssnamespace.org/feedburner/ext/1.0'],
  ['itunes', 'www.itunes.com/dtds/podcast-1.0.dtd'],
  ['media', 'search.yahoo.com/mrss'],
  ['rdf', 'www.w3.org/1999/02/22-rdf-syntax-ns'],
  ['xhtml', 'www.w3.org/1999/xhtml'],
  ['xml', 'www.w3.org/xml/1998/namespace'],
];

const BY_URI: ReadonlyMap<string, string> = new Map(KNOWN_NAMESPACES.map(([name, uri]) => [uri, name]));

/** The URI without scheme, case, trailing `/` or `#`, so near-miss spellings compare equal. */
function looseUri(uri: string): string {
  return uri.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/[/#]+$/, '');
}

/**
 * Short name for a namespace URI. Unknown URIs keep the prefix they were declared with; an
 * unknown default namespace counts as the feed's own vocabulary ('') because unprefixed
 * elements of a feed are its own, whatever URI a generator invented for them.
 */
export function namespaceName(uri: string | undefined, prefix: string): string {
  if (uri === undefined || uri === '') return prefix.toLowerCase();
  return BY_URI.get(looseUri(uri)) ?? prefix.toLowerCase();
}
