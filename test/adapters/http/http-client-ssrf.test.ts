// The SSRF guard end to end: every refused address is refused before any socket connects.
// A spy on net.Socket.prototype.connect sees every outgoing connection of this process and
// throws instead of connecting anywhere that is not loopback, so a bug here cannot send traffic out.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it, mock } from 'node:test';
import { isRoundupError } from '../../../src/core/errors.ts';
import { createHttpClient, type HostLookup } from '../../../src/adapters/http/index.ts';
import { reply, seen, startServer, type TestServer } from './test-server.ts';

/** Names the fake resolver knows; anything else fails like NXDOMAIN. */
const ZONE: Record<string, readonly string[]> = {
  localhost: ['127.0.0.1', '::1'],
  'internal.test': ['10.0.0.5'],
  'metadata.test': ['169.254.169.254'],
  'rebind.test': ['93.184.216.34', '192.168.1.20'],
  'mapped.test': ['::ffff:10.1.2.3'],
  'public.test': ['127.0.0.1'],
};

describe('SSRF guard', () => {
  let server: TestServer;
  const lookups: string[] = [];
  const connects: string[] = [];
  const lookup: HostLookup = async (hostname) => {
    lookups.push(hostname);
    const addresses = ZONE[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

  before(async () => {
    server = await startServer({
      '/ok': reply(200, {}, 'ok'),
      '/to-loopback-ip': (_req, res) => { res.writeHead(302, { location: `http://127.0.0.1:${server.port}/ok` }).end(); },
      '/to-internal': (_req, res) => { res.writeHead(301, { location: `http://internal.test:${server.port}/ok` }).end(); },
      '/to-metadata': reply(302, { location: 'http://169.254.169.254/latest/meta-data/' }),
    });
    const realConnect = net.Socket.prototype.connect;
    mock.method(net.Socket.prototype, 'connect', function (this: net.Socket, ...args: unknown[]) {
      // http calls connect() with Node's normalized [options, callback] pair.
      const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
      const host = String((first as { host?: string } | undefined)?.host ?? '');
      connects.push(host);
      // Only loopback test servers may be reached, and only through names the tests allow.
      if (!['127.0.0.1', 'localhost', '::1', 'public.test', 'other.test'].includes(host)) {
        this.destroy(new Error(`test spy: refused to connect to ${host}`));
        return this;
      }
      return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    });
  });
  after(async () => {
    mock.restoreAll();
    await server.close();
  });

  const blockedTargets = (port: number): string[] => [
    `http://127.0.0.1:${port}/ok`,
    `http://localhost:${port}/ok`,
    `http://[::1]:${port}/ok`,
    `http://0.0.0.0:${port}/ok`,
    `http://2130706433:${port}/ok`,
    `http://0177.0.0.1:${port}/ok`,
    `http://0x7f000001:${port}/ok`,
    `http://0x7f.1:${port}/ok`,
    `http://127.1:${port}/ok`,
    `http://[::ffff:127.0.0.1]:${port}/ok`,
    `http://[::ffff:7f00:1]:${port}/ok`,
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://[fe80::1]/',
    'http://[fc00::1]/',
    'http://[::]/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://192.0.2.10/',
    'http://[64:ff9b::a00:1]/',
    'http://[2002:c0a8:101::1]/',
    'http://internal.test/',
    'http://metadata.test/latest/meta-data/',
    'http://rebind.test/',
    'http://mapped.test/',
    'https://10.0.0.1/',
  ];

  it('refuses loopback, private, link-local, CGNAT, multicast and odd IPv4 forms before connecting', async () => {
    const client = createHttpClient({ allowHosts: [], lookup, perHostDelayMs: 0, respectRobots: false });
    for (const url of blockedTargets(server.port)) {
      connects.length = 0;
      await assert.rejects(client.get({ url, purpose: 'feed' }), (err) => {
        assert.ok(isRoundupError(err, 'fetch/blocked-address'), `${url}: ${String(err)}`);
        assert.doesNotMatch(err.message, /\n/);
        return true;
      }, url);
      assert.deepEqual(connects, [], `${url} reached connect()`);
    }
    assert.equal(server.connections, 0);
    await client.close();
  });

  it('reports a page on a refused host as blocked, not as a robots.txt failure', async () => {
    const client = createHttpClient({ allowHosts: [], lookup, perHostDelayMs: 0, respectRobots: true });
    connects.length = 0;
    await assert.rejects(client.get({ url: 'http://internal.test/article', purpose: 'page' }), (err) => isRoundupError(err, 'fetch/blocked-address'));
    assert.deepEqual(connects, []);
    await client.close();
  });

  it('names the URL and the kind of address in the message', async () => {
    const client = createHttpClient({ allowHosts: [], lookup, perHostDelayMs: 0 });
    await assert.rejects(client.get({ url: 'http://metadata.test/latest/meta-data/', purpose: 'feed' }), (err) => {
      assert.ok(isRoundupError(err));
      assert.match(err.message, /^Refused http:\/\/metadata\.test\/latest\/meta-data\/: its address 169\.254\.169\.254 is link-local/);
      return true;
    });
    await client.close();
  });

  it('resolves every hop and refuses a redirect from an allowed host to a private address', async () => {
    const client = createHttpClient({ allowHosts: ['public.test'], lookup, perHostDelayMs: 0 });
    const base = `http://public.test:${server.port}`;
    assert.equal((await client.get({ url: `${base}/ok`, purpose: 'feed' })).kind, 'ok');
    for (const path of ['/to-loopback-ip', '/to-internal', '/to-metadata']) {
      connects.length = 0;
      const okBefore = seen(server, '/ok').length;
      await assert.rejects(client.get({ url: `${base}${path}`, purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/blocked-address'), path);
      // At most one connection, for the redirecting hop (none if a pooled one was reused), none for the refused one.
      assert.ok(connects.length <= 1 && connects.every((host) => host === 'public.test'), `${path}: ${JSON.stringify(connects)}`);
      assert.equal(seen(server, '/ok').length, okBefore, path);
    }
    assert.ok(lookups.includes('internal.test'), 'the redirect target was resolved and checked');
    await client.close();
  });

  it('lets loopback through when an allowed CIDR covers it, in every spelling', async () => {
    const client = createHttpClient({ allowHosts: ['127.0.0.0/8'], lookup, perHostDelayMs: 0 });
    for (const host of ['127.0.0.1', '2130706433', '0x7f.1', '0177.0.0.1', 'public.test']) {
      const response = await client.get({ url: `http://${host}:${server.port}/ok`, purpose: 'feed' });
      assert.equal(response.kind, 'ok', host);
    }
    // localhost also resolves to ::1, which 127.0.0.0/8 does not cover: the whole name is refused.
    await assert.rejects(client.get({ url: `http://localhost:${server.port}/ok`, purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/blocked-address'));
    await client.close();
  });

  it('lets an allowed IPv6 loopback through', async (t) => {
    const v6 = await startServer({ '/ok': reply(200, {}, 'six') }, '::1');
    t.after(() => v6.close());
    const client = createHttpClient({ allowHosts: ['::1'], lookup, perHostDelayMs: 0 });
    const response = await client.get({ url: `${v6.origin}/ok`, purpose: 'feed' });
    assert.equal(response.kind === 'ok' && new TextDecoder().decode(response.body), 'six');
    assert.equal(v6.requests[0]?.headers.host, `[::1]:${v6.port}`);
    await client.close();
  });

  it('connects to the address it checked, never re-resolving the name', async () => {
    let calls = 0;
    // A rebinding resolver: public the first time, private afterwards.
    const rebinding: HostLookup = async () => {
      calls += 1;
      return [{ address: calls === 1 ? '127.0.0.1' : '10.0.0.9', family: 4 }];
    };
    const client = createHttpClient({ allowHosts: ['127.0.0.1'], lookup: rebinding, perHostDelayMs: 0 });
    const response = await client.get({ url: `http://public.test:${server.port}/ok`, purpose: 'feed' });
    assert.equal(response.kind, 'ok');
    assert.equal(calls, 1);
    await client.close();
  });

  it('reports an unknown host as fetch/network', async () => {
    const client = createHttpClient({ allowHosts: [], lookup, perHostDelayMs: 0 });
    await assert.rejects(client.get({ url: 'http://nowhere.test/', purpose: 'feed' }), (err) => {
      assert.ok(isRoundupError(err, 'fetch/network'));
      assert.match(err.message, /ENOTFOUND/);
      return true;
    });
    await client.close();
  });
});
