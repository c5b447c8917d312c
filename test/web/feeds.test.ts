// Feeds out: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the front page, sections, topics and search,
// each well-formed, with the elements its spec requires, parsed back by a feed parser.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { openHarness, type WebHarness } from './web-harness.ts';

/** Parses XML strictly (throws when not well-formed) and returns its document. */
function xmlDocument(text: string): Document {
  return new JSDOM(text, { contentType: 'application/xml' }).window.document;
}

/** Text of the first element of a name, or null. */
const textOf = (root: Element | Document, name: string) => root.getElementsByTagName(name)[0]?.textContent ?? null;

/** Checks an RSS 2.0 document: channel title, link, description; items with title or description, guid, RFC 822 dates. */
function checkRss(text: string): number {
  const doc = xmlDocument(text);
  assert.equal(doc.documentElement.nodeName, 'rss');
  assert.equal(doc.documentElement.getAttribute('version'), '2.0');
  const channel = doc.getElementsByTagName('channel')[0]!;
  for (const req of ['title', 'link', 'description']) assert.ok(textOf(channel, req), `channel ${req}`);
  const items = [...doc.getElementsByTagName('item')];
  for (const item of items) {
    assert.ok(textOf(item, 'title'));
    assert.match(textOf(item, 'link') ?? '', /^https:\/\/roundup\.example\/stories\//);
    assert.match(textOf(item, 'pubDate') ?? '', /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  }
  assert.equal(parseRssFeed(text).items?.length ?? 0, items.length);
  return items.length;
}

/** Checks an Atom 1.0 document: id, title, updated, author, self link; each entry id, title, updated, link. */
function checkAtom(text: string): number {
  const doc = xmlDocument(text);
  const feed = doc.documentElement;
  assert.equal(feed.namespaceURI, 'http://www.w3.org/2005/Atom');
  for (const req of ['id', 'title', 'updated']) assert.ok(textOf(feed, req), `feed ${req}`);
  assert.ok([...feed.children].some((c) => c.nodeName === 'link' && c.getAttribute('rel') === 'self'));
  assert.ok(textOf(feed, 'name'), 'feed author');
  const entries = [...doc.getElementsByTagName('entry')];
  for (const e of entries) {
    for (const req of ['id', 'title', 'updated']) assert.ok(textOf(e, req), `entry ${req}`);
    assert.ok(!Number.isNaN(Date.parse(textOf(e, 'updated')!)));
  }
  assert.equal(parseAtomFeed(text).entries?.length ?? 0, entries.length);
  return entries.length;
}

/** Checks a JSON Feed 1.1 document: version, title, items with id and content. */
function checkJsonFeed(text: string): number {
  const feed = JSON.parse(text) as { version: string; title: string; feed_url: string; items: { id: string; content_html?: string; date_published: string }[] };
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.ok(feed.title);
  assert.match(feed.feed_url, /^https:\/\/roundup\.example\//);
  for (const item of feed.items) {
    assert.equal(typeof item.id, 'string');
    assert.ok(item.content_html);
    assert.ok(!Number.isNaN(Date.parse(item.date_published)));
  }
  assert.equal(parseJsonFeed(feed).items?.length ?? 0, feed.items.length);
  return feed.items.length;
}

describe('feeds out', () => {
  let h: WebHarness;
  before(async () => {
    h = await openHarness();
  });
  after(async () => h.cleanup());

  async function fetchFeed(path: string, type: RegExp): Promise<string> {
    const res = await h.get(path);
    const body = await res.text();
    assert.equal(res.status, 200, `${path}: ${body.slice(0, 200)}`);
    assert.match(res.headers.get('content-type') ?? '', type);
    return body;
  }

  const listings: [string, number][] = [['/feed', 3], ['/sections/talking-point/feed', 1], ['/sections/speed-read/feed', 2], ['/topics/supreme-court/feed', 2], ['/search/feed', 1]];
  for (const [base, expected] of listings) {
    it(`${base}: valid RSS, Atom and JSON Feed with ${expected} entries`, async () => {
      const qs = base === '/search/feed' ? '?q=budget+deal' : '';
      assert.equal(checkRss(await fetchFeed(`${base}.rss${qs}`, /application\/rss\+xml/)), expected);
      assert.equal(checkAtom(await fetchFeed(`${base}.atom${qs}`, /application\/atom\+xml/)), expected);
      assert.equal(checkJsonFeed(await fetchFeed(`${base}.json${qs}`, /application\/feed\+json/)), expected);
    });
  }

  it('payloads in headlines stay text: escaped in XML, plain strings in JSON', async () => {
    const rss = await fetchFeed('/feed.rss', /rss/);
    const doc = xmlDocument(rss);
    const titles = [...doc.getElementsByTagName('item')].map((i) => textOf(i, 'title'));
    assert.ok(titles.some((t) => t?.includes('<img src=x onerror="window.__xss=1">')));
    assert.equal(doc.getElementsByTagName('img').length, 0);
    assert.equal(doc.getElementsByTagName('script').length, 0);
    const json = JSON.parse(await fetchFeed('/feed.json', /json/)) as { items: { content_html: string }[] };
    assert.ok(json.items.every((i) => !i.content_html.includes('<script>')));
  });

  it('the search feed names its query in its self link; bad input is a 4xx', async () => {
    const atom = await fetchFeed('/search/feed.atom?q=budget', /atom/);
    assert.match(atom, /href="https:\/\/roundup\.example\/search\/feed\.atom\?q=budget"/);
    assert.equal((await h.get('/search/feed.rss?q=x&perspective=sideways')).status, 400);
    assert.equal((await h.get('/topics/nothing/feed.json')).status, 404);
    assert.equal((await h.get('/sections/nope/feed.atom')).status, 404);
    assert.equal((await h.get('/feed.xml')).status, 404);
  });

  it('sitemap.xml lists pages, stories and outlets; robots.txt points to it', async () => {
    const xml = await fetchFeed('/sitemap.xml', /application\/xml/);
    const locs = [...xmlDocument(xml).getElementsByTagName('loc')].map((l) => l.textContent);
    for (const path of ['/', '/about', '/sections/speed-read', '/stories/s1', '/outlets/evil']) assert.ok(locs.includes(`https://roundup.example${path}`), path);
    const robots = await fetchFeed('/robots.txt', /text\/plain/);
    assert.match(robots, /^Sitemap: https:\/\/roundup\.example\/sitemap\.xml$/m);
    assert.match(robots, /^Disallow: \/search$/m);
  });
});
