/** What a fetch is for: robots.txt is checked only for pages, and limits may differ. */
export type FetchPurpose = 'feed' | 'page' | 'robots' | 'discovery';

/** A polite GET: the validators make it conditional. */
export interface HttpRequest {
  readonly url: string;
  readonly purpose: FetchPurpose;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

/** Fields shared by every response outcome. */
interface ResponseBase {
  /** The URL after redirects. */
  readonly finalUrl: string;
  /** Set when every redirect on the way was permanent (301/308): the URL to store instead. */
  readonly permanentRedirectTo: string | null;
  readonly status: number;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly durationMs: number;
}

/** 2xx with a body, decompressed but not yet decoded to text. */
export interface HttpOk extends ResponseBase {
  readonly kind: 'ok';
  readonly body: Uint8Array;
}

/** 304: the stored copy is current. */
export interface HttpNotModified extends ResponseBase {
  readonly kind: 'not-modified';
}

/** 429 or 503: try again later; `retryAfterSeconds` from Retry-After when given. */
export interface HttpRateLimited extends ResponseBase {
  readonly kind: 'rate-limited';
  readonly retryAfterSeconds: number | null;
}

/** Outcome of a GET. Failures (blocked address, timeout, too large, redirect loop, other HTTP
 * status, network error, robots.txt disallow) are thrown as RoundupError with a `fetch/` code. */
export type HttpResponse = HttpOk | HttpNotModified | HttpRateLimited;

/** The HTTP port: polite, safe GETs. */
export interface HttpClient {
  /** Performs one GET with redirects, limits and the SSRF guard applied. */
  get(request: HttpRequest): Promise<HttpResponse>;
  /** Releases sockets and timers. */
  close(): Promise<void>;
}
