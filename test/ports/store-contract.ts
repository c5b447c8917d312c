// The Store contract: the behaviour src/ports/store.ts documents, checked through the port only,
// so every adapter (SQLite now, PostgreSQL later) runs the same suite. Adapter specifics (pragmas,
// migration ledgers, crash safety) belong in the adapter's own tests.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { isRoundupError } from '../../src/core/errors.ts';
import type { Outlet, Feed } from '../../src/core/outlet.ts';
import type { Item, NewItem, NewArticle, NewFetchAttempt } from '../../src/core/item.ts';
import type { NewFeed, Store } from '../../src/ports/store.ts';
import type { Quote } from '../../src/core/quote.ts';
import type { StorySummary } from '../../src/core/story.ts';
import type { Briefing } from '../../src/core/briefing.ts';
import type { Article } from '../../src/core/item.ts';
import type { StoryUpdate } from '../../src/ports/store.ts';

/** Opens a fresh, empty store; `cleanup` runs after the suite has closed it. */
export type OpenStore = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const T0 = '2026-03-01T08:00:00.000Z';

/** A time `minutes` after T0, in the canonical form stores return. */
function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

function outlet(id: string, overrides: Partial<Outlet> = {}): Outlet {
  return {
    id,
    name: `The ${id} Times`,
    homeDomain: `${id}.example`,
    language: 'en',
    country: 'US',
    perspective: 'centre',
    perspectiveBasis: 'AllSides Media Bias Chart 2024',
    isWire: false,
    ...overrides,
  };
}

function newFeed(outletId: string, url: string, overrides: Partial<NewFeed> = {}): NewFeed {
  return { outletId, url, nextCheckAt: T0, intervalSeconds: 3600, ...overrides };
}

function newItem(feed: Feed, guid: string, overrides: Partial<NewItem> = {}): NewItem {
  return {
    feedId: feed.id,
    outletId: feed.outletId,
    guid,
    url: `https://${feed.outletId}.example/${guid}`,
    canonicalUrl: `https://${feed.outletId}.example/${guid}`,
    title: `Title of ${guid}`,
    summary: `Summary of ${guid}`,
    content: null,
    authors: ['Ada Lovelace', 'Grace Hopper'],
    categories: ['science'],
    imageUrl: null,
    publishedAt: T0,
    updatedAt: null,
    firstSeenAt: T0,
    ...overrides,
  };
}

function newArticle(item: Item, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    itemId: item.id,
    outletId: item.outletId,
    url: item.url,
    title: item.title ?? 'Untitled',
    text: 'The council met on Tuesday.\n\nIt voted to repair the bridge.',
    byline: 'Ada Lovelace',
    publishedAt: item.publishedAt,
    language: 'en',
    source: 'page',
    ...overrides,
  };
}

function attempt(overrides: Partial<NewFetchAttempt> = {}): NewFetchAttempt {
  return {
    feedId: null,
    itemId: null,
    url: 'https://acme.example/feed.xml',
    startedAt: T0,
    durationMs: 120,
    status: 200,
    outcome: 'ok',
    bytes: 2048,
    error: null,
    ...overrides,
  };
}

/** A predicate for assert.rejects: a RoundupError with this exact code. */
function storeError(code: string): (err: unknown) => boolean {
  return (err) => {
    assert.ok(isRoundupError(err), `expected a RoundupError, got ${String(err)}`);
    assert.equal(err.code, code);
    return true;
  };
}

/** Defines the Store contract suite under `name`; each test gets a fresh, migrated store. */
export function storeContract(name: string, open: OpenStore): void {
  describe(name, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
      await store.migrate();
    });

    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    /** Stores an outlet (default `acme`) and one feed of it. */
    async function seedFeed(outletId = 'acme', url = `https://${outletId}.example/feed.xml`): Promise<Feed> {
      if ((await store.getOutlet(outletId)) === null) await store.upsertOutlet(outlet(outletId));
      return store.addFeed(newFeed(outletId, url));
    }

    /** Stores one item of `feed` and returns it. */
    async function seedItem(feed: Feed, guid: string, overrides: Partial<NewItem> = {}): Promise<Item> {
      const { inserted } = await store.insertItems([newItem(feed, guid, overrides)]);
      assert.equal(inserted.length, 1);
      return inserted[0] as Item;
    }

    describe('migrations and lifecycle', () => {
      it('migrate is safe to call again and leaves the version as it was', async () => {
        const version = await store.schemaVersion();
        assert.ok(version >= 1, `schema version ${version}`);
        await store.migrate();
        assert.equal(await store.schemaVersion(), version);
      });

      it('starts empty', async () => {
        assert.deepEqual(await store.counts(), { outlets: 0, feeds: 0, items: 0, articles: 0, fetchAttempts: 0 });
      });

      it('close can be called twice, and a closed store rejects calls with store/closed', async () => {
        await store.close();
        await store.close();
        await assert.rejects(store.listOutlets(), storeError('store/closed'));
      });
    });

    describe('outlets', () => {
      it('round-trips every field', async () => {
        const wire = outlet('apwire', { isWire: true, country: 'INT', perspective: 'lean-left', language: 'en-GB' });
        await store.upsertOutlet(wire);
        assert.deepEqual(await store.getOutlet('apwire'), wire);
      });

      it('returns null for an unknown id', async () => {
        assert.equal(await store.getOutlet('nobody'), null);
      });

      it('upsert replaces the fields of a stored outlet and keeps its feeds', async () => {
        const feed = await seedFeed('acme');
        const renamed = outlet('acme', { name: 'Acme Daily', perspective: 'right', isWire: true });
        await store.upsertOutlet(renamed);
        assert.deepEqual(await store.getOutlet('acme'), renamed);
        assert.deepEqual(await store.listFeeds('acme'), [feed]);
        assert.equal((await store.counts()).outlets, 1);
      });

      it('lists outlets by id', async () => {
        for (const id of ['zeta', 'alpha', 'mid']) await store.upsertOutlet(outlet(id));
        assert.deepEqual((await store.listOutlets()).map((o) => o.id), ['alpha', 'mid', 'zeta']);
      });

      it('removeOutlet removes its feeds but keeps its items and articles', async () => {
        const feed = await seedFeed('acme');
        const other = await seedFeed('other');
        const item = await seedItem(feed, 'a1');
        const article = await store.saveArticle(newArticle(item));
        assert.equal(await store.removeOutlet('acme'), true);
        assert.equal(await store.getOutlet('acme'), null);
        assert.equal(await store.getFeed(feed.id), null);
        assert.deepEqual(await store.listFeeds(), [other]);
        assert.equal((await store.getItem(item.id))?.guid, 'a1');
        assert.deepEqual(await store.getArticle(article.id), article);
        assert.equal((await store.searchArticles('bridge', 10)).length, 1);
      });

      it('removeOutlet returns false for an unknown outlet', async () => {
        assert.equal(await store.removeOutlet('nobody'), false);
      });
    });

    describe('feeds', () => {
      it('addFeed stores a new feed with a clean schedule state', async () => {
        await store.upsertOutlet(outlet('acme'));
        const feed = await store.addFeed(newFeed('acme', 'https://acme.example/rss', { nextCheckAt: at(5), intervalSeconds: 900 }));
        assert.equal(typeof feed.id, 'number');
        assert.deepEqual(feed, {
          id: feed.id,
          outletId: 'acme',
          url: 'https://acme.example/rss',
          title: null,
          etag: null,
          lastModified: null,
          lastCheckedAt: null,
          nextCheckAt: at(5),
          intervalSeconds: 900,
          errorCount: 0,
          lastError: null,
          lastErrorCode: null,
          lastErrorAt: null,
        });
        assert.deepEqual(await store.getFeed(feed.id), feed);
      });

      it('addFeed keeps a given title', async () => {
        await store.upsertOutlet(outlet('acme'));
        const feed = await store.addFeed(newFeed('acme', 'https://acme.example/rss', { title: 'Acme: World' }));
        assert.equal(feed.title, 'Acme: World');
      });

      it('addFeed with a stored URL returns the stored feed unchanged', async () => {
        const feed = await seedFeed('acme', 'https://acme.example/rss');
        await store.upsertOutlet(outlet('other'));
        const again = await store.addFeed(newFeed('other', 'https://acme.example/rss', { title: 'Other', intervalSeconds: 60, nextCheckAt: at(99) }));
        assert.deepEqual(again, feed);
        assert.equal((await store.counts()).feeds, 1);
      });

      it('addFeed for an unknown outlet rejects with store/not-found and stores nothing', async () => {
        await assert.rejects(store.addFeed(newFeed('nobody', 'https://x.example/rss')), storeError('store/not-found'));
        assert.equal((await store.counts()).feeds, 0);
      });

      it('gets a feed by id and by exact URL, null when unknown', async () => {
        const feed = await seedFeed('acme', 'https://acme.example/rss');
        assert.deepEqual(await store.getFeedByUrl('https://acme.example/rss'), feed);
        assert.equal(await store.getFeedByUrl('https://acme.example/rss/'), null);
        assert.equal(await store.getFeed(feed.id + 1000), null);
      });

      it('lists all feeds or those of one outlet', async () => {
        const a1 = await seedFeed('acme', 'https://acme.example/1');
        const b1 = await seedFeed('beta', 'https://beta.example/1');
        const a2 = await seedFeed('acme', 'https://acme.example/2');
        assert.deepEqual(await store.listFeeds(), [a1, b1, a2]);
        assert.deepEqual(await store.listFeeds('acme'), [a1, a2]);
        assert.deepEqual(await store.listFeeds('nobody'), []);
      });

      it('removeFeed removes the feed and keeps its items', async () => {
        const feed = await seedFeed();
        const item = await seedItem(feed, 'kept');
        assert.equal(await store.removeFeed(feed.id), true);
        assert.equal(await store.getFeed(feed.id), null);
        assert.equal(await store.removeFeed(feed.id), false);
        assert.deepEqual(await store.getItem(item.id), item);
        assert.equal((await store.counts()).items, 1);
      });

      it('dueFeeds returns feeds due at or before now, earliest first, up to the limit', async () => {
        await store.upsertOutlet(outlet('acme'));
        const late = await store.addFeed(newFeed('acme', 'https://acme.example/late', { nextCheckAt: at(30) }));
        const early = await store.addFeed(newFeed('acme', 'https://acme.example/early', { nextCheckAt: at(10) }));
        const exact = await store.addFeed(newFeed('acme', 'https://acme.example/exact', { nextCheckAt: at(20) }));
        const soon = await store.addFeed(newFeed('acme', 'https://acme.example/soon', { nextCheckAt: at(21) }));
        assert.deepEqual(await store.dueFeeds(at(20), 10), [early, exact]);
        assert.deepEqual(await store.dueFeeds(at(30), 2), [early, exact]);
        assert.deepEqual(await store.dueFeeds(at(60), 10), [early, exact, soon, late]);
        assert.deepEqual(await store.dueFeeds(at(0), 10), []);
      });

      it('nextDueAt is null without feeds, else the earliest nextCheckAt', async () => {
        assert.equal(await store.nextDueAt(), null);
        await store.upsertOutlet(outlet('acme'));
        await store.addFeed(newFeed('acme', 'https://acme.example/a', { nextCheckAt: at(40) }));
        await store.addFeed(newFeed('acme', 'https://acme.example/b', { nextCheckAt: at(15) }));
        assert.equal(await store.nextDueAt(), at(15));
      });
    });

    describe('recordFeedCheck', () => {
      it('a success writes the given fields and leaves omitted ones as they are', async () => {
        await store.upsertOutlet(outlet('acme'));
        const feed = await store.addFeed(newFeed('acme', 'https://acme.example/rss', { title: 'Acme' }));
        const checked = await store.recordFeedCheck(feed.id, { checkedAt: at(1), nextCheckAt: at(61), etag: '"v1"', lastModified: 'Sun, 01 Mar 2026 07:59:00 GMT', error: null });
        assert.deepEqual(checked, { ...feed, lastCheckedAt: at(1), nextCheckAt: at(61), etag: '"v1"', lastModified: 'Sun, 01 Mar 2026 07:59:00 GMT' });
        assert.deepEqual(await store.getFeed(feed.id), checked);
        const next = await store.recordFeedCheck(feed.id, { checkedAt: at(61), nextCheckAt: at(91), intervalSeconds: 1800, title: 'Acme World' });
        assert.deepEqual(next, { ...checked, lastCheckedAt: at(61), nextCheckAt: at(91), intervalSeconds: 1800, title: 'Acme World' });
      });

      it('null title, etag and lastModified clear them', async () => {
        const feed = await seedFeed();
        await store.recordFeedCheck(feed.id, { checkedAt: at(1), nextCheckAt: at(2), title: 'T', etag: 'e', lastModified: 'm' });
        const cleared = await store.recordFeedCheck(feed.id, { checkedAt: at(2), nextCheckAt: at(3), title: null, etag: null, lastModified: null });
        assert.equal(cleared.title, null);
        assert.equal(cleared.etag, null);
        assert.equal(cleared.lastModified, null);
      });

      it('an error counts consecutive failures and keeps the last reason', async () => {
        const feed = await seedFeed();
        await store.recordFeedCheck(feed.id, { checkedAt: at(1), nextCheckAt: at(2), etag: '"v1"' });
        const first = await store.recordFeedCheck(feed.id, { checkedAt: at(2), nextCheckAt: at(4), error: { code: 'fetch/timeout', message: 'timed out after 30 s' } });
        assert.equal(first.errorCount, 1);
        assert.equal(first.lastErrorCode, 'fetch/timeout');
        assert.equal(first.lastError, 'timed out after 30 s');
        assert.equal(first.lastErrorAt, at(2));
        assert.equal(first.etag, '"v1"');
        const second = await store.recordFeedCheck(feed.id, { checkedAt: at(4), nextCheckAt: at(8), error: { code: 'fetch/http-error', message: 'HTTP 503' } });
        assert.equal(second.errorCount, 2);
        assert.equal(second.lastErrorCode, 'fetch/http-error');
        assert.equal(second.lastError, 'HTTP 503');
        assert.equal(second.lastErrorAt, at(4));
      });

      it('an omitted error leaves the error state; a null error clears it and resets the count', async () => {
        const feed = await seedFeed();
        await store.recordFeedCheck(feed.id, { checkedAt: at(1), nextCheckAt: at(2), error: { code: 'fetch/timeout', message: 'slow' } });
        const untouched = await store.recordFeedCheck(feed.id, { checkedAt: at(2), nextCheckAt: at(3) });
        assert.equal(untouched.errorCount, 1);
        assert.equal(untouched.lastError, 'slow');
        const healed = await store.recordFeedCheck(feed.id, { checkedAt: at(3), nextCheckAt: at(4), error: null });
        assert.equal(healed.errorCount, 0);
        assert.equal(healed.lastError, null);
        assert.equal(healed.lastErrorCode, null);
        assert.equal(healed.lastErrorAt, null);
      });

      it('a new URL after a permanent redirect replaces the old one', async () => {
        const feed = await seedFeed('acme', 'http://acme.example/rss');
        const moved = await store.recordFeedCheck(feed.id, { checkedAt: at(1), nextCheckAt: at(2), url: 'https://acme.example/rss' });
        assert.equal(moved.url, 'https://acme.example/rss');
        assert.equal(moved.id, feed.id);
        assert.equal((await store.getFeedByUrl('https://acme.example/rss'))?.id, feed.id);
        assert.equal(await store.getFeedByUrl('http://acme.example/rss'), null);
      });

      it('a redirect to the URL of another feed keeps the old URL and still records the check', async () => {
        const feed = await seedFeed('acme', 'https://acme.example/old');
        const taken = await seedFeed('acme', 'https://acme.example/new');
        const checked = await store.recordFeedCheck(feed.id, { checkedAt: at(1), nextCheckAt: at(2), url: 'https://acme.example/new', etag: 'e2' });
        assert.equal(checked.url, 'https://acme.example/old');
        assert.equal(checked.lastCheckedAt, at(1));
        assert.equal(checked.etag, 'e2');
        assert.deepEqual(await store.getFeed(taken.id), taken);
      });

      it('rejects an unknown feed with store/not-found', async () => {
        await assert.rejects(store.recordFeedCheck(12345, { checkedAt: at(1), nextCheckAt: at(2) }), storeError('store/not-found'));
      });
    });

    describe('items', () => {
      it('insertItems returns the new rows with ids, pending, every field round-tripped', async () => {
        const feed = await seedFeed();
        const entry = newItem(feed, 'g1', { content: '<p>Body</p>', imageUrl: 'https://acme.example/i.jpg', updatedAt: at(3), authors: ['Zoë Ünal'], categories: ['a', 'b'] });
        const result = await store.insertItems([entry]);
        assert.equal(result.duplicates, 0);
        assert.equal(result.inserted.length, 1);
        const item = result.inserted[0] as Item;
        assert.equal(typeof item.id, 'number');
        assert.deepEqual(item, { ...entry, id: item.id, articleState: 'pending', articleError: null });
        assert.deepEqual(await store.getItem(item.id), item);
      });

      it('keeps empty author and category lists and null optional fields', async () => {
        const feed = await seedFeed();
        const entry = newItem(feed, 'bare', { url: null, canonicalUrl: null, title: null, summary: null, authors: [], categories: [], publishedAt: null });
        const item = await seedItem(feed, 'bare', entry);
        assert.deepEqual(await store.getItem(item.id), { ...entry, id: item.id, articleState: 'pending', articleError: null });
      });

      it('an empty batch inserts nothing', async () => {
        assert.deepEqual(await store.insertItems([]), { inserted: [], duplicates: 0 });
      });

      it('skips and counts an item whose guid is already stored for the same feed', async () => {
        const feed = await seedFeed();
        const first = await seedItem(feed, 'g1');
        const result = await store.insertItems([newItem(feed, 'g1', { canonicalUrl: 'https://elsewhere.example/x', title: 'changed' }), newItem(feed, 'g2')]);
        assert.equal(result.duplicates, 1);
        assert.deepEqual(result.inserted.map((i) => i.guid), ['g2']);
        assert.deepEqual(await store.getItem(first.id), first);
      });

      it('accepts the same guid in another feed', async () => {
        const a = await seedFeed('acme');
        const b = await seedFeed('beta');
        await seedItem(a, 'shared-guid');
        const result = await store.insertItems([newItem(b, 'shared-guid')]);
        assert.equal(result.inserted.length, 1);
        assert.equal(result.duplicates, 0);
      });

      it('skips and counts an item whose canonical URL is stored, across feeds', async () => {
        const a = await seedFeed('acme');
        const b = await seedFeed('beta');
        await seedItem(a, 'g1', { canonicalUrl: 'https://wire.example/story' });
        const result = await store.insertItems([newItem(b, 'other-guid', { canonicalUrl: 'https://wire.example/story' })]);
        assert.deepEqual(result, { inserted: [], duplicates: 1 });
      });

      it('never treats two items without a canonical URL as duplicates', async () => {
        const feed = await seedFeed();
        const result = await store.insertItems([newItem(feed, 'x', { canonicalUrl: null }), newItem(feed, 'y', { canonicalUrl: null })]);
        assert.equal(result.inserted.length, 2);
      });

      it('skips duplicates within one batch', async () => {
        const feed = await seedFeed();
        const result = await store.insertItems([
          newItem(feed, 'g1'),
          newItem(feed, 'g1', { canonicalUrl: 'https://acme.example/other' }),
          newItem(feed, 'g3', { canonicalUrl: 'https://acme.example/g1' }),
        ]);
        assert.equal(result.duplicates, 2);
        assert.deepEqual(result.inserted.map((i) => i.guid), ['g1']);
      });

      it('is all or nothing: a batch naming an unknown feed stores none of its items', async () => {
        const feed = await seedFeed();
        const ghost = { ...feed, id: feed.id + 1000 };
        await assert.rejects(store.insertItems([newItem(feed, 'ok-1'), newItem(ghost, 'ghost')]), storeError('store/not-found'));
        assert.equal((await store.counts()).items, 0);
      });

      it('is all or nothing: a bad time in the last item stores none of the batch', async () => {
        const feed = await seedFeed();
        const batch = [newItem(feed, 'ok-1'), newItem(feed, 'ok-2'), newItem(feed, 'bad', { publishedAt: 'yesterday' })];
        await assert.rejects(store.insertItems(batch), storeError('store/invalid-time'));
        assert.equal((await store.counts()).items, 0);
        assert.equal((await store.insertItems(batch.slice(0, 2))).inserted.length, 2);
      });

      it('getItem returns null for an unknown id', async () => {
        assert.equal(await store.getItem(4242), null);
      });

      it('listItems returns one feed\'s items newest first (first seen when unpublished), up to the limit', async () => {
        const feed = await seedFeed('acme');
        const other = await seedFeed('beta');
        await store.insertItems([
          newItem(feed, 'old', { publishedAt: at(10) }),
          newItem(feed, 'new', { publishedAt: at(30) }),
          newItem(feed, 'undated', { publishedAt: null, firstSeenAt: at(20) }),
          newItem(other, 'elsewhere', { publishedAt: at(99) }),
        ]);
        assert.deepEqual((await store.listItems(feed.id, 10)).map((i) => i.guid), ['new', 'undated', 'old']);
        assert.deepEqual((await store.listItems(feed.id, 2)).map((i) => i.guid), ['new', 'undated']);
      });

      it('pendingItems lists items without an article, oldest first, up to the limit', async () => {
        const feed = await seedFeed();
        const { inserted } = await store.insertItems([
          newItem(feed, 'b', { firstSeenAt: at(2) }),
          newItem(feed, 'a', { firstSeenAt: at(1) }),
          newItem(feed, 'done', { firstSeenAt: at(0) }),
          newItem(feed, 'failed', { firstSeenAt: at(0) }),
          newItem(feed, 'c', { firstSeenAt: at(3) }),
        ]);
        const byGuid = new Map(inserted.map((i) => [i.guid, i]));
        await store.saveArticle(newArticle(byGuid.get('done') as Item));
        await store.markItemFailed((byGuid.get('failed') as Item).id, 'HTTP 404');
        assert.deepEqual((await store.pendingItems(10)).map((i) => i.guid), ['a', 'b', 'c']);
        assert.deepEqual((await store.pendingItems(2)).map((i) => i.guid), ['a', 'b']);
      });

      it('markItemFailed records the reason', async () => {
        const item = await seedItem(await seedFeed(), 'g1');
        await store.markItemFailed(item.id, 'no text found');
        assert.deepEqual(await store.getItem(item.id), { ...item, articleState: 'failed', articleError: 'no text found' });
      });

      it('markItemFailed rejects an unknown item with store/not-found', async () => {
        await assert.rejects(store.markItemFailed(4242, 'x'), storeError('store/not-found'));
      });
    });

    describe('articles', () => {
      it('saveArticle stores the article and marks its item done', async () => {
        const item = await seedItem(await seedFeed(), 'g1');
        const input = newArticle(item);
        const article = await store.saveArticle(input);
        assert.equal(typeof article.id, 'number');
        assert.match(article.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        assert.deepEqual(article, { ...input, id: article.id, createdAt: article.createdAt });
        assert.deepEqual(await store.getArticle(article.id), article);
        assert.deepEqual(await store.getArticleByItem(item.id), article);
        assert.equal((await store.getItem(item.id))?.articleState, 'done');
      });

      it('saving again replaces the article of the item, keeping its id', async () => {
        const item = await seedItem(await seedFeed(), 'g1');
        const first = await store.saveArticle(newArticle(item, { source: 'feed' }));
        const second = await store.saveArticle(newArticle(item, { title: 'Revised', text: 'A corrected text.', source: 'page', byline: null }));
        assert.equal(second.id, first.id);
        assert.equal(second.createdAt, first.createdAt);
        assert.deepEqual(await store.getArticleByItem(item.id), second);
        assert.equal(second.text, 'A corrected text.');
        assert.equal(second.title, 'Revised');
        assert.equal(second.byline, null);
        assert.equal((await store.counts()).articles, 1);
      });

      it('saving after a failure marks the item done and clears the failure', async () => {
        const item = await seedItem(await seedFeed(), 'g1');
        await store.markItemFailed(item.id, 'HTTP 500');
        await store.saveArticle(newArticle(item));
        const after = await store.getItem(item.id);
        assert.equal(after?.articleState, 'done');
        assert.equal(after?.articleError, null);
      });

      it('rejects an article of an unknown item with store/not-found', async () => {
        const item = await seedItem(await seedFeed(), 'g1');
        await assert.rejects(store.saveArticle(newArticle({ ...item, id: item.id + 1000 })), storeError('store/not-found'));
        assert.equal((await store.counts()).articles, 0);
      });

      it('getArticle and getArticleByItem return null when unknown', async () => {
        const item = await seedItem(await seedFeed(), 'g1');
        assert.equal(await store.getArticle(4242), null);
        assert.equal(await store.getArticleByItem(item.id), null);
      });

      it('listArticles: newest first by published time, filtered by outlet and since, up to the limit', async () => {
        const acme = await seedFeed('acme');
        const beta = await seedFeed('beta');
        const saved = new Map<string, number>();
        for (const [feed, guid, minutes] of [[acme, 'a-old', 10], [acme, 'a-new', 50], [beta, 'b-mid', 30]] as const) {
          const item = await seedItem(feed, guid, { publishedAt: at(minutes) });
          saved.set(guid, (await store.saveArticle(newArticle(item))).id);
        }
        const ids = (guids: string[]) => guids.map((g) => saved.get(g));
        assert.deepEqual((await store.listArticles({ limit: 10 })).map((a) => a.id), ids(['a-new', 'b-mid', 'a-old']));
        assert.deepEqual((await store.listArticles({ limit: 2 })).map((a) => a.id), ids(['a-new', 'b-mid']));
        assert.deepEqual((await store.listArticles({ limit: 10, outletId: 'acme' })).map((a) => a.id), ids(['a-new', 'a-old']));
        assert.deepEqual((await store.listArticles({ limit: 10, since: at(30) })).map((a) => a.id), ids(['a-new', 'b-mid']));
        assert.deepEqual((await store.listArticles({ limit: 10, outletId: 'beta', since: at(31) })), []);
      });

      it('listArticles places an article without a published time at the time it was stored', async () => {
        const feed = await seedFeed();
        const dated = await store.saveArticle(newArticle(await seedItem(feed, 'dated', { publishedAt: '2001-01-01T00:00:00.000Z' })));
        const undated = await store.saveArticle(newArticle(await seedItem(feed, 'undated', { publishedAt: null })));
        assert.deepEqual((await store.listArticles({ limit: 10 })).map((a) => a.id), [undated.id, dated.id]);
        assert.deepEqual((await store.listArticles({ limit: 10, since: '2002-01-01T00:00:00.000Z' })).map((a) => a.id), [undated.id]);
      });
    });

    describe('quotes', () => {
      const quote = (start: number, speaker: string | null = 'Ada Lovelace'): Quote => ({
        content: [start, start + 10],
        cue: [start + 11, start + 15],
        speakerSpan: speaker ? [start + 16, start + 20] : null,
        speaker,
        kind: 'direct',
        speakerType: speaker ? 'person' : 'unknown',
      });

      it('saveQuotes stores an article\'s quotes in order, and saving again replaces them', async () => {
        const article = await store.saveArticle(newArticle(await seedItem(await seedFeed(), 'q1')));
        assert.deepEqual(await store.listQuotes(article.id), []);
        await store.saveQuotes(article.id, [quote(0), quote(30, null), { ...quote(60), kind: 'indirect', speakerType: 'outlet' }]);
        const stored = await store.listQuotes(article.id);
        assert.deepEqual(stored, [quote(0), quote(30, null), { ...quote(60), kind: 'indirect', speakerType: 'outlet' }]);
        await store.saveQuotes(article.id, [quote(5)]);
        assert.deepEqual(await store.listQuotes(article.id), [quote(5)]);
        await store.saveQuotes(article.id, []);
        assert.deepEqual(await store.listQuotes(article.id), []);
      });

      it('rejects the quotes of an unknown article with store/not-found', async () => {
        await assert.rejects(store.saveQuotes(9999, [quote(0)]), storeError('store/not-found'));
      });
    });

    describe('stories', () => {
      /** Stores `n` articles of distinct outlets, published a minute apart. */
      async function seedArticles(n: number): Promise<Article[]> {
        const articles: Article[] = [];
        for (let i = 0; i < n; i++) {
          const item = await seedItem(await seedFeed(`o${i}`), `s${i}`, { publishedAt: at(i) });
          articles.push(await store.saveArticle(newArticle(item, { title: `Story article ${i}`, publishedAt: at(i) })));
        }
        return articles;
      }
      const summary = (id: string, members: Article[], overrides: Partial<StorySummary> = {}): StorySummary => ({
        id,
        language: 'eng',
        articleIds: members.map((a) => String(a.id)),
        outlets: [...new Set(members.map((a) => a.outletId))],
        headline: members[0]?.title ?? null,
        firstSeen: Date.parse(members[0]?.publishedAt ?? T0),
        lastSeen: Date.parse(members.at(-1)?.publishedAt ?? T0),
        multiSource: new Set(members.map((a) => a.outletId)).size > 1,
        ...overrides,
      });
      const update = (article: Article, storyId: string, story: StorySummary, overrides: Partial<StoryUpdate> = {}): StoryUpdate => ({
        articleId: article.id, storyId, duplicateOf: null, duplicateKind: null, score: 0.5, language: 'eng', merges: [], story, ...overrides,
      });

      it('records assignments and the story state; lists members oldest first', async () => {
        const [a, b] = await seedArticles(2);
        const id = String(a!.id);
        await store.recordStoryUpdate(update(a!, id, summary(id, [a!])));
        await store.recordStoryUpdate(update(b!, id, summary(id, [a!, b!])));
        const story = await store.getStory(id);
        assert.deepEqual(story, { id, language: 'eng', headline: 'Story article 0', outlets: ['o0', 'o1'], articleCount: 2, firstSeen: at(0), lastSeen: at(1), multiSource: true });
        assert.deepEqual((await store.listStoryMembers(id)).map((m) => m.article.id), [a!.id, b!.id]);
        assert.equal(await store.storyOfArticle(b!.id), id);
        assert.equal(await store.getStory('nope'), null);
        assert.deepEqual(await store.listStoryMembers('nope'), []);
      });

      it('a merge moves the articles to the older story, and the merged id resolves to it', async () => {
        const [a, b, c] = await seedArticles(3);
        const older = String(a!.id);
        const newer = String(b!.id);
        await store.recordStoryUpdate(update(a!, older, summary(older, [a!])));
        await store.recordStoryUpdate(update(b!, newer, summary(newer, [b!])));
        const merge = { into: older, from: newer, articleIds: [newer], at: Date.parse(at(2)), score: 0.7 };
        await store.recordStoryUpdate(update(c!, older, summary(older, [a!, b!, c!]), { merges: [merge] }));
        assert.equal((await store.getStory(newer))?.id, older);
        assert.equal(await store.storyOfArticle(b!.id), older);
        assert.deepEqual((await store.listStoryMembers(newer)).map((m) => m.article.id), [a!.id, b!.id, c!.id]);
        assert.deepEqual((await store.listStories({ limit: 10 })).map((s) => s.id), [older]);
      });

      it('lists live stories newest first, with a cursor and a multi-source filter', async () => {
        const articles = await seedArticles(4);
        for (const article of articles) {
          const id = String(article.id);
          await store.recordStoryUpdate(update(article, id, summary(id, [article], { multiSource: article === articles[1] })));
        }
        const ids = articles.map((a) => String(a.id)).reverse();
        const all = await store.listStories({ limit: 10 });
        assert.deepEqual(all.map((s) => s.id), ids);
        const page2 = await store.listStories({ limit: 2, before: { lastSeen: all[1]!.lastSeen, id: all[1]!.id } });
        assert.deepEqual(page2.map((s) => s.id), ids.slice(2));
        assert.deepEqual((await store.listStories({ limit: 10, multiSourceOnly: true })).map((s) => s.id), [String(articles[1]!.id)]);
        assert.deepEqual((await store.listStories({ limit: 10, since: at(2) })).map((s) => s.id), ids.slice(0, 2));
      });

      it('replays placed articles since a time and finds the unplaced ones', async () => {
        const [a, b, c] = await seedArticles(3);
        await store.recordStoryUpdate(update(a!, String(a!.id), summary(String(a!.id), [a!])));
        await store.recordStoryUpdate(update(b!, String(a!.id), summary(String(a!.id), [a!, b!]), { duplicateOf: a!.id, duplicateKind: 'near-duplicate' }));
        const records = await store.storyRecordsSince(at(1));
        assert.equal(records.length, 1);
        assert.equal(records[0]?.storyId, String(a!.id));
        assert.equal(records[0]?.duplicateOf, String(a!.id));
        assert.equal(records[0]?.article.id, String(b!.id));
        assert.equal(records[0]?.article.publishedAt, Date.parse(at(1)));
        assert.deepEqual((await store.articlesWithoutStory(10)).map((x) => x.id), [c!.id]);
        assert.equal((await store.listStoryMembers(String(a!.id)))[1]?.duplicateKind, 'near-duplicate');
      });

      it('rejects an update for an unknown article with store/not-found', async () => {
        await assert.rejects(store.recordStoryUpdate(update({ id: 9999 } as Article, 'x', summary('x', []))), storeError('store/not-found'));
      });
    });

    describe('briefings', () => {
      const briefing = (story: string, headline: string): Briefing => ({
        story, kicker: 'Speed Read', headline, standfirst: 'Why it matters.',
        whatHappened: [{ text: 'The council met.', sources: [{ article: '1', start: 0, end: 16 }] }],
        whoSaidWhat: [], whatNext: [], coverage: { left: 1, center: 0, right: 1, unknown: 0, blindspot: null },
        sources: [], related: [], updated: at(0), notes: ['no forward-looking sentence'],
      });

      it('keeps versions, skipping a save that changes nothing', async () => {
        assert.deepEqual(await store.saveBriefing(briefing('s1', 'First'), at(1)), { version: 1, changed: true });
        assert.deepEqual(await store.saveBriefing(briefing('s1', 'First'), at(2)), { version: 1, changed: false });
        assert.deepEqual(await store.saveBriefing(briefing('s1', 'Second'), at(3)), { version: 2, changed: true });
        const latest = await store.getBriefing('s1');
        assert.equal(latest?.version, 2);
        assert.equal(latest?.composedAt, at(3));
        assert.deepEqual(latest?.briefing, briefing('s1', 'Second'));
        assert.deepEqual((await store.listBriefingVersions('s1')).map((b) => b.briefing.headline), ['First', 'Second']);
        assert.equal(await store.getBriefing('none'), null);
      });

      it('lists the latest briefing of each live story, newest story first', async () => {
        const articles: Article[] = [];
        for (let i = 0; i < 2; i++) {
          const item = await seedItem(await seedFeed(`b${i}`), `b${i}`, { publishedAt: at(i) });
          articles.push(await store.saveArticle(newArticle(item, { publishedAt: at(i) })));
        }
        for (const [i, article] of articles.entries()) {
          const id = String(article.id);
          const story: StorySummary = { id, language: 'eng', articleIds: [id], outlets: [article.outletId], headline: 'h', firstSeen: Date.parse(at(i)), lastSeen: Date.parse(at(i)), multiSource: false };
          await store.recordStoryUpdate({ articleId: article.id, storyId: id, duplicateOf: null, duplicateKind: null, score: 0, language: 'eng', merges: [], story });
          await store.saveBriefing(briefing(id, `v1 of ${i}`), at(i));
          await store.saveBriefing(briefing(id, `v2 of ${i}`), at(i + 1));
        }
        assert.deepEqual((await store.listBriefings({ limit: 10 })).map((b) => b.briefing.headline), ['v2 of 1', 'v2 of 0']);
        assert.deepEqual((await store.listBriefings({ limit: 1 })).map((b) => b.version), [2]);
      });
    });

    describe('searchArticles', () => {
      async function seedArticles(texts: ReadonlyArray<readonly [title: string, text: string]>): Promise<number[]> {
        const feed = await seedFeed();
        const ids: number[] = [];
        for (const [n, [title, text]] of texts.entries()) {
          const item = await seedItem(feed, `s${n}`);
          ids.push((await store.saveArticle(newArticle(item, { title, text }))).id);
        }
        return ids;
      }

      it('finds articles by a word of their text or title, with a marked snippet', async () => {
        const [bridge, budget] = await seedArticles([
          ['Council meets', 'The council voted to repair the old bridge over the river.'],
          ['Budget passes', 'Lawmakers passed the budget late on Friday.'],
        ]);
        const hits = await store.searchArticles('bridge', 10);
        assert.deepEqual(hits.map((h) => h.article.id), [bridge]);
        assert.equal(hits[0]?.article.title, 'Council meets');
        assert.match(hits[0]?.snippet ?? '', /\[bridge\]/);
        assert.equal(typeof hits[0]?.rank, 'number');
        assert.deepEqual((await store.searchArticles('budget', 10)).map((h) => h.article.id), [budget]);
      });

      it('matches inflected forms of a word', async () => {
        const [id] = await seedArticles([['Vote', 'Several elections were held in the region.']]);
        assert.deepEqual((await store.searchArticles('election', 10)).map((h) => h.article.id), [id]);
      });

      it('orders hits best first (rank ascending) and honours the limit', async () => {
        const [weak, strong] = await seedArticles([
          ['Markets', 'Stocks rose. Bonds fell. Oil was flat. Analysts mentioned the tariff once among many other topics of the day and the week.'],
          ['Tariff tariff', 'The tariff, the new tariff, and another tariff.'],
          ['Sport', 'The home team won the cup.'],
        ]);
        const hits = await store.searchArticles('tariff', 10);
        assert.deepEqual(hits.map((h) => h.article.id), [strong, weak]);
        assert.ok((hits[0]?.rank ?? 0) <= (hits[1]?.rank ?? 0));
        assert.deepEqual((await store.searchArticles('tariff', 1)).map((h) => h.article.id), [strong]);
      });

      it('never throws on query syntax typed by a user', async () => {
        await seedArticles([['Quotes', 'He said "no comment" about the AND-OR gate: 100% sure.']]);
        const hostile = ['"unbalanced', 'comment"', 'no -comment', 'title:quotes', '*', 'comm*', 'AND', 'OR NOT', 'a AND OR b', '(', 'NEAR(', '^no', '+', ':', '""', "it's", '100%', '\u0000', 'gate)', '{title}: x'];
        for (const query of hostile) {
          const hits = await store.searchArticles(query, 10);
          assert.ok(Array.isArray(hits), query);
        }
        assert.equal((await store.searchArticles('"no comment"', 10)).length, 1);
        assert.equal((await store.searchArticles('AND', 10)).length, 1);
      });

      it('returns nothing for a query without words', async () => {
        await seedArticles([['Anything', 'Some text.']]);
        for (const query of ['', '   ', '!!!', '-', '"']) assert.deepEqual(await store.searchArticles(query, 10), [], JSON.stringify(query));
      });

      it('follows a replaced article: old words stop matching, new ones match', async () => {
        const feed = await seedFeed();
        const item = await seedItem(feed, 'g1');
        await store.saveArticle(newArticle(item, { title: 'Draft', text: 'An early flamingo sighting.' }));
        await store.saveArticle(newArticle(item, { title: 'Final', text: 'A late pelican sighting.' }));
        assert.deepEqual(await store.searchArticles('flamingo', 10), []);
        assert.deepEqual(await store.searchArticles('draft', 10), []);
        assert.equal((await store.searchArticles('pelican', 10)).length, 1);
        assert.equal((await store.searchArticles('final', 10)).length, 1);
      });
    });

    describe('fetch attempts', () => {
      it('records attempts and lists them newest first, optionally for one feed', async () => {
        const feed = await seedFeed();
        const item = await seedItem(feed, 'g1');
        const first = attempt({ feedId: feed.id, startedAt: at(1) });
        const page = attempt({ itemId: item.id, url: item.url ?? '', startedAt: at(2), status: 404, outcome: 'http-error', bytes: null, error: 'HTTP 404' });
        const third = attempt({ feedId: feed.id, startedAt: at(3), status: 304, outcome: 'not-modified', bytes: 0 });
        for (const a of [first, page, third]) await store.recordFetchAttempt(a);
        const all = await store.listFetchAttempts({ limit: 10 });
        assert.deepEqual(all.map(({ id: _id, ...rest }) => rest), [third, page, first]);
        assert.ok(all.every((a) => typeof a.id === 'number'));
        assert.deepEqual((await store.listFetchAttempts({ feedId: feed.id, limit: 10 })).map((a) => a.startedAt), [at(3), at(1)]);
        assert.deepEqual((await store.listFetchAttempts({ limit: 1 })).map((a) => a.startedAt), [at(3)]);
      });

      it('records an attempt that names neither feed nor item', async () => {
        await store.recordFetchAttempt(attempt({ outcome: 'network-error', status: null, bytes: null, error: 'ECONNRESET' }));
        assert.equal((await store.listFetchAttempts({ limit: 10 }))[0]?.error, 'ECONNRESET');
      });
    });

    describe('counts and times', () => {
      it('counts every kind of row', async () => {
        const feed = await seedFeed('acme');
        await seedFeed('beta');
        const { inserted } = await store.insertItems([newItem(feed, 'a'), newItem(feed, 'b'), newItem(feed, 'c')]);
        await store.saveArticle(newArticle(inserted[0] as Item));
        await store.recordFetchAttempt(attempt({ feedId: feed.id }));
        assert.deepEqual(await store.counts(), { outlets: 2, feeds: 2, items: 3, articles: 1, fetchAttempts: 1 });
      });

      it('returns times as UTC ISO strings with milliseconds, whatever offset they were given in', async () => {
        await store.upsertOutlet(outlet('acme'));
        const feed = await store.addFeed(newFeed('acme', 'https://acme.example/rss', { nextCheckAt: '2026-03-01T10:00:00+02:00' }));
        assert.equal(feed.nextCheckAt, T0);
        const item = await seedItem(feed, 'g1', { publishedAt: '2026-03-01T08:00Z', firstSeenAt: '2026-03-01T08:00:00.000Z' });
        assert.equal((await store.getItem(item.id))?.publishedAt, T0);
        assert.deepEqual(await store.dueFeeds('2026-03-01T09:00:00+01:00', 5), [feed]);
      });

      it('rejects a time that is not ISO 8601 with a zone, with store/invalid-time', async () => {
        await store.upsertOutlet(outlet('acme'));
        for (const bad of ['tomorrow', '2026-03-01T08:00:00', '01/03/2026', '']) {
          await assert.rejects(store.addFeed(newFeed('acme', `https://acme.example/${bad}`, { nextCheckAt: bad })), storeError('store/invalid-time'), bad);
        }
        assert.equal((await store.counts()).feeds, 0);
      });
    });
  });
}
