/** The HTTP adapter: createHttpClient and its options. */
export { createHttpClient } from './http-client.ts';
export {
  DEFAULT_HTTP_CLIENT_OPTIONS, resolveHttpClientOptions, systemLookup,
  type HostLookup, type HttpClientOptions, type ResolvedAddress, type ResolvedHttpClientOptions,
} from './client-options.ts';
