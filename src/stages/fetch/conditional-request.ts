/** What a request is for; mirrors the HTTP port's FetchPurpose (a stage may not import ports). */
export type RequestPurpose = 'feed' | 'page' | 'robots' | 'discovery';

/** What a conditional GET needs to know. */
export interface ConditionalRequestInput {
  readonly purpose: RequestPurpose;
  readonly userAgent: string;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

// Feed types first, then the generic XML types many servers use for feeds, then anything:
// a server that only knows text/html still answers rather than sending 406.
const ACCEPT_BY_PURPOSE: Readonly<Record<RequestPurpose, string>> = Object.freeze({
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.8',
  robots: 'text/plain, */*;q=0.5',
  discovery: 'text/html, application/xhtml+xml;q=0.9, application/rss+xml;q=0.9, application/atom+xml;q=0.9, application/feed+json;q=0.9, */*;q=0.8',
});

/** The encodings the adapter can decompress, in order of preference. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Request headers for a polite, conditional GET: User-Agent, Accept per purpose, Accept-Encoding and the validators. */
export function conditionalRequestHeaders(input: ConditionalRequestInput): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': input.userAgent,
    accept: ACCEPT_BY_PURPOSE[input.purpose],
    'accept-encoding': ACCEPT_ENCODING,
  };
  // A validator from a stored response is echoed verbatim: servers compare it byte for byte.
  const etag = cleanValidator(input.etag);
  const lastModified = cleanValidator(input.lastModified);
  if (etag !== null) headers['if-none-match'] = etag;
  if (lastModified !== null) headers['if-modified-since'] = lastModified;
  return headers;
}

/** The Accept header used for a purpose. */
export function acceptHeaderFor(purpose: RequestPurpose): string {
  return ACCEPT_BY_PURPOSE[purpose];
}

// A header value with a line break would be refused by Node (or worse, split the request).
function cleanValidator(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === '' || /[\r\n\0]/.test(trimmed)) return null;
  return trimmed;
}
