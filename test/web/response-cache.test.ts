// Page reuse and HTTP caching with reuse on: a reused page keeps its security headers and ETag,
// HEAD never fills the cache with an empty body, and private or no-store responses (the
// newsletter's, mounted through extraRoutes) are never reused.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tempStore } from '../support/sqlite-temp.ts';
import { createWebApp } from '../../src/web/web-app.ts';
import { cacheable, matchesEtag } from '../../src/web/response-cache.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/web/security-headers.ts';
import type { Hono } from 'hono';
import type { Store } from '../../src/ports/store.ts';
import { NOW, SITE, seedSite } from './site-fixture.ts';

describe('response cache', () => {
  let app: Hono;
  let store: Store;
  let cleanup: () => Promise<void>;
  let now = NOW;
  let subscribeCalls = 0;
  let slowRenders = 0;
  before(async () => {
    const temp = await tempStore();
    await seedSite(temp.store);
    store = temp.store;
    cleanup = temp.cleanup;
    app = createWebApp({
      store: temp.store,
      site: SITE,
      cacheSeconds: 10,
      nowMs: () => now,
      extraRoutes: (a) => {
        a.get('/newsletter/confirm', (c) => {
          subscribeCalls++;
          c.header('cache-control', 'no-store');
          return c.text(`confirmed ${subscribeCalls}`);
        });
        a.post('/newsletter/subscribe', (c) => c.text('thanks', 202));
        a.get('/slow', async (c) => {
          slowRenders++;
          await new Promise((r) => setTimeout(r, 30));
          return c.text(`render ${slowRenders}`);
        });
      },
    });
  });
  after(async () => cleanup());

  it('a reused page is byte-identical, keeps its headers, and answers 304 to its ETag', async () => {
    const a = await app.request('/stories/s1');
    const b = await app.request('/stories/s1');
    assert.equal(await a.text(), await b.text());
    assert.equal(b.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.equal(b.headers.get('etag'), a.headers.get('etag'));
    assert.match(b.headers.get('content-type') ?? '', /text\/html/);
    const c = await app.request('/stories/s1', { headers: { 'if-none-match': a.headers.get('etag')! } });
    assert.equal(c.status, 304);
    assert.equal(c.headers.get('etag'), a.headers.get('etag'));
  });

  it('HEAD first does not leave an empty body for the next GET', async () => {
    const head = await app.request('/about', { method: 'HEAD' });
    assert.equal(head.status, 200);
    const get = await app.request('/about');
    assert.match(await get.text(), /About Roundup/);
  });

  it('within cacheSeconds a page is reused; after it, the page shows new data', async () => {
    assert.doesNotMatch(await (await app.request('/outlets')).text(), /Late Outlet/);
    await store.upsertOutlet({ id: 'late', name: 'Late Outlet', homeDomain: 'late.example', language: 'en', country: 'GB', perspective: 'centre', perspectiveBasis: 'test', isWire: false });
    now += 5_000;
    assert.doesNotMatch(await (await app.request('/outlets')).text(), /Late Outlet/);
    now += 6_000;
    assert.match(await (await app.request('/outlets')).text(), /Late Outlet/);
  });

  it('extra routes are mounted, get the CSP, and no-store responses are never reused', async () => {
    assert.equal(await (await app.request('/newsletter/confirm?t=1')).text(), 'confirmed 1');
    const again = await app.request('/newsletter/confirm?t=1');
    assert.equal(await again.text(), 'confirmed 2');
    assert.equal(again.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.equal((await app.request('/newsletter/subscribe', { method: 'POST', body: 'email=a@b.example' })).status, 202);
  });

  it('concurrent requests for an expired page wait for one render', async () => {
    const bodies = await Promise.all(Array.from({ length: 20 }, async () => (await app.request('/slow')).text()));
    assert.equal(slowRenders, 1);
    assert.ok(bodies.every((b) => b === 'render 1'));
  });

  it('cacheable and matchesEtag', () => {
    assert.equal(cacheable(new Response('x')), true);
    assert.equal(cacheable(new Response('x', { status: 404 })), false);
    assert.equal(cacheable(new Response('x', { headers: { 'cache-control': 'private, max-age=0' } })), false);
    assert.equal(cacheable(new Response('x', { headers: { 'set-cookie': 'a=1' } })), false);
    assert.equal(matchesEtag('"a", W/"b"', '"b"'), true);
    assert.equal(matchesEtag('*', '"z"'), true);
    assert.equal(matchesEtag('"a"', '"b"'), false);
    assert.equal(matchesEtag(undefined, '"b"'), false);
  });
});
