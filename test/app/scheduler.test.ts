import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sleepMsUntil, runScheduler } from '../../src/app/scheduler.ts';
import { Ingestor } from '../../src/app/ingestor.ts';
import { createInlineQueue } from '../../src/adapters/queue-inline/inline-queue.ts';
import { createHttpClient } from '../../src/adapters/http/index.ts';
import { silentLogger } from '../../src/ports/logger.ts';
import { systemClock } from '../../src/ports/clock.ts';
import { tempStore } from '../support/sqlite-temp.ts';
import { rssFeed } from '../support/feed-fixtures.ts';

describe('scheduler', () => {
  it('sleeps until the next feed is due, between 1 s and 60 s', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    assert.equal(sleepMsUntil(null, now), 60_000);
    assert.equal(sleepMsUntil('2026-01-01T00:00:10Z', now), 10_000);
    assert.equal(sleepMsUntil('2025-12-31T00:00:00Z', now), 1_000);
    assert.equal(sleepMsUntil('2026-01-02T00:00:00Z', now), 60_000);
  });

  it('refreshes due feeds, reschedules them, and stops when aborted', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(base, 'sched', 2));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { store, cleanup } = await tempStore();
    const http = createHttpClient({ allowHosts: ['127.0.0.1'], perHostDelayMs: 0 });
    try {
      await store.upsertOutlet({ id: 's', name: 'S', homeDomain: 's.example', language: 'en', country: 'US', perspective: 'unknown', perspectiveBasis: 'test', isWire: false });
      const feed = await store.addFeed({ outletId: 's', url: `${base}/feed.xml`, nextCheckAt: new Date(0).toISOString(), intervalSeconds: 3600 });
      const ctx = { store, http, clock: systemClock, logger: silentLogger, random: () => 0.5, settings: { fetchPages: false, minIntervalSeconds: 300, maxIntervalSeconds: 86_400 } };
      const ingestor = new Ingestor(ctx, createInlineQueue({ concurrency: 2, logger: silentLogger }));
      const stop = new AbortController();
      ingestor.observe({ onArticle: (_id, _o, p) => p.articlesDone === 2 && stop.abort() });
      await runScheduler(ctx, ingestor, stop.signal);
      await ingestor.close();
      assert.equal(hits, 1, 'the feed was fetched once and is not due again');
      const after = await store.getFeed(feed.id);
      assert.ok(new Date(after!.nextCheckAt).getTime() >= Date.now() + 299_000, 'next check at least 5 minutes away');
      assert.equal((await store.counts()).articles, 2);
    } finally {
      await http.close();
      await new Promise((r) => server.close(r));
      await cleanup();
    }
  });
});
