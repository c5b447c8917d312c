// The HTTP adapter against a real loopback server: conditional GETs, outcomes, encodings.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { isRoundupError } from '../../../src/core/errors.ts';
import { createHttpClient, DEFAULT_HTTP_CLIENT_OPTIONS } from '../../../src/adapters/http/index.ts';
import type { HttpClient } from '../../../src/ports/http-client.ts';
import { reply, seen, startServer, TEST_CLIENT_OPTIONS, type TestServer } from './test-server.ts';

const ETAG = '"v1-abc"';
const LAST_MODIFIED = 'Tue, 02 Jan 2024 10:00:00 GMT';
const FEED = '<rss><channel><title>T</title></channel></rss>';

describe('HTTP client responses', () => {
  let server: TestServer;
  let client: HttpClient;

  before(async () => {
    server = await startServer({
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
          res.writeHead(304, { etag: ETAG }).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG, 'last-modified': LAST_MODIFIED }).end(FEED);
      },
      '/slow-down': reply(429, { 'retry-after': '120' }),
      '/slow-down-date': (_req, res) => {
        res.writeHead(429, { 'retry-after': new Date(Date.now() + 90_000).toUTCString() }).end();
      },
      '/unavailable': reply(503, { 'retry-after': 'soon-ish' }, 'maintenance'),
      '/missing': reply(404),
      '/broken': reply(500),
      '/gzip': reply(200, { 'content-encoding': 'gzip' }, zlib.gzipSync(FEED)),
      '/deflate': reply(200, { 'content-encoding': 'deflate' }, zlib.deflateSync(FEED)),
      '/deflate-raw': reply(200, { 'content-encoding': 'deflate' }, zlib.deflateRawSync(FEED)),
      '/br': reply(200, { 'content-encoding': 'br' }, zlib.brotliCompressSync(FEED)),
      '/gzip-then-br': reply(200, { 'content-encoding': 'gzip, br' }, zlib.brotliCompressSync(zlib.gzipSync(FEED))),
      '/corrupt-gzip': reply(200, { 'content-encoding': 'gzip' }, Buffer.from('this is not gzip at all')),
      '/compress': reply(200, { 'content-encoding': 'compress' }, 'x'),
      '/empty': reply(204),
    });
    client = createHttpClient(TEST_CLIENT_OPTIONS);
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  it('returns the body with ETag and Last-Modified, then not-modified on a conditional GET', async () => {
    const url = `${server.origin}/feed.xml`;
    const first = await client.get({ url, purpose: 'feed' });
    assert.equal(first.kind, 'ok');
    assert.equal(first.status, 200);
    assert.equal(first.finalUrl, url);
    assert.equal(first.permanentRedirectTo, null);
    assert.equal(first.headers.etag, ETAG);
    assert.equal(first.headers['last-modified'], LAST_MODIFIED);
    assert.ok(first.kind === 'ok' && first.body instanceof Uint8Array);
    assert.equal(first.kind === 'ok' && new TextDecoder().decode(first.body), FEED);

    const second = await client.get({ url, purpose: 'feed', etag: first.headers.etag, lastModified: first.headers['last-modified'] });
    assert.equal(second.kind, 'not-modified');
    assert.equal(second.status, 304);
    const conditional = seen(server, '/feed.xml')[1];
    assert.equal(conditional?.headers['if-none-match'], ETAG);
    assert.equal(conditional?.headers['if-modified-since'], LAST_MODIFIED);
  });

  it('names Roundup in the User-Agent and asks for feeds and compressed bodies', async () => {
    await client.get({ url: `${server.origin}/feed.xml`, purpose: 'feed' });
    const request = seen(server, '/feed.xml').at(-1);
    assert.match(request?.headers['user-agent'] ?? '', /^Roundup\/\S+ \(\+https:\/\//);
    assert.equal(request?.headers['user-agent'], DEFAULT_HTTP_CLIENT_OPTIONS.userAgent);
    assert.match(request?.headers.accept ?? '', /application\/rss\+xml/);
    assert.equal(request?.headers['accept-encoding'], 'gzip, deflate, br');
    assert.equal(request?.headers['if-none-match'], undefined);
  });

  it('reports 429 as rate-limited with Retry-After in seconds', async () => {
    const response = await client.get({ url: `${server.origin}/slow-down`, purpose: 'feed' });
    assert.deepEqual([response.kind, response.status], ['rate-limited', 429]);
    assert.equal(response.kind === 'rate-limited' && response.retryAfterSeconds, 120);
  });

  it('reports 429 with an HTTP-date Retry-After as the seconds until that date', async () => {
    const response = await client.get({ url: `${server.origin}/slow-down-date`, purpose: 'feed' });
    assert.equal(response.kind, 'rate-limited');
    const seconds = response.kind === 'rate-limited' ? response.retryAfterSeconds ?? -1 : -1;
    // Generous bounds: the date has one-second resolution and the request takes some time.
    assert.ok(seconds > 30 && seconds <= 91, `retryAfterSeconds ${seconds}`);
  });

  it('reports 503 as rate-limited, with null when Retry-After is unreadable', async () => {
    const response = await client.get({ url: `${server.origin}/unavailable`, purpose: 'feed' });
    assert.deepEqual([response.kind, response.status], ['rate-limited', 503]);
    assert.equal(response.kind === 'rate-limited' && response.retryAfterSeconds, null);
  });

  for (const [path, status] of [['/missing', 404], ['/broken', 500]] as const) {
    it(`throws fetch/http-status naming the status and URL for ${status}`, async () => {
      const url = `${server.origin}${path}`;
      await assert.rejects(client.get({ url, purpose: 'feed' }), (err) => {
        assert.ok(isRoundupError(err, 'fetch/http-status'));
        assert.ok(err.message.includes(String(status)) && err.message.includes(url), err.message);
        assert.doesNotMatch(err.message, /\n/);
        return true;
      });
    });
  }

  for (const path of ['/gzip', '/deflate', '/deflate-raw', '/br', '/gzip-then-br']) {
    it(`decompresses ${path.slice(1)}`, async () => {
      const response = await client.get({ url: `${server.origin}${path}`, purpose: 'feed' });
      assert.equal(response.kind === 'ok' && new TextDecoder().decode(response.body), FEED);
    });
  }

  it('fails with fetch/bad-encoding on corrupt gzip and on an unknown Content-Encoding', async () => {
    for (const path of ['/corrupt-gzip', '/compress']) {
      await assert.rejects(client.get({ url: `${server.origin}${path}`, purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/bad-encoding'));
    }
  });

  it('returns an empty body for 204', async () => {
    const response = await client.get({ url: `${server.origin}/empty`, purpose: 'feed' });
    assert.equal(response.kind === 'ok' && response.body.length, 0);
  });

  it('refuses invalid URLs and other schemes before any request', async () => {
    const before = server.requests.length;
    await assert.rejects(client.get({ url: 'not a url', purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/invalid-url'));
    for (const url of ['ftp://127.0.0.1/x', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/plain,hi']) {
      await assert.rejects(client.get({ url, purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/unsupported-scheme'), url);
    }
    assert.equal(server.requests.length, before);
  });

  it('wraps connection failures as fetch/network', async () => {
    const closed = await startServer();
    const url = `${closed.origin}/gone`;
    await closed.close();
    await assert.rejects(client.get({ url, purpose: 'feed' }), (err) => {
      assert.ok(isRoundupError(err, 'fetch/network'));
      assert.match(err.message, /ECONNREFUSED/);
      return true;
    });
  });
});

describe('HTTP client connections', () => {
  it('reuses one keep-alive connection for requests to a host one after another', async (t) => {
    const server = await startServer({ '/a': reply(200, {}, 'a'), '/b': reply(200, {}, 'b'), '/gzip': reply(200, { 'content-encoding': 'gzip' }, zlib.gzipSync(FEED)) });
    t.after(() => server.close());
    const client = createHttpClient(TEST_CLIENT_OPTIONS);
    for (const path of ['/a', '/b', '/gzip', '/a']) assert.equal((await client.get({ url: `${server.origin}${path}`, purpose: 'feed' })).kind, 'ok');
    assert.equal(server.connections, 1);
    await client.close();
  });

  it('opens a fresh connection after an error response whose body was not read', async (t) => {
    const server = await startServer({ '/missing': reply(404, {}, 'x'.repeat(10_000)), '/a': reply(200, {}, 'a') });
    t.after(() => server.close());
    const client = createHttpClient(TEST_CLIENT_OPTIONS);
    await assert.rejects(client.get({ url: `${server.origin}/missing`, purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/http-status'));
    assert.equal((await client.get({ url: `${server.origin}/a`, purpose: 'feed' })).kind, 'ok');
    assert.equal(server.connections, 2);
    await client.close();
  });

  it('sends the request again when the server drops a pooled connection instead of answering', async (t) => {
    // The race every keep-alive client meets: the server closes an idle connection just as a
    // request is sent on it. Here the second request on any connection is dropped unanswered.
    const requestsOn = new WeakMap<object, number>();
    const server = await startServer({
      '/a': (req, res) => {
        const count = (requestsOn.get(req.socket) ?? 0) + 1;
        requestsOn.set(req.socket, count);
        if (count > 1) req.socket.destroy();
        else res.writeHead(200, { 'content-length': '1' }).end('a');
      },
    });
    t.after(() => server.close());
    const client = createHttpClient(TEST_CLIENT_OPTIONS);
    assert.equal((await client.get({ url: `${server.origin}/a`, purpose: 'feed' })).kind, 'ok');
    assert.equal((await client.get({ url: `${server.origin}/a`, purpose: 'feed' })).kind, 'ok');
    assert.equal(seen(server, '/a').length, 3, 'the dropped request was sent once more');
    assert.equal(server.connections, 2);
    await client.close();
  });

  it('does not resend when a fresh connection is dropped unanswered', async (t) => {
    const server = await startServer({ '/drop': (req) => { req.socket.destroy(); } });
    t.after(() => server.close());
    const client = createHttpClient(TEST_CLIENT_OPTIONS);
    await assert.rejects(client.get({ url: `${server.origin}/drop`, purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/network'));
    assert.equal(seen(server, '/drop').length, 1);
    await client.close();
  });
});

describe('HTTP client lifecycle', () => {
  it('close() aborts an in-flight request and refuses new ones', async (t) => {
    const server = await startServer({ '/hang': () => { /* never answers */ } });
    t.after(() => server.close());
    const client = createHttpClient(TEST_CLIENT_OPTIONS);
    const pending = client.get({ url: `${server.origin}/hang`, purpose: 'feed' });
    while (seen(server, '/hang').length === 0) await new Promise((r) => setTimeout(r, 5));
    await client.close();
    await assert.rejects(pending, (err) => isRoundupError(err, 'fetch/network'));
    await assert.rejects(client.get({ url: `${server.origin}/hang`, purpose: 'feed' }), (err) => isRoundupError(err, 'fetch/network'));
  });

  it('rejects invalid options with a clear error', () => {
    assert.throws(() => createHttpClient({ maxRedirects: -1 }), (err) => isRoundupError(err, 'fetch/invalid-option'));
    assert.throws(() => createHttpClient({ allowHosts: ['not a host!'] }), (err) => isRoundupError(err, 'fetch/invalid-allow-list'));
  });

  it('freezes its defaults', () => {
    assert.ok(Object.isFrozen(DEFAULT_HTTP_CLIENT_OPTIONS));
    assert.equal(DEFAULT_HTTP_CLIENT_OPTIONS.maxBodyBytes, 10 * 1024 * 1024);
    assert.equal(DEFAULT_HTTP_CLIENT_OPTIONS.maxRedirects, 5);
  });
});
