import { RoundupError } from '../../core/errors.ts';

/** Every failure code of the fetch stage and the HTTP adapter. */
export type FetchErrorCode =
  | 'fetch/blocked-address'
  | 'fetch/too-large'
  | 'fetch/timeout'
  | 'fetch/redirect-loop'
  | 'fetch/too-many-redirects'
  | 'fetch/http-status'
  | 'fetch/network'
  | 'fetch/robots-disallowed'
  | 'fetch/invalid-url'
  | 'fetch/unsupported-scheme'
  | 'fetch/bad-encoding'
  | 'fetch/invalid-allow-list';

/** The phase of a request a timeout interrupted. */
export type TimeoutPhase = 'connect' | 'headers' | 'body' | 'idle body';

// Messages are shown to users next to a feed: one line, plain words, always naming the URL.
function fetchError(code: FetchErrorCode, message: string, cause?: unknown): RoundupError {
  return new RoundupError(code, message, cause === undefined ? undefined : { cause });
}

/** The URL resolves to (or is) an address the SSRF guard refuses. */
export function blockedAddressError(url: string, ip: string, range: string): RoundupError {
  return fetchError('fetch/blocked-address', `Refused ${url}: its address ${ip} is ${range}, not a public Internet address`);
}

/** The body (compressed or decompressed) passed the byte limit. */
export function tooLargeError(url: string, limitBytes: number, decompressed: boolean): RoundupError {
  const what = decompressed ? 'decompressed body' : 'body';
  return fetchError('fetch/too-large', `Gave up on ${url}: the ${what} is larger than ${formatBytes(limitBytes)}`);
}

/** A phase of the request took longer than its limit. */
export function timeoutError(url: string, phase: TimeoutPhase, limitMs: number): RoundupError {
  return fetchError('fetch/timeout', `Timed out fetching ${url}: no ${phase} within ${limitMs} ms`);
}

/** A redirect led back to a URL already visited. */
export function redirectLoopError(url: string, target: string): RoundupError {
  return fetchError('fetch/redirect-loop', `Redirect loop fetching ${url}: ${target} was already visited`);
}

/** More redirects than allowed. */
export function tooManyRedirectsError(url: string, max: number): RoundupError {
  return fetchError('fetch/too-many-redirects', `Too many redirects fetching ${url} (more than ${max})`);
}

/** A status that is neither success, not-modified, rate-limited nor a followable redirect; the error carries `status`. */
export function httpStatusError(url: string, status: number, statusText?: string): RoundupError {
  const text = statusText ? ` ${statusText}` : '';
  const error = fetchError('fetch/http-status', `HTTP ${status}${text} from ${url}`);
  return Object.assign(error, { status });
}

/** The status carried by a `fetch/http-status` error, or null for any other value. */
export function httpStatusOf(err: unknown): number | null {
  if (!(err instanceof RoundupError) || err.code !== 'fetch/http-status') return null;
  const status = (err as { status?: unknown }).status;
  return typeof status === 'number' ? status : null;
}

/** DNS, TCP, TLS or protocol failure. */
export function networkError(url: string, cause: unknown): RoundupError {
  return fetchError('fetch/network', `Network error fetching ${url}: ${oneLine(cause)}`, cause);
}

/** robots.txt forbids the page, or could not be read (which RFC 9309 treats as a full disallow). */
export function robotsDisallowedError(url: string, reason: string): RoundupError {
  return fetchError('fetch/robots-disallowed', `Not fetching ${url}: ${reason}`);
}

/** Not a parseable absolute URL. */
export function invalidUrlError(raw: string, cause?: unknown): RoundupError {
  return fetchError('fetch/invalid-url', `Invalid URL: ${JSON.stringify(raw.slice(0, 200))}`, cause);
}

/** A scheme other than http or https. */
export function unsupportedSchemeError(url: string): RoundupError {
  return fetchError('fetch/unsupported-scheme', `Unsupported URL scheme in ${url}: only http and https are fetched`);
}

/** Unknown Content-Encoding, or compressed data that does not decompress. */
export function badEncodingError(url: string, detail: string, cause?: unknown): RoundupError {
  return fetchError('fetch/bad-encoding', `Could not decode the body of ${url}: ${detail}`, cause);
}

/** An allow-list entry that is neither a host name, an IP address nor a CIDR range. */
export function invalidAllowListError(entry: string): RoundupError {
  return fetchError('fetch/invalid-allow-list', `Invalid allow-list entry ${JSON.stringify(entry)}: expected a host name, an IP address or a CIDR range`);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

// Causes from Node carry codes (ECONNREFUSED) that say more than their messages; keep both on one line.
function oneLine(cause: unknown): string {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const message = cause instanceof Error ? cause.message : String(cause);
  const text = code && !message.includes(code) ? `${code} ${message}` : message;
  return text.replace(/\s+/g, ' ').trim();
}
