// Politeness as the server observes it: per-host concurrency, spacing of request starts, robots.txt.
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { isRoundupError } from '../../../src/core/errors.ts';
import { createHttpClient } from '../../../src/adapters/http/index.ts';
import { reply, seen, startServer, TEST_CLIENT_OPTIONS, type TestServer } from './test-server.ts';

/** Answers after `ms`; slow enough that queued requests would overlap if the limiter let them. */
const late = (ms: number) => (_req: IncomingMessage, res: ServerResponse) => {
  setTimeout(() => res.writeHead(200).end('ok'), ms);
};

/** The largest number of requests the server had in flight at once. */
function maxOverlap(server: TestServer, path: string): number {
  const events = seen(server, path).flatMap((r) => [[r.arrivedAt, 1], [r.finishedAt ?? Infinity, -1]] as const);
  // At equal times count the finish first: a slot freed and reused in the same tick is no overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let max = 0;
  for (const [, delta] of events) {
    current += delta;
    max = Math.max(max, current);
  }
  return max;
}

describe('per-host politeness', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ '/slow': late(150), '/spaced': reply(200, {}, 'ok'), '/other': reply(200, {}, 'ok') });
  });
  after(() => server.close());

  it('never has more than perHostConcurrency requests in flight to one host', async () => {
    const client = createHttpClient({ ...TEST_CLIENT_OPTIONS, perHostConcurrency: 2, perHostDelayMs: 0 });
    const url = `${server.origin}/slow`;
    const responses = await Promise.all(Array.from({ length: 6 }, () => client.get({ url, purpose: 'feed' })));
    assert.ok(responses.every((r) => r.kind === 'ok'));
    assert.equal(seen(server, '/slow').length, 6);
    assert.equal(maxOverlap(server, '/slow'), 2);
    await client.close();
  });

  it('spaces request starts to one host by perHostDelayMs, but not requests to another host', async () => {
    const delayMs = 300;
    const client = createHttpClient({
      ...TEST_CLIENT_OPTIONS,
      allowHosts: ['127.0.0.1', 'other.test'],
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
      perHostConcurrency: 4,
      perHostDelayMs: delayMs,
    });
    const url = `${server.origin}/spaced`;
    const same = Array.from({ length: 3 }, () => client.get({ url, purpose: 'feed' }));
    const other = client.get({ url: `http://other.test:${server.port}/other`, purpose: 'feed' });
    await Promise.all([...same, other]);

    const arrivals = seen(server, '/spaced').map((r) => r.arrivedAt);
    for (let i = 1; i < arrivals.length; i += 1) {
      const gap = (arrivals[i] ?? 0) - (arrivals[i - 1] ?? 0);
      // A lower bound only (a slow machine makes gaps longer, never shorter); the margin absorbs
      // connection setup time that differs between two requests.
      assert.ok(gap >= delayMs * 0.7, `gap ${gap.toFixed(0)} ms between starts ${i - 1} and ${i}`);
    }
    // The other host had its own queue: it was served before the second request to the first host.
    const otherArrival = seen(server, '/other')[0]?.arrivedAt ?? Infinity;
    assert.ok(otherArrival < (arrivals[1] ?? -Infinity), 'request to other.test waited for 127.0.0.1');
    await client.close();
  });
});

describe('robots.txt', () => {
  // Our own group replaces the * group entirely (RFC 9309 §2.2.1), so /public stays allowed for us.
  const ROBOTS = 'User-agent: *\nDisallow: /\n\nUser-agent: Roundup\nDisallow: /private\nDisallow: /not-for-roundup\n';
  let server: TestServer;
  before(async () => {
    server = await startServer({
      '/robots.txt': reply(200, { 'content-type': 'text/plain' }, ROBOTS),
      '/private/page.html': reply(200, {}, '<p>secret</p>'),
      '/private/feed.xml': reply(200, {}, '<rss/>'),
      '/public/page.html': reply(200, {}, '<p>hello</p>'),
      '/not-for-roundup': reply(200, {}, '<p>other bots only</p>'),
      '/moved': reply(301, { location: '/private/page.html' }),
    });
  });
  after(() => server.close());

  const robotsClient = () => createHttpClient({ ...TEST_CLIENT_OPTIONS, respectRobots: true });

  it('refuses a disallowed page without requesting it, but fetches feeds at the same path', async () => {
    const client = robotsClient();
    await assert.rejects(client.get({ url: `${server.origin}/private/page.html`, purpose: 'page' }), (err) => {
      assert.ok(isRoundupError(err, 'fetch/robots-disallowed'));
      assert.ok(err.message.includes(`${server.origin}/private/page.html`), err.message);
      return true;
    });
    assert.equal(seen(server, '/private/page.html').length, 0);
    const feed = await client.get({ url: `${server.origin}/private/feed.xml`, purpose: 'feed' });
    assert.equal(feed.kind, 'ok');
    const page = await client.get({ url: `${server.origin}/public/page.html`, purpose: 'page' });
    assert.equal(page.kind, 'ok');
    await client.close();
  });

  it('matches the group named after our product token', async () => {
    const client = robotsClient();
    assert.equal((await client.get({ url: `${server.origin}/public/page.html`, purpose: 'page' })).kind, 'ok');
    await assert.rejects(client.get({ url: `${server.origin}/not-for-roundup`, purpose: 'page' }), (err) => isRoundupError(err, 'fetch/robots-disallowed'));
    await client.close();
  });

  it('checks robots.txt on every hop of a redirect', async () => {
    const client = robotsClient();
    await assert.rejects(client.get({ url: `${server.origin}/moved`, purpose: 'page' }), (err) => isRoundupError(err, 'fetch/robots-disallowed'));
    assert.equal(seen(server, '/private/page.html').length, 0);
    await client.close();
  });

  it('fetches robots.txt once per origin and caches it, even for concurrent pages', async () => {
    const client = robotsClient();
    const before = seen(server, '/robots.txt').length;
    await Promise.all([1, 2, 3].map(() => client.get({ url: `${server.origin}/public/page.html`, purpose: 'page' })));
    await client.get({ url: `${server.origin}/public/page.html`, purpose: 'page' });
    assert.equal(seen(server, '/robots.txt').length - before, 1);
    await client.close();
  });

  it('does not consult robots.txt when respectRobots is false', async () => {
    const client = createHttpClient({ ...TEST_CLIENT_OPTIONS, respectRobots: false });
    const before = seen(server, '/robots.txt').length;
    const response = await client.get({ url: `${server.origin}/private/page.html`, purpose: 'page' });
    assert.equal(response.kind, 'ok');
    assert.equal(seen(server, '/robots.txt').length, before);
    await client.close();
  });

  it('allows everything when robots.txt is 404, and nothing when it is 5xx (RFC 9309)', async (t) => {
    const missing = await startServer({ '/page': reply(200, {}, 'ok') });
    const failing = await startServer({ '/robots.txt': reply(500), '/page': reply(200, {}, 'ok') });
    t.after(() => Promise.all([missing.close(), failing.close()]));
    const client = robotsClient();
    const ok = await client.get({ url: `${missing.origin}/page`, purpose: 'page' });
    assert.equal(ok.kind, 'ok');
    await assert.rejects(client.get({ url: `${failing.origin}/page`, purpose: 'page' }), (err) => {
      assert.ok(isRoundupError(err, 'fetch/robots-disallowed'));
      assert.match(err.message, /could not be read \(HTTP 500/);
      return true;
    });
    assert.equal(seen(failing, '/page').length, 0);
    await client.close();
  });

  it('spaces requests to a host by its Crawl-delay once robots.txt is read, feeds included', async (t) => {
    const crawlDelayed = await startServer({
      '/robots.txt': reply(200, { 'content-type': 'text/plain' }, 'User-agent: Roundup\nCrawl-delay: 0.3\n'),
      '/page': reply(200, {}, 'ok'),
      '/feed': reply(200, {}, '<rss/>'),
    });
    t.after(() => crawlDelayed.close());
    const client = robotsClient();
    await client.get({ url: `${crawlDelayed.origin}/page`, purpose: 'page' });
    await Promise.all([
      client.get({ url: `${crawlDelayed.origin}/page`, purpose: 'page' }),
      client.get({ url: `${crawlDelayed.origin}/feed`, purpose: 'feed' }),
    ]);
    const arrivals = [...seen(crawlDelayed, '/page'), ...seen(crawlDelayed, '/feed')].map((r) => r.arrivedAt).sort((a, b) => a - b);
    assert.equal(arrivals.length, 3);
    for (let i = 1; i < arrivals.length; i += 1) {
      const gap = (arrivals[i] ?? 0) - (arrivals[i - 1] ?? 0);
      // The configured delay is 0 here: any spacing comes from the Crawl-delay.
      assert.ok(gap >= 300 * 0.7, `gap ${gap.toFixed(0)} ms between starts ${i - 1} and ${i}`);
    }
    await client.close();
  });
});
