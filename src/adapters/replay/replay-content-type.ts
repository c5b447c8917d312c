import { extname } from 'node:path';

// Sorted table: extension -> Content-Type. `.json` and `.xml` are refined by looking at the text.
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.atom': 'application/atom+xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.gif': 'image/gif',
  '.htm': 'text/html; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
  '.png': 'image/png',
  '.rdf': 'application/rdf+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.xml': 'application/rss+xml; charset=utf-8',
};

const JSON_FEED_TYPE = 'application/feed+json; charset=utf-8';
const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** Content-Type for a served file, from its extension and, for `.json` and `.xml`, its text. */
export function contentTypeFor(filePath: string, text: string | null): string {
  const extension = extname(filePath).toLowerCase();
  const byExtension = TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream';
  if (text === null) return byExtension;
  if (extension === '.json' && isJsonFeed(text)) return JSON_FEED_TYPE;
  if (extension === '.xml' && rootElementName(text) === 'feed') return ATOM_TYPE;
  return byExtension;
}

/** True when `text` is a JSON object whose `version` is a jsonfeed.org version URL. */
export function isJsonFeed(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('version' in value)) return false;
    return typeof value.version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(value.version);
  } catch {
    return false;
  }
}

// The first element name after the prolog, comments and doctype; enough to tell Atom from RSS.
function rootElementName(text: string): string | null {
  const match = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>)*<([A-Za-z_][\w.:-]*)/.exec(text.slice(0, 4096));
  const name = match?.[1];
  return name === undefined ? null : name.replace(/^.*:/, '');
}
