import type { IncomingHttpHeaders } from 'node:http';

/** True when the request's validators show the client already holds this representation (RFC 9110 §13.2.2). */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, mtimeMs: number): boolean {
  const ifNoneMatch = headers['if-none-match'];
  // If-None-Match wins over If-Modified-Since when both are sent.
  if (ifNoneMatch !== undefined) return etagListMatches(ifNoneMatch, etag);
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have one-second resolution, so the mtime is truncated before comparing.
  return !Number.isNaN(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}

/** Weak comparison of an If-None-Match list against one entity tag; `*` matches anything. */
export function etagListMatches(list: string, etag: string): boolean {
  const wanted = stripWeak(etag);
  return list.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || stripWeak(tag) === wanted;
  });
}

function stripWeak(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
