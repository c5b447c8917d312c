import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIPv6 } from 'node:net';
import type { AllowList } from '../../stages/fetch/address-guard.ts';
import { assertAddressAllowed, literalAddress } from '../../stages/fetch/address-guard.ts';
import { networkError } from '../../stages/fetch/fetch-errors.ts';
import { bareHostname } from '../../stages/fetch/fetch-url.ts';
import type { HostLookup, ResolvedAddress } from './client-options.ts';

/** The callback form of dns.lookup that http.request accepts as its `lookup` option. */
export type PinnedLookup = (
  hostname: string,
  options: LookupOptions,
  callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/** Resolves the URL's host and checks every address against the SSRF guard; throws `fetch/blocked-address` if any is refused. */
export async function resolveCheckedAddresses(url: URL, allow: AllowList, lookup: HostLookup): Promise<readonly ResolvedAddress[]> {
  const host = bareHostname(url);
  const literal = literalAddress(host);
  if (literal !== null) {
    assertAddressAllowed(url.href, host, literal, allow);
    return [{ address: literal, family: isIPv6(literal) ? 6 : 4 }];
  }
  const addresses = await lookupOrThrow(url, host, lookup);
  // Every answer is checked, not just the first: a name that mixes public and private answers is
  // a DNS-rebinding setup, and the socket may try any of them.
  for (const { address } of addresses) assertAddressAllowed(url.href, host, address, allow);
  return addresses;
}

/** A lookup for http.request that answers with the already-checked addresses, so the socket cannot re-resolve to another one. */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): PinnedLookup {
  return (_hostname, options, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : 0;
    const matching = addresses.filter((a) => family === 0 || a.family === family);
    const answer = matching.length > 0 ? matching : addresses;
    const first = answer[0];
    // Node asks for `all` when it races address families (autoSelectFamily, on by default in Node 20).
    if (options.all) process.nextTick(callback, null, answer.map((a) => ({ address: a.address, family: a.family })));
    else if (first !== undefined) process.nextTick(callback, null, first.address, first.family);
  };
}

async function lookupOrThrow(url: URL, host: string, lookup: HostLookup): Promise<readonly ResolvedAddress[]> {
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = await lookup(host);
  } catch (err) {
    throw networkError(url.href, err);
  }
  if (addresses.length === 0) throw networkError(url.href, new Error(`no address found for ${host}`));
  return addresses;
}
