import ipaddr from 'ipaddr.js';
import { blockedAddressError, invalidAllowListError } from './fetch-errors.ts';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Hosts and networks the SSRF guard lets through even though they are not public (e.g. a local test server). */
export interface AllowList {
  /** Lower-cased host names without a trailing dot. */
  readonly hostnames: ReadonlySet<string>;
  /** CIDR ranges; a single IP is a /32 or /128. IPv4 ranges also match IPv4-mapped IPv6 addresses. */
  readonly ranges: readonly (readonly [Address, number])[];
}

/** Why an address was let through, or which range refused it. */
export type AddressVerdict =
  | { readonly allowed: true; readonly via: 'allow-list' | 'public' }
  | { readonly allowed: false; readonly range: string };

/** An empty allow list: only public addresses pass. */
export const EMPTY_ALLOW_LIST: AllowList = Object.freeze({ hostnames: new Set<string>(), ranges: [] });

// The only ipaddr.js ranges that are public, routable unicast. Everything else it names
// (private, loopback, linkLocal, reserved, benchmarking, uniqueLocal, discard, orchid2, ...) is refused.
const PUBLIC_V4_RANGES = new Set(['unicast', 'as112', 'amt']);
const PUBLIC_V6_RANGES = new Set(['unicast', 'as112v6', 'amt']);
// IPv6 global unicast is 2000::/3; ipaddr.js calls unallocated space outside it 'unicast' too.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
// ::a.b.c.d (deprecated IPv4-compatible addresses): nothing public lives there.
const IPV4_COMPATIBLE_V6 = ipaddr.IPv6.parseCIDR('::/96');
// Human-readable names for the user-facing message.
const RANGE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  unspecified: 'unspecified (0.0.0.0/8 or ::)',
  broadcast: 'the broadcast address',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT (100.64.0.0/10)',
  private: 'private',
  reserved: 'reserved or documentation space',
  benchmarking: 'benchmarking space',
  uniqueLocal: 'unique-local (fc00::/7)',
  deprecatedSiteLocal: 'site-local (fec0::/10)',
  teredo: 'a Teredo tunnel address',
  rfc6052: 'local-use NAT64',
  discard: 'discard-only',
  unallocated: 'unallocated IPv6 space',
  invalid: 'not a valid IP address',
});

/** Parses allow-list entries: host names, IPv4/IPv6 addresses and CIDR ranges. Throws `fetch/invalid-allow-list`. */
export function parseAllowList(entries: readonly string[]): AllowList {
  const hostnames = new Set<string>();
  const ranges: (readonly [Address, number])[] = [];
  for (const raw of entries) {
    const entry = raw.trim().replace(/^\[(.*)\]$/, '$1');
    const range = parseRange(entry);
    if (range !== null) ranges.push(range);
    else if (isHostname(entry)) hostnames.add(normalizeHostname(entry));
    else throw invalidAllowListError(raw);
  }
  return Object.freeze({ hostnames, ranges: Object.freeze(ranges) });
}

/** True when a connection to `ip` must be refused: anything but public unicast. Unparseable input is refused too. */
export function isBlockedAddress(ip: string): boolean {
  return blockedRange(ip) !== null;
}

/** The name of the non-public range `ip` falls in, or null when it is a public address. */
export function blockedRange(ip: string): string | null {
  const address = parseAddress(ip);
  return address === null ? 'invalid' : blockedRangeOf(address);
}

/** Decides whether `host` (as written in the URL) may be reached at the resolved `ip`. */
export function checkAddress(host: string, ip: string, allow: AllowList): AddressVerdict {
  if (allow.hostnames.has(normalizeHostname(host))) return { allowed: true, via: 'allow-list' };
  const address = parseAddress(ip);
  if (address === null) return { allowed: false, range: 'invalid' };
  if (inAllowedRange(address, allow)) return { allowed: true, via: 'allow-list' };
  const range = blockedRangeOf(address);
  return range === null ? { allowed: true, via: 'public' } : { allowed: false, range };
}

/** Like checkAddress, but throws `fetch/blocked-address` naming the URL when refused. */
export function assertAddressAllowed(url: string, host: string, ip: string, allow: AllowList): void {
  const verdict = checkAddress(host, ip, allow);
  if (!verdict.allowed) throw blockedAddressError(url, ip, describeRange(verdict.range));
}

/** The IP address a URL host names literally (brackets stripped), or null for a DNS name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  // Only canonical literals: WHATWG URL has already turned 0x7f.1 or 2130706433 into 127.0.0.1,
  // and a name like "1e100.net" must go to DNS rather than be read as a number.
  return ipaddr.IPv4.isValidFourPartDecimal(bare) || ipaddr.IPv6.isValid(bare) ? bare : null;
}

/** A user-facing phrase for a range name returned by blockedRange. */
export function describeRange(range: string): string {
  return RANGE_LABELS[range] ?? range;
}

function blockedRangeOf(address: Address): string | null {
  return address.kind() === 'ipv4' ? blockedV4(address as ipaddr.IPv4) : blockedV6(address as ipaddr.IPv6);
}

function blockedV4(address: ipaddr.IPv4): string | null {
  const range = address.range();
  return PUBLIC_V4_RANGES.has(range) ? null : range;
}

// IPv6 forms that carry an IPv4 address are judged by that address: ::ffff:127.0.0.1 reaches
// loopback on a dual-stack socket, and NAT64 (64:ff9b::/96) or 6to4 (2002::/16) gateways forward
// to the embedded address.
function blockedV6(address: ipaddr.IPv6): string | null {
  const embedded = embeddedV4(address);
  if (embedded !== null) return blockedV4(embedded);
  if (address.match(IPV4_COMPATIBLE_V6)) return address.range() === 'unicast' ? 'reserved' : address.range();
  const range = address.range();
  if (!PUBLIC_V6_RANGES.has(range)) return range;
  return address.match(GLOBAL_UNICAST_V6) ? null : 'unallocated';
}

function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const range = address.range();
  const p = address.parts;
  if (range === 'ipv4Mapped' || range === 'rfc6145') return fromParts(p[6], p[7]);
  // 64:ff9b::/96 only; the local-use 64:ff9b:1::/48 stays blocked as 'rfc6052'.
  if (range === 'rfc6052' && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0) return fromParts(p[6], p[7]);
  if (range === '6to4') return fromParts(p[1], p[2]);
  return null;
}

function fromParts(high: number | undefined, low: number | undefined): ipaddr.IPv4 {
  const h = high ?? 0;
  const l = low ?? 0;
  return new ipaddr.IPv4([h >> 8, h & 0xff, l >> 8, l & 0xff]);
}

function inAllowedRange(address: Address, allow: AllowList): boolean {
  const candidates = comparableForms(address);
  return allow.ranges.some(([network, bits]) =>
    candidates.some((c) => c.kind() === network.kind() && c.match(network, bits)));
}

// An IPv4 allow entry should also admit the same address seen through a dual-stack socket.
function comparableForms(address: Address): Address[] {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return [address, (address as ipaddr.IPv6).toIPv4Address()];
  }
  return [address];
}

function parseAddress(ip: string): Address | null {
  const bare = ip.trim().replace(/^\[(.*)\]$/, '$1');
  // A zone id (fe80::1%eth0) does not change which range the address is in.
  const withoutZone = bare.replace(/%.*$/, '');
  try {
    return ipaddr.parse(withoutZone);
  } catch {
    return null;
  }
}

function parseRange(entry: string): readonly [Address, number] | null {
  if (ipaddr.isValidCIDR(entry)) return ipaddr.parseCIDR(entry);
  const address = parseAddress(entry);
  if (address === null) return null;
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

function isHostname(entry: string): boolean {
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(entry);
}

function normalizeHostname(host: string): string {
  return host.trim().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
}
