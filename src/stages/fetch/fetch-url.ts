import { invalidUrlError, unsupportedSchemeError } from './fetch-errors.ts';

const FETCHABLE_SCHEMES = new Set(['http:', 'https:']);

/** Parses an absolute http(s) URL (WHATWG rules, so `http://2130706433/` becomes `http://127.0.0.1/`); drops the fragment. */
export function parseFetchUrl(raw: string): URL {
  return checkScheme(parseOrThrow(raw, undefined));
}

/** Resolves a Location header against the URL that sent it; only http(s) targets are accepted. */
export function resolveRedirect(location: string, base: URL): URL {
  return checkScheme(parseOrThrow(location, base));
}

/** Host name without IPv6 brackets or a trailing dot, lower-cased: the form DNS and allow lists use. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
}

function parseOrThrow(raw: string, base: URL | undefined): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (err) {
    throw invalidUrlError(raw, err);
  }
  url.hash = '';
  return url;
}

function checkScheme(url: URL): URL {
  if (!FETCHABLE_SCHEMES.has(url.protocol)) throw unsupportedSchemeError(url.href);
  if (url.hostname === '') throw invalidUrlError(url.href);
  return url;
}
