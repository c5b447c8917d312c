import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidateFeedUrls, COMMON_FEED_PATHS, discoverFeedLinks } from '../../../src/stages/sources/feed-discovery.ts';
import { isRoundupError } from '../../../src/core/errors.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = join(repoRoot, 'test/fixtures/sources');
const rsparser = join(resolve(repoRoot, '../shared/data'), 'feeds/rsparser/Tests/RSParserTests/Resources');
const noSharedData = existsSync(rsparser) ? false : `shared data absent: ${rsparser} not found`;

const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

test('discoverFeedLinks: resolves against the first <base href>, dedupes, keeps page order, skips non-feeds', () => {
  const feeds = discoverFeedLinks(fixture('announced-feeds.html'), 'https://example.com/news/index.html');
  assert.deepEqual(feeds, [
    { url: 'https://cdn.example.net/site/feeds/top.xml', title: 'Top stories', format: 'rss' },
    { url: 'https://cdn.example.net/politics/atom.xml', title: 'Politics', format: 'atom' },
    { url: 'https://example.com/feed.json', title: 'JSON Feed', format: 'json' },
    { url: 'https://cdn.example.net/everything.json', title: 'Everything (JSON)', format: 'json' },
    { url: 'https://cdn.example.net/search?q=a&format=rss', title: null, format: 'rss' },
    { url: 'https://cdn.example.net/late.xml', title: 'Late in body', format: 'rss' },
  ]);
});

test('discoverFeedLinks: without <base>, relative links resolve against the page URL', () => {
  const html = '<html><head><link rel="alternate" type="application/rss+xml" href="../rss.xml"></head></html>';
  assert.deepEqual(discoverFeedLinks(html, 'https://example.com/world/europe/'), [{ url: 'https://example.com/world/rss.xml', title: null, format: 'rss' }]);
});

test('discoverFeedLinks: a relative <base href> resolves against the page URL', () => {
  const html = '<head><base href="/edition/"><link rel="alternate" type="application/atom+xml" href="atom.xml"></head>';
  assert.deepEqual(discoverFeedLinks(html, 'https://example.com/a/b'), [{ url: 'https://example.com/edition/atom.xml', title: null, format: 'atom' }]);
});

test('discoverFeedLinks: rdf+xml links count as RSS 1.0 feeds', () => {
  const html = '<link rel="alternate" type="application/rdf+xml" href="/index.rdf">';
  assert.deepEqual(discoverFeedLinks(html, 'https://example.com/'), [{ url: 'https://example.com/index.rdf', title: null, format: 'rdf' }]);
});

test('discoverFeedLinks: a page without feed links, empty input and broken markup give nothing', () => {
  assert.deepEqual(discoverFeedLinks(fixture('no-feeds.html'), 'https://example.com/'), []);
  assert.deepEqual(discoverFeedLinks('', 'https://example.com/'), []);
  assert.deepEqual(discoverFeedLinks('<html><head><link rel="alternate" type="application/rss+xml" href=', 'https://example.com/'), []);
});

test('discoverFeedLinks: a page URL that is not absolute http(s) is a typed error', () => {
  assert.throws(() => discoverFeedLinks('', 'example.com'), (err) => isRoundupError(err, 'sources/invalid-url'));
  assert.throws(() => discoverFeedLinks('', 'file:///etc/passwd'), (err) => isRoundupError(err, 'sources/invalid-url'));
});

// Real pages saved by RSParser's test suite, with the feeds each one announces.
const REAL_PAGES: readonly { file: string; pageUrl: string; expected: readonly { url: string; title: string | null; format: string }[] }[] = [
  { file: 'DaringFireball.html', pageUrl: 'https://daringfireball.net/', expected: [{ url: 'https://daringfireball.net/feeds/main', title: null, format: 'atom' }] },
  { file: 'sixcolors.html', pageUrl: 'https://sixcolors.com/', expected: [{ url: 'http://feedpress.me/sixcolors', title: 'RSS', format: 'rss' }] },
  { file: 'furbo.html', pageUrl: 'http://furbo.org/', expected: [{ url: 'http://furbo.org/feed/', title: 'Iconfactory News Feed', format: 'rss' }] },
  { file: 'inessential.html', pageUrl: 'http://inessential.com/', expected: [{ url: 'http://inessential.com/xml/rss.xml', title: 'RSS', format: 'rss' }] },
  {
    file: 'coco.html',
    pageUrl: 'https://www.theatlantic.com/entertainment/archive/2017/11/coco-is-among-pixars-best-movies-in-years/546695/',
    expected: [
      { url: 'https://www.theatlantic.com/feed/all/', title: 'The Atlantic', format: 'rss' },
      { url: 'https://www.theatlantic.com/feed/best-of/', title: 'Best of The Atlantic', format: 'rss' },
    ],
  },
  {
    // Four other `rel="alternate"` links (mobile, app deep links) carry no feed type.
    file: 'YouTubeTheVolvoRocks.html',
    pageUrl: 'https://www.youtube.com/user/TheVolvorocks',
    expected: [{ url: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCct7QF2jcWRY6dhXWMSq9LQ', title: 'RSS', format: 'rss' }],
  },
];

for (const page of REAL_PAGES) {
  test(`discoverFeedLinks: real page ${page.file}`, { skip: noSharedData }, () => {
    const html = readFileSync(join(rsparser, page.file), 'utf8');
    assert.deepEqual(discoverFeedLinks(html, page.pageUrl), page.expected);
  });
}

test('candidateFeedUrls: common paths under the site root for a home page', () => {
  const urls = candidateFeedUrls('https://www.example.com/');
  assert.equal(urls.length, COMMON_FEED_PATHS.length);
  assert.equal(urls[0], 'https://www.example.com/feed');
  assert.ok(urls.includes('https://www.example.com/rss.xml'));
  assert.ok(urls.includes('https://www.example.com/feeds/posts/default'));
  assert.ok(urls.includes('https://www.example.com/?feed=rss2'));
});

test('candidateFeedUrls: root paths first, then section paths of the page directory', () => {
  const urls = candidateFeedUrls('https://www.theguardian.com/world?page=2#top');
  assert.equal(urls.length, 2 * COMMON_FEED_PATHS.length);
  assert.equal(urls[0], 'https://www.theguardian.com/feed');
  assert.equal(urls[COMMON_FEED_PATHS.length], 'https://www.theguardian.com/world/feed');
  assert.ok(urls.includes('https://www.theguardian.com/world/rss'));
});

test('candidateFeedUrls: an article file is replaced by its directory', () => {
  const urls = candidateFeedUrls('https://www.example.com/2024/05/story.html');
  assert.ok(urls.includes('https://www.example.com/2024/05/rss.xml'));
  assert.ok(!urls.some((url) => url.includes('story.html')));
});

test('candidateFeedUrls: no duplicates, keeps a non-default port, rejects non-http(s)', () => {
  const urls = candidateFeedUrls('http://localhost:8080/blog/');
  assert.equal(new Set(urls).size, urls.length);
  assert.ok(urls.includes('http://localhost:8080/blog/feed'));
  assert.throws(() => candidateFeedUrls('mailto:a@b.c'), (err) => isRoundupError(err, 'sources/invalid-url'));
});

test('COMMON_FEED_PATHS: root-relative and unique', () => {
  assert.ok(COMMON_FEED_PATHS.length >= 8);
  assert.equal(new Set(COMMON_FEED_PATHS).size, COMMON_FEED_PATHS.length);
  for (const path of COMMON_FEED_PATHS) assert.match(path, /^\/[^/]/);
  for (const expected of ['/feed', '/rss', '/rss.xml', '/feed.xml', '/atom.xml', '/index.xml', '/feeds/posts/default', '/?feed=rss2']) {
    assert.ok(COMMON_FEED_PATHS.includes(expected), expected);
  }
});
