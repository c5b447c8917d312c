// Links in feeds are often relative (to xml:base, or to the feed's own URL). They are made
// absolute here, and schemes that run code when clicked are dropped, because links are
// rendered as hrefs later.

/** An absolute http(s) URL with a host and no characters a URL parser would have to fix. */
const PLAIN_HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:[/?#][\x21-\x7e]*)?$/i;

/** Schemes a link may not use. */
const UNSAFE_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:']);

/**
 * Resolves `ref` against `base`; null when empty, unparsable or an unsafe scheme. An absolute
 * URL is returned as written (not normalised): canonical forms are decided downstream.
 */
export function resolveUrl(ref: string | null | undefined, base: string | null): string | null {
  const trimmed = ref?.trim();
  if (!trimmed) return null;
  // Most links are plain absolute http(s) URLs: no need to parse them to return them as written.
  if (PLAIN_HTTP_URL.test(trimmed)) return trimmed;
  const absolute = parseUrl(trimmed, null);
  const url = absolute ?? parseUrl(trimmed, base);
  if (!url || UNSAFE_SCHEMES.has(url.protocol)) return null;
  return absolute ? trimmed : url.href;
}

function parseUrl(ref: string, base: string | null): URL | null {
  try {
    return base ? new URL(ref, base) : new URL(ref);
  } catch {
    return null;
  }
}

/** Resolves an xml:base against its parent's base, keeping the parent's when it cannot be resolved. */
export function resolveBase(ref: string | undefined, parent: string | null): string | null {
  if (ref === undefined) return parent;
  return resolveUrl(ref, parent) ?? parent;
}
