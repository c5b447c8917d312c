// Redirects are followed by hand: permanence, relative Locations, loops and the hop limit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isRoundupError } from '../../../src/core/errors.ts';
import { createHttpClient } from '../../../src/adapters/http/index.ts';
import type { HttpClient } from '../../../src/ports/http-client.ts';
import { reply, seen, startServer, TEST_CLIENT_OPTIONS, type Handler, type TestServer } from './test-server.ts';

const to = (status: number, location: string): Handler => reply(status, { location });

describe('HTTP client redirects', () => {
  let server: TestServer;
  let client: HttpClient;

  before(async () => {
    server = await startServer({
      '/final': reply(200, { 'content-type': 'text/plain' }, 'arrived'),
      // 301 -> 308 -> 301 -> final: all permanent
      '/p1': to(301, '/p2'),
      '/p2': to(308, '/p3'),
      '/p3': to(301, '/final'),
      // 301 -> 302 -> final: one temporary hop
      '/m1': to(301, '/m2'),
      '/m2': to(302, '/final'),
      '/t1': to(307, '/final'),
      '/see-other': to(303, '/final'),
      // relative Locations of several forms
      '/dir/rel': to(301, '../final'),
      '/dir/dot': to(302, './sub?x=1'),
      '/dir/sub': reply(200, {}, 'sub'),
      '/loop-a': to(302, '/loop-b'),
      '/loop-b': to(302, '/loop-a'),
      '/self': to(301, '/self'),
      '/no-location': reply(302),
      '/to-ftp': to(301, 'ftp://127.0.0.1/file'),
      '/to-garbage': to(301, 'http://[oops'),
    });
    // Six hops: /h0 -> /h1 -> ... -> /h6 -> /final
    for (let i = 0; i <= 6; i += 1) server.route(`/h${i}`, to(301, i === 6 ? '/final' : `/h${i + 1}`));
    client = createHttpClient(TEST_CLIENT_OPTIONS);
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  const get = (path: string) => client.get({ url: `${server.origin}${path}`, purpose: 'feed' });

  it('follows a chain of 301/308 and reports the new permanent URL', async () => {
    const response = await get('/p1');
    assert.equal(response.kind, 'ok');
    assert.equal(response.finalUrl, `${server.origin}/final`);
    assert.equal(response.permanentRedirectTo, `${server.origin}/final`);
  });

  it('does not report a permanent URL when any hop was temporary', async () => {
    for (const path of ['/m1', '/t1', '/see-other']) {
      const response = await get(path);
      assert.equal(response.finalUrl, `${server.origin}/final`, path);
      assert.equal(response.permanentRedirectTo, null, path);
    }
  });

  it('resolves relative Locations against the redirecting URL', async () => {
    const up = await get('/dir/rel');
    assert.equal(up.finalUrl, `${server.origin}/final`);
    const dot = await get('/dir/dot');
    assert.equal(dot.finalUrl, `${server.origin}/dir/sub?x=1`);
    assert.equal(dot.kind === 'ok' && new TextDecoder().decode(dot.body), 'sub');
  });

  it('detects redirect loops, including a URL redirecting to itself', async () => {
    for (const path of ['/loop-a', '/self']) {
      await assert.rejects(get(path), (err) => {
        assert.ok(isRoundupError(err, 'fetch/redirect-loop'));
        assert.ok(err.message.includes(`${server.origin}${path}`), err.message);
        return true;
      });
    }
    assert.equal(seen(server, '/loop-a').length, 1);
  });

  it('stops after five redirects', async () => {
    await assert.rejects(get('/h0'), (err) => isRoundupError(err, 'fetch/too-many-redirects'));
    // Five redirects were followed, so /h0../h5 were requested and /h6 never was.
    assert.equal(seen(server, '/h5').length, 1);
    assert.equal(seen(server, '/h6').length, 0);
    const five = await get('/h2'); // h2 -> h3 -> h4 -> h5 -> h6 -> final: exactly five
    assert.equal(five.kind, 'ok');
  });

  it('honours a lower maxRedirects', async () => {
    const strict = createHttpClient({ ...TEST_CLIENT_OPTIONS, maxRedirects: 0 });
    await assert.rejects(strict.get({ url: `${server.origin}/t1`, purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/too-many-redirects'));
    await strict.close();
  });

  it('refuses redirects to other schemes or unparseable Locations, and a 3xx without Location', async () => {
    await assert.rejects(get('/to-ftp'), (err) => isRoundupError(err, 'fetch/unsupported-scheme'));
    await assert.rejects(get('/to-garbage'), (err) => isRoundupError(err, 'fetch/invalid-url'));
    await assert.rejects(get('/no-location'), (err) => isRoundupError(err, 'fetch/http-status'));
  });
});
