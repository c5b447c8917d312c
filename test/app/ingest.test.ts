import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { createHttpClient } from '../../src/adapters/http/index.ts';
import { createInlineQueue } from '../../src/adapters/queue-inline/inline-queue.ts';
import { Ingestor } from '../../src/app/ingestor.ts';
import type { IngestContext } from '../../src/app/ingest-context.ts';
import { silentLogger } from '../../src/ports/logger.ts';
import { systemClock } from '../../src/ports/clock.ts';
import type { Store } from '../../src/ports/store.ts';
import type { HttpClient } from '../../src/ports/http-client.ts';
import { rssFeed, articlePage } from '../support/feed-fixtures.ts';
import { tempStore } from '../support/sqlite-temp.ts';

/** Routes of the misbehaving loopback site: good feeds beside every kind of broken one. */
function route(path: string, base: string, res: ServerResponse, ifNoneMatch: string | undefined): void {
  const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (status === 200 && ifNoneMatch === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(status, { 'content-type': type, etag, ...headers }).end(body);
  };
  const page = /^\/pages\/(.+)\.html$/.exec(path);
  if (page) return send(200, 'text/html; charset=utf-8', articlePage(`Page ${page[1]}`, [`Full text of ${page[1]}, first paragraph.`, 'Second paragraph with more detail.']));
  switch (path) {
    case '/good/a.xml': return send(200, 'application/rss+xml', rssFeed(base, 'alpha', 5, { ttl: 60 }));
    case '/good/b.xml': return send(200, 'application/rss+xml', rssFeed(base, 'beta', 3));
    // The same stories as alpha under a second feed: deduplicated by canonical URL.
    case '/good/a-copy.xml': return send(200, 'application/rss+xml', rssFeed(base, 'alpha', 5).replaceAll('<guid isPermaLink="false">alpha', '<guid isPermaLink="false">copy-alpha'));
    case '/bad/latin1.xml': {
      const xml = rssFeed(base, 'latin', 1).replace('latin story 0', 'Café crème in Zürich');
      return send(200, 'application/rss+xml', Buffer.from(xml, 'latin1'));
    }
    case '/bad/not-a-feed.txt': return send(200, 'text/plain', 'Just some words, not a feed at all.');
    case '/bad/html': return send(200, 'text/html', '<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>');
    // Cut inside the third item: the first two are complete and kept.
    case '/bad/truncated.xml': { const xml = rssFeed(base, 'trunc', 3); return send(200, 'application/rss+xml', xml.slice(0, xml.lastIndexOf('<item>') + 40)); }
    case '/bad/huge.xml': {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent >= 50) res.end();
        else res.once('drain', () => { sent++; pump(); });
      };
      res.on('error', () => {});
      res.on('close', () => { sent = 50; });
      return pump();
    }
    case '/bad/stall.xml':
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write(rssFeed(base, 'stall', 3).slice(0, 200));
      return; // never ends: the body timeout must fire
    case '/bad/loop-1': return void res.writeHead(302, { location: '/bad/loop-2' }).end();
    case '/bad/loop-2': return void res.writeHead(302, { location: '/bad/loop-1' }).end();
    case '/bad/to-private': return void res.writeHead(302, { location: 'http://10.1.2.3/feed.xml' }).end();
    case '/moved.xml': return void res.writeHead(301, { location: '/good/moved-here.xml' }).end();
    case '/good/moved-here.xml': return send(200, 'application/rss+xml', rssFeed(base, 'moved', 2));
    case '/busy.xml': return void res.writeHead(429, { 'retry-after': '7200' }).end();
    case '/bad/gone': return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
    default: return void res.writeHead(404).end();
  }
}

const BAD = ['not-a-feed.txt', 'html', 'truncated.xml', 'huge.xml', 'stall.xml', 'loop-1', 'to-private', 'gone'];

describe('ingestion over loopback: good feeds go on while bad ones store their reason', () => {
  let server: Server;
  let base: string;
  let store: Store;
  let http: HttpClient;
  let cleanup: () => Promise<void>;
  let ctx: IngestContext;
  const openSockets = new Set<import('node:net').Socket>();

  before(async () => {
    server = createServer((req, res) => route(new URL(req.url ?? '/', 'http://x').pathname, base, res, req.headers['if-none-match']));
    server.on('connection', (s) => { openSockets.add(s); s.on('close', () => openSockets.delete(s)); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ({ store, cleanup } = await tempStore());
    http = createHttpClient({ allowHosts: ['127.0.0.1'], perHostDelayMs: 0, perHostConcurrency: 8, bodyTimeoutMs: 1500, headersTimeoutMs: 1500, maxBodyBytes: 10 * 1024 * 1024 });
    ctx = { store, http, clock: systemClock, logger: silentLogger, random: () => 0.5, settings: { fetchPages: true, minIntervalSeconds: 300, maxIntervalSeconds: 86_400 } };
    for (const id of ['alpha', 'beta', 'bad']) {
      await store.upsertOutlet({ id, name: id, homeDomain: `${id}.example`, language: 'en', country: 'US', perspective: 'centre', perspectiveBasis: 'test', isWire: false });
    }
    const now = new Date().toISOString();
    for (const path of ['/good/a.xml', '/good/b.xml', '/good/a-copy.xml']) await store.addFeed({ outletId: path.includes('b.xml') ? 'beta' : 'alpha', url: base + path, nextCheckAt: now, intervalSeconds: 3600 });
    await store.addFeed({ outletId: 'beta', url: `${base}/moved.xml`, nextCheckAt: now, intervalSeconds: 3600 });
    await store.addFeed({ outletId: 'beta', url: `${base}/busy.xml`, nextCheckAt: now, intervalSeconds: 3600 });
    for (const name of [...BAD, 'latin1.xml']) await store.addFeed({ outletId: 'bad', url: `${base}/bad/${name}`, nextCheckAt: now, intervalSeconds: 3600 });
  });

  after(async () => {
    await http.close();
    for (const s of openSockets) s.destroy();
    await new Promise((r) => server.close(r));
    await cleanup();
  });

  it('stores items and articles of the good feeds, deduplicated by guid and canonical URL', async () => {
    const ingestor = new Ingestor(ctx, createInlineQueue({ concurrency: 8, logger: silentLogger }));
    const progress = await ingestor.runOnce();
    await ingestor.close();
    assert.equal(progress.feedsDone, 5 + BAD.length + 1);
    const counts = await store.counts();
    assert.equal(counts.items, 5 + 3 + 2 + 1 + 2, 'alpha 5, beta 3, moved 2, latin 1, truncated 2; the copy feed adds nothing');
    assert.equal(counts.articles, 13);
    const copy = await store.getFeedByUrl(`${base}/good/a-copy.xml`);
    assert.equal(copy?.lastError, null);
    const alpha = await store.getFeedByUrl(`${base}/good/a.xml`);
    const items = await store.listItems(alpha!.id, 10);
    assert.equal(items.length, 5);
    assert.ok(items.every((i) => i.canonicalUrl && !i.canonicalUrl.includes('utm_')), 'tracking parameters are removed');
    assert.ok(items.every((i) => i.articleState === 'done'));
    const article = await store.getArticleByItem(items[0]!.id);
    assert.ok(article && article.title.startsWith('alpha story'));
    assert.equal(article.source, 'page', 'the extracted page text replaces the one-line feed summary');
    assert.match(article.text, /^Full text of alpha-\d, first paragraph\.\n\nSecond paragraph with more detail\.$/);
    assert.equal(article.byline, 'Jane Reporter', 'the feed names no author: the byline comes from the page');
    assert.equal(alpha!.intervalSeconds >= 3600, true, 'a <ttl> of 60 minutes is honoured');
  });

  it('a permanent redirect updates the stored feed URL', async () => {
    assert.equal(await store.getFeedByUrl(`${base}/moved.xml`), null);
    const moved = await store.getFeedByUrl(`${base}/good/moved-here.xml`);
    assert.ok(moved);
    assert.equal(moved.lastError, null);
  });

  it('429 with Retry-After waits at least that long, without counting as an error', async () => {
    const busy = await store.getFeedByUrl(`${base}/busy.xml`);
    assert.ok(busy);
    assert.equal(busy.lastError, null);
    const wait = (new Date(busy.nextCheckAt).getTime() - new Date(busy.lastCheckedAt!).getTime()) / 1000;
    assert.ok(wait >= 7200, `waits ${wait} s`);
  });

  it('decodes a feed whose declared encoding is wrong', async () => {
    const feed = await store.getFeedByUrl(`${base}/bad/latin1.xml`);
    assert.equal(feed?.lastError, null);
    const [item] = await store.listItems(feed!.id, 1);
    assert.equal(item?.title, 'Café crème in Zürich & more');
  });

  it('stores a clear one-line reason on each broken feed', async () => {
    const expectations: Record<string, RegExp> = {
      'not-a-feed.txt': /not .*feed/i,
      html: /HTML/i,
      'truncated.xml': /truncat|cut off|incomplete|malformed/i,
      'huge.xml': /too large|larger than|exceeds|size/i,
      'stall.xml': /time(d)? ?out/i,
      'loop-1': /redirect/i,
      'to-private': /10\.1\.2\.3|private|blocked|not allowed/i,
      gone: /404/,
    };
    for (const name of BAD) {
      const feed = await store.getFeedByUrl(`${base}/bad/${name}`);
      assert.ok(feed?.lastError, `${name} has a stored error`);
      assert.match(feed.lastError, expectations[name]!, `${name}: ${feed.lastError}`);
      assert.ok(!feed.lastError.includes('\n'), 'one line');
      assert.equal(feed.errorCount, 1);
      assert.ok(new Date(feed.nextCheckAt).getTime() > Date.now(), `${name} backs off`);
    }
    const attempts = await store.listFetchAttempts({ limit: 100 });
    assert.ok(attempts.some((a) => a.outcome === 'too-large'));
    assert.ok(attempts.some((a) => a.outcome === 'blocked'));
    assert.ok(attempts.some((a) => a.outcome === 'timeout'));
  });

  it('a second pass uses conditional GET and stores no duplicate', async () => {
    const before = await store.counts();
    const ingestor = new Ingestor(ctx, createInlineQueue({ concurrency: 8, logger: silentLogger }));
    const outcomes: string[] = [];
    ingestor.observe({ onFeed: (_id, outcome) => outcomes.push(outcome.kind) });
    await ingestor.runOnce({ all: true });
    await ingestor.close();
    const afterCounts = await store.counts();
    assert.equal(afterCounts.items, before.items);
    assert.equal(afterCounts.articles, before.articles);
    assert.ok(outcomes.filter((k) => k === 'not-modified').length >= 5, `not-modified answers: ${outcomes.join(',')}`);
  });
});
