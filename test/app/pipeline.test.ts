import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../src/adapters/http/index.ts';
import { createInlineQueue } from '../../src/adapters/queue-inline/inline-queue.ts';
import { Ingestor } from '../../src/app/ingestor.ts';
import { StoryDesk } from '../../src/app/story-desk.ts';
import { silentLogger } from '../../src/ports/logger.ts';
import { systemClock } from '../../src/ports/clock.ts';
import type { Store } from '../../src/ports/store.ts';
import type { HttpClient } from '../../src/ports/http-client.ts';
import type { Perspective } from '../../src/core/perspective.ts';
import { articlePage } from '../support/feed-fixtures.ts';
import { FIXTURE_ARTICLES } from '../support/story-fixtures.ts';
import { tempStore } from '../support/sqlite-temp.ts';
import { composeStoryBriefing } from '../../src/app/compose-story-briefing.ts';
import type { Writer } from '../../src/ports/writer.ts';

const PERSPECTIVE: Record<string, Perspective> = { left: 'left', centre: 'centre', right: 'right' };
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One RSS feed per outlet over the fixture articles, whose pages carry the full text. */
function feedOf(base: string, outlet: string): string {
  const items = FIXTURE_ARTICLES.map((a, i) => ({ a, i })).filter(({ a }) => a.outlet === outlet).map(({ a, i }) =>
    `<item><title>${escape(a.title)}</title><link>${base}/pages/${i}.html</link><guid>${outlet}-${i}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate><description>${escape(a.paragraphs[0]!)}</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${outlet}</title><link>${base}</link>${items.join('')}</channel></rss>`;
}

describe('the pipeline from feeds to briefings', () => {
  let server: Server;
  let base: string;
  let store: Store;
  let http: HttpClient;
  let cleanup: () => Promise<void>;

  before(async () => {
    server = createServer((req, res) => {
      const page = /^\/pages\/(\d+)\.html$/.exec(req.url ?? '');
      const feed = /^\/feeds\/(\w+)\.xml$/.exec(req.url ?? '');
      if (page) {
        const a = FIXTURE_ARTICLES[Number(page[1])]!;
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(escape(a.title), a.paragraphs.map(escape)));
      }
      if (feed) return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedOf(base, feed[1]!));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ({ store, cleanup } = await tempStore());
    http = createHttpClient({ allowHosts: ['127.0.0.1'], perHostDelayMs: 0, perHostConcurrency: 4 });
    for (const outlet of ['left', 'centre', 'right']) {
      await store.upsertOutlet({ id: outlet, name: `The ${outlet} Post`, homeDomain: `${outlet}.example`, language: 'en', country: 'US', perspective: PERSPECTIVE[outlet]!, perspectiveBasis: 'test', isWire: false });
      await store.addFeed({ outletId: outlet, url: `${base}/feeds/${outlet}.xml`, nextCheckAt: new Date(0).toISOString(), intervalSeconds: 3600 });
    }
    const ctx = { store, http, clock: systemClock, logger: silentLogger, random: () => 0.5, settings: { fetchPages: true, minIntervalSeconds: 300, maxIntervalSeconds: 86_400 } };
    // A window long enough for the fixtures' fixed dates, whatever today is.
    const desk = new StoryDesk(store, systemClock, 3650);
    const ingestor = new Ingestor(ctx, createInlineQueue({ concurrency: 4, logger: silentLogger }), desk);
    await ingestor.runOnce();
    await ingestor.close();
  });

  after(async () => {
    await http.close();
    await new Promise((r) => server.close(r));
    await cleanup();
  });

  it('clusters the six articles into the two events, each covered by all three outlets', async () => {
    const stories = await store.listStories({ limit: 10 });
    assert.equal(stories.length, 2, stories.map((s) => s.headline).join(' | '));
    for (const story of stories) {
      assert.equal(story.articleCount, 3);
      assert.ok(story.multiSource);
      const members = await store.listStoryMembers(story.id);
      const events = new Set(members.map((m) => FIXTURE_ARTICLES.find((a) => a.title === m.article.title)?.event));
      assert.equal(events.size, 1, 'a story holds one event');
    }
  });

  it('stores each article\'s quotes with offsets into its text', async () => {
    const [story] = await store.listStories({ limit: 1 });
    const members = await store.listStoryMembers(story!.id);
    const quotes = (await Promise.all(members.map(async (m) => ({ text: m.article.text, quotes: await store.listQuotes(m.article.id) })))).flatMap(({ text, quotes }) => quotes.map((q) => text.slice(q.content[0], q.content[1])));
    assert.ok(quotes.some((q) => q.includes('Nobody should drive through flood water today') || q.includes('crumble')), quotes.join(' | '));
  });

  it('keeps the extractive draft when the Writer fails or invents', async () => {
    const [story] = await store.listStories({ limit: 1 });
    const before = await store.getBriefing(story!.id);
    const failing: Writer = { complete: async () => { throw new Error('model down'); } };
    const inventing: Writer = { complete: async () => JSON.stringify({ headline: 'Mayor resigns after 99 votes', standfirst: 'x', whatHappened: ['The mayor resigned after 99 council votes.'], whoSaidWhat: [], whatNext: [] }) };
    for (const writer of [failing, inventing]) {
      const outcome = await composeStoryBriefing({ store, clock: systemClock, logger: silentLogger, writer }, story!.id);
      assert.equal(outcome.kind, 'saved');
      if (outcome.kind === 'saved') {
        const texts = [outcome.briefing.headline, ...outcome.briefing.whatHappened.map((x) => x.text)].join(' ');
        assert.ok(!texts.includes('99') && !texts.includes('resign'), `nothing invented is stored: ${texts}`);
        assert.equal(outcome.briefing.whatHappened.map((s) => s.text).join(' '), before!.briefing.whatHappened.map((s) => s.text).join(' '));
      }
    }
  });

  it('composes a briefing per story whose every sentence is taken from its source', async () => {
    const briefings = await store.listBriefings({ limit: 10 });
    assert.equal(briefings.length, 2);
    for (const { briefing } of briefings) {
      assert.ok(briefing.headline.length > 0);
      assert.ok(briefing.whatHappened.length >= 1);
      assert.deepEqual(briefing.coverage, { left: 1, center: 1, right: 1, unknown: 0, blindspot: null });
      for (const sentence of [...briefing.whatHappened, ...briefing.whoSaidWhat, ...briefing.whatNext]) {
        assert.ok(sentence.sources.length > 0, `"${sentence.text}" has a source`);
        for (const source of sentence.sources) {
          const article = await store.getArticle(Number(source.article));
          assert.ok(article, `source article ${source.article} exists`);
          assert.ok(article.text.slice(source.start, source.end).length > 0);
        }
      }
    }
  });
});
