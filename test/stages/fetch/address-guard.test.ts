import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRoundupError } from '../../../src/core/errors.ts';
import {
  assertAddressAllowed, blockedRange, checkAddress, EMPTY_ALLOW_LIST, isBlockedAddress, literalAddress, parseAllowList,
} from '../../../src/stages/fetch/address-guard.ts';

// [address, range it must be refused as]
const BLOCKED: readonly (readonly [string, string])[] = [
  ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'], ['::1', 'loopback'],
  ['10.0.0.1', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'],
  ['169.254.169.254', 'linkLocal'], ['fe80::1', 'linkLocal'], ['fe80::1%eth0', 'linkLocal'],
  ['fc00::1', 'uniqueLocal'], ['fd12:3456::1', 'uniqueLocal'],
  ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast'], ['ff02::1', 'multicast'],
  ['0.0.0.0', 'unspecified'], ['0.1.2.3', 'unspecified'], ['::', 'unspecified'],
  ['100.64.0.1', 'carrierGradeNat'], ['100.127.255.254', 'carrierGradeNat'],
  ['255.255.255.255', 'broadcast'],
  ['192.0.2.1', 'reserved'], ['198.51.100.7', 'reserved'], ['203.0.113.9', 'reserved'], ['240.0.0.1', 'reserved'],
  ['2001:db8::1', 'reserved'], ['198.18.0.1', 'reserved'],
  // IPv6 forms that embed an IPv4 address are judged by it
  ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:10.0.0.1', 'private'],
  ['::ffff:0:a00:1', 'private'], ['64:ff9b::7f00:1', 'loopback'], ['64:ff9b::c0a8:101', 'private'],
  ['2002:7f00:1::1', 'loopback'], ['2002:a9fe:a9fe::', 'linkLocal'],
  ['64:ff9b:1::1', 'rfc6052'], ['2001::1', 'teredo'], ['::7f00:1', 'reserved'],
  ['fec0::1', 'deprecatedSiteLocal'], ['100::1', 'discard'], ['4000::1', 'unallocated'],
  // IPv4 in forms a resolver never returns but a caller might pass
  ['0177.0.0.1', 'loopback'], ['0x7f000001', 'loopback'], ['2130706433', 'loopback'],
  ['not-an-ip', 'invalid'], ['', 'invalid'], ['300.1.1.1', 'invalid'],
];

const PUBLIC = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '100.63.255.255', '100.128.0.0', '172.32.0.1', '192.169.0.1',
  '2606:4700:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'];

describe('isBlockedAddress / blockedRange', () => {
  for (const [ip, range] of BLOCKED) {
    it(`refuses ${ip || '(empty)'} as ${range}`, () => {
      assert.equal(blockedRange(ip), range);
      assert.equal(isBlockedAddress(ip), true);
    });
  }
  it('lets public unicast addresses through', () => {
    for (const ip of PUBLIC) assert.equal(blockedRange(ip), null, ip);
  });
});

describe('parseAllowList / checkAddress', () => {
  const allow = parseAllowList(['127.0.0.0/8', '::1', 'Feeds.Example.', '[fd00::5]', '10.1.2.3']);

  it('parses names, addresses and CIDRs (IPv4 and IPv6)', () => {
    assert.deepEqual([...allow.hostnames], ['feeds.example']);
    assert.equal(allow.ranges.length, 4);
  });

  it('allows addresses in an allowed range, including IPv4-mapped forms', () => {
    for (const ip of ['127.0.0.1', '127.9.9.9', '::1', '::ffff:127.0.0.1', 'fd00::5', '10.1.2.3']) {
      assert.deepEqual(checkAddress('host.test', ip, allow), { allowed: true, via: 'allow-list' }, ip);
    }
  });

  it('allows any address of an allowed host name, matched without case or trailing dot', () => {
    assert.deepEqual(checkAddress('FEEDS.example.', '10.9.9.9', allow), { allowed: true, via: 'allow-list' });
  });

  it('still refuses other private addresses and reports public ones as public', () => {
    assert.deepEqual(checkAddress('host.test', '10.1.2.4', allow), { allowed: false, range: 'private' });
    assert.deepEqual(checkAddress('host.test', 'fd00::6', allow), { allowed: false, range: 'uniqueLocal' });
    assert.deepEqual(checkAddress('host.test', '8.8.8.8', EMPTY_ALLOW_LIST), { allowed: true, via: 'public' });
  });

  it('rejects entries that are neither names, addresses nor ranges', () => {
    for (const entry of ['not a host', 'http://x/', '10.0.0.0/33', '*.example.com', '']) {
      assert.throws(() => parseAllowList([entry]), (err) => isRoundupError(err, 'fetch/invalid-allow-list'), entry);
    }
  });

  it('throws fetch/blocked-address naming the URL, address and range', () => {
    assert.throws(() => assertAddressAllowed('http://x.test/a', 'x.test', '192.168.0.10', EMPTY_ALLOW_LIST), (err) => {
      assert.ok(isRoundupError(err, 'fetch/blocked-address'));
      assert.equal(err.message, 'Refused http://x.test/a: its address 192.168.0.10 is private, not a public Internet address');
      return true;
    });
  });
});

describe('literalAddress', () => {
  it('recognises canonical IP literals only', () => {
    assert.equal(literalAddress('127.0.0.1'), '127.0.0.1');
    assert.equal(literalAddress('[::ffff:7f00:1]'), '::ffff:7f00:1');
    assert.equal(literalAddress('example.com'), null);
    // WHATWG URL normalises these before they get here; a name that looks numeric goes to DNS.
    assert.equal(literalAddress('1e100.net'), null);
  });

  it('sees odd IPv4 spellings as loopback once WHATWG URL has normalised them', () => {
    for (const host of ['2130706433', '0177.0.0.1', '0x7f000001', '0x7f.1', '127.1', '0x7F.0.0.1']) {
      const hostname = new URL(`http://${host}/`).hostname;
      assert.equal(hostname, '127.0.0.1', host);
      assert.equal(blockedRange(literalAddress(hostname) ?? ''), 'loopback', host);
    }
  });
});
