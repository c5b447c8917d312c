import { lookup as dnsLookup } from 'node:dns/promises';
import { RoundupError } from '../../core/errors.ts';

/** One resolved address, as dns.lookup with `all: true` returns it. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

/** Resolves a host name to every address it has (injectable so tests never touch real DNS). */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Settings of the HTTP adapter; every field is optional and defaults to DEFAULT_HTTP_CLIENT_OPTIONS. */
export interface HttpClientOptions {
  /** Sent on every request; robots.txt groups are matched on its first token ("Roundup"). */
  readonly userAgent?: string;
  /** Host names, IPs and CIDRs the SSRF guard lets through although not public. */
  readonly allowHosts?: readonly string[];
  /** DNS resolution plus TCP connect (plus TLS handshake). */
  readonly connectTimeoutMs?: number;
  /** From the connection being up to the response headers. */
  readonly headersTimeoutMs?: number;
  /** Total time for reading the body. */
  readonly bodyTimeoutMs?: number;
  /** Longest silence between two body chunks; never more than bodyTimeoutMs. */
  readonly bodyIdleTimeoutMs?: number;
  /** Limit on the body, checked while streaming both before and after decompression. */
  readonly maxBodyBytes?: number;
  readonly maxRedirects?: number;
  /** Requests in flight to one host name at a time. */
  readonly perHostConcurrency?: number;
  /** Minimum gap between the starts of two requests to one host name (up to 10% more, jittered). */
  readonly perHostDelayMs?: number;
  /** Check robots.txt before fetching a page (purpose 'page'); feeds are always fetched. */
  readonly respectRobots?: boolean;
  /** Uniform [0, 1) source for jitter. */
  readonly random?: () => number;
  /** DNS lookup; defaults to dns.lookup with all: true. */
  readonly lookup?: HostLookup;
}

/** HttpClientOptions with every default filled in. */
export type ResolvedHttpClientOptions = Readonly<Required<HttpClientOptions>>;

/** The system resolver, every address, in the order the system prefers. */
export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Defaults of the HTTP adapter. */
export const DEFAULT_HTTP_CLIENT_OPTIONS: ResolvedHttpClientOptions = Object.freeze({
  userAgent: 'Roundup/0.1 (+https://github.com/roundup-news/roundup)',
  allowHosts: Object.freeze([]) as readonly string[],
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 30_000,
  bodyIdleTimeoutMs: 10_000,
  maxBodyBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 2,
  perHostDelayMs: 1_000,
  respectRobots: true,
  random: Math.random,
  lookup: systemLookup,
});

const NUMERIC_LIMITS = [
  ['connectTimeoutMs', 1], ['headersTimeoutMs', 1], ['bodyTimeoutMs', 1], ['bodyIdleTimeoutMs', 1],
  ['maxBodyBytes', 1], ['maxRedirects', 0], ['perHostConcurrency', 1], ['perHostDelayMs', 0],
] as const;

/** Copies the options over the defaults, validates them and freezes the result. */
export function resolveHttpClientOptions(options: HttpClientOptions): ResolvedHttpClientOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const resolved = { ...DEFAULT_HTTP_CLIENT_OPTIONS, ...defined } as Required<HttpClientOptions>;
  for (const [key, minimum] of NUMERIC_LIMITS) {
    const value = resolved[key];
    if (!Number.isFinite(value) || value < minimum) {
      throw new RoundupError('fetch/invalid-option', `HTTP client option ${key} must be a number >= ${minimum}, got ${String(value)}`);
    }
  }
  return Object.freeze({
    ...resolved,
    allowHosts: Object.freeze([...resolved.allowHosts]),
    bodyIdleTimeoutMs: Math.min(resolved.bodyIdleTimeoutMs, resolved.bodyTimeoutMs),
  });
}
