// Hand-written fixtures (test/fixtures/feeds): one per format and per failure the stage must
// name, so the suite has real assertions without the shared corpora.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isRoundupError } from '../../../src/core/errors.ts';
import type { ParsedFeed } from '../../../src/core/feed-entry.ts';
import { FeedTruncatedError, parseFeed, parseFeedRecovering } from '../../../src/stages/feeds/index.ts';
import { decodeBody } from '../../../src/stages/fetch/body-decode.ts';
import { repoRoot } from './shared-data.ts';

const FEED_URL = 'https://fixture.example/feeds/main.xml';

function fixture(name: string): string {
  return decodeBody(readFileSync(path.join(repoRoot, 'test/fixtures/feeds', name)), null).text;
}

function parseFixture(name: string): ParsedFeed {
  return parseFeed(fixture(name), { url: FEED_URL });
}

function entry(feed: ParsedFeed, index: number) {
  const found = feed.entries[index];
  assert.ok(found, `entry ${index} exists`);
  return found;
}

/** Asserts that `fn` throws a RoundupError with `code` and returns it. */
function throwsCode(fn: () => unknown, code: string): Error {
  try {
    fn();
  } catch (err) {
    assert.ok(isRoundupError(err, code), `expected ${code}, got ${String(err)}`);
    assert.doesNotMatch(err.message, /\n/, 'messages are one line');
    return err;
  }
  assert.fail(`expected ${code}, nothing was thrown`);
}

describe('RSS 0.91 (Netscape doctype, Latin-1)', () => {
  const feed = parseFixture('rss-091.xml');

  it('reads the channel', () => {
    assert.equal(feed.format, 'rss');
    assert.equal(feed.version, '0.91');
    assert.equal(feed.title, 'Harbour Gazette & Courier');
    assert.equal(feed.link, 'https://gazette.example/');
    assert.equal(feed.description, 'News from the harbour \u2014 daily.');
    assert.equal(feed.language, 'en-gb');
  });

  it('decodes HTML entities and resolves relative links against the feed URL', () => {
    assert.equal(entry(feed, 0).title, 'Ferry timetable changes for the caf\u00e9 quay');
    assert.equal(entry(feed, 0).link, 'https://fixture.example/news/ferry-timetable');
    assert.equal(entry(feed, 0).summary, 'The <b>winter</b> timetable starts Monday.');
    assert.equal(entry(feed, 0).id, null, 'no guid, no id');
    assert.equal(feed.entries.length, 2);
  });
});

describe('RSS 1.0 (RDF)', () => {
  const feed = parseFixture('rdf-10.rdf');

  it('reads items beside the channel, with Dublin Core fields', () => {
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.version, '1.0');
    assert.equal(feed.updated, '2024-03-01T08:00:00.000Z');
    const item = entry(feed, 0);
    assert.equal(item.id, 'https://science.example/papers/1', 'rdf:about is the id');
    assert.equal(item.published, '2024-02-29T23:30:00.000Z', 'dc:date with a zone, in UTC');
    assert.deepEqual(item.authors, ['Ana Souza', 'Lee Park']);
    assert.deepEqual(item.categories, ['Oceans']);
    assert.equal(item.summary, 'A survey of 40 sites.');
  });

  it('keeps content:encoded as HTML with its relative URLs made absolute', () => {
    assert.equal(entry(feed, 0).content, '<p>A survey of <em>40</em> sites <img src="https://fixture.example/img/kelp.jpg"></p>');
  });
});

describe('Atom 0.3', () => {
  const feed = parseFixture('atom-03.xml');

  it('reads version, escaped title, language and dates', () => {
    assert.equal(feed.format, 'atom');
    assert.equal(feed.version, '0.3');
    assert.equal(feed.title, 'Carnet <de> bord', 'an escaped-HTML title becomes its plain text');
    assert.equal(feed.language, 'fr');
    assert.equal(feed.updated, '2004-01-01T12:00:00.000Z');
    assert.equal(entry(feed, 0).published, '2004-01-01T09:00:00.000Z');
    assert.equal(entry(feed, 0).updated, '2004-01-01T11:30:00.000Z', 'W3CDTF without seconds');
  });

  it('resolves links and content URLs against nested xml:base', () => {
    assert.equal(feed.link, 'https://blog.example/');
    assert.equal(entry(feed, 0).link, 'https://blog.example/2004/01/premier.html');
    assert.equal(entry(feed, 0).content, '<p>Voir <a href="https://blog.example/2004/02/suite.html">la suite</a></p>');
  });

  it('escapes plain-text summaries, decodes base64 content and inherits the feed author', () => {
    assert.equal(entry(feed, 0).summary, 'Bonjour &amp; bienvenue');
    assert.equal(entry(feed, 1).content, '<p>Base 64 \u00e9t\u00e9</p>');
    assert.deepEqual(entry(feed, 1).authors, ['Camille']);
  });
});

describe('Atom 1.0 with nested xml:base', () => {
  const feed = parseFixture('atom-10-xml-base.xml');

  it('reads the feed', () => {
    assert.equal(feed.version, '1.0');
    assert.equal(feed.title, 'Notes from the field');
    assert.equal(feed.link, 'https://atom.example/blog/', 'the alternate link, not rel=self');
    assert.equal(feed.description, 'Short &amp; sweet');
  });

  it('unwraps XHTML content and resolves each URL against the base in scope where it sits', () => {
    const item = entry(feed, 0);
    assert.equal(item.link, 'https://atom.example/blog/2024/06/swifts.html');
    assert.equal(item.content, '<p>We counted <strong>214</strong> swifts. <img src="https://atom.example/blog/2024/06/photos/swift.jpg" alt="A swift" /></p>');
    assert.deepEqual(item.enclosures, [{ url: 'https://atom.example/audio/swifts.ogg', type: 'audio/ogg', length: 2048 }]);
    assert.equal(item.published, '2024-06-01T06:00:00.000Z');
    assert.deepEqual(item.categories, ['birds']);
  });
});

describe('JSON Feed 1.0', () => {
  const feed = parseFixture('json-feed-10.json');

  it('reads 1.0 author, attachments and relative URLs', () => {
    assert.equal(feed.format, 'json');
    assert.equal(feed.version, '1.0');
    const item = entry(feed, 0);
    assert.equal(item.link, 'https://nightdesk.example/2024/05/01/storm');
    assert.deepEqual(item.authors, ['Night Desk staff'], 'the feed author when the item has none');
    assert.equal(item.published, '2024-05-02T02:15:00.000Z');
    assert.equal(item.image?.url, 'https://nightdesk.example/img/storm.jpg');
    assert.deepEqual(item.enclosures, [{ url: 'https://nightdesk.example/audio/storm.mp3', type: 'audio/mpeg', length: 123456 }]);
    assert.deepEqual(item.categories, ['weather', 'roads']);
  });

  it('escapes content_text so that content is always HTML', () => {
    assert.equal(entry(feed, 0).content, 'Police say the road &lt;A38&gt; will reopen tomorrow.');
    assert.equal(entry(feed, 1).content, '<p>Council votes on budget</p>');
    assert.deepEqual(entry(feed, 1).authors, ['Ruth Ellis']);
  });
});

describe('a windows-1252 feed that declares UTF-8', () => {
  it('is decoded as windows-1252 because its bytes are not UTF-8', () => {
    const feed = parseFixture('windows-1252-declared-utf8.xml');
    assert.equal(feed.title, 'Caf\u00e9 Society \u2013 Weekly');
    assert.equal(entry(feed, 0).title, '\u201cBest croissant\u201d costs \u20ac3');
    assert.equal(entry(feed, 0).summary, 'Cr\u00e8me br\u00fbl\u00e9e\u2026 and more');
    assert.equal(entry(feed, 0).published, '2024-05-07T06:00:00.000Z');
  });
});

describe('a feed with script in its titles and links', () => {
  const feed = parseFixture('xss-title.xml');

  it('gives titles as plain text, markup and scripts removed', () => {
    assert.equal(feed.title, 'Hostile Feed');
    assert.equal(entry(feed, 0).title, 'Breaking news');
    assert.equal(entry(feed, 1).title, '5 < 6 and AT&T', 'an escaped < in prose is text, not markup');
  });

  it('drops javascript: links', () => {
    assert.equal(feed.link, null);
    assert.equal(entry(feed, 0).link, null);
  });
});

describe('truncated documents', () => {
  it('throws feeds/truncated with the complete items of a cut-off RSS feed', () => {
    const err = throwsCode(() => parseFixture('truncated.xml'), 'feeds/truncated');
    assert.ok(err instanceof FeedTruncatedError);
    assert.equal(err.recovered?.title, 'Cut Short Daily');
    assert.deepEqual(err.recovered?.entries.map((e) => e.title), ['First complete story', 'Second complete story']);
    assert.match(err.message, /cut off.*2 complete entries/);
  });

  it('recovers the complete items of a cut-off JSON Feed', () => {
    const { feed, truncated } = parseFeedRecovering(fixture('truncated.json'), { url: FEED_URL });
    assert.equal(truncated, true);
    assert.deepEqual(feed.entries.map((e) => e.id), ['1']);
  });

  it('has nothing to recover when the cut falls inside the first item', () => {
    const text = '<rss version="2.0"><channel><title>T</title><item><title>half';
    const err = throwsCode(() => parseFeed(text, { url: FEED_URL }), 'feeds/truncated');
    assert.equal((err as FeedTruncatedError).recovered, null);
    assert.throws(() => parseFeedRecovering(text, { url: FEED_URL }), FeedTruncatedError);
  });

  it('accepts a root close tag that only lacks its ">"', () => {
    const feed = parseFeed('<rss version="2.0"><channel><item><title>x</title></item></channel></rss', { url: FEED_URL });
    assert.equal(feed.entries.length, 1);
  });
});

describe('documents that are not feeds', () => {
  it('names the feed an HTML page links to', () => {
    const err = throwsCode(() => parseFixture('html-page.html'), 'feeds/html-page');
    assert.equal(err.message, 'This is an HTML page, not a feed; the page links to a feed at https://fixture.example/feeds/all.xml, try that address');
  });

  it('says what it saw otherwise', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['   \n ', /empty/],
      ['Service Unavailable', /neither XML nor JSON.*Service Unavailable/],
      ['<?xml version="1.0"?><opml version="2.0"><body/></opml>', /OPML/],
      ['<?xml version="1.0"?><sitemap/>', /root element is <sitemap>/],
      ['{"name": "not a feed"}', /JSON that is not a JSON Feed/],
    ];
    for (const [text, message] of cases) {
      const err = throwsCode(() => parseFeed(text, { url: FEED_URL }), 'feeds/not-a-feed');
      assert.match(err.message, message);
    }
  });

  it('calls JSON with a syntax error in the middle malformed', () => {
    throwsCode(() => parseFeed('{"version": "https://jsonfeed.org/version/1", "items": [}, ]}', { url: FEED_URL }), 'feeds/malformed');
  });
});

describe('tolerance', () => {
  it('reads bare ampersands, unclosed tags, undeclared prefixes and a BOM', () => {
    const text = '\ufeff<rss version="2.0"><channel><title>Fish & Chips</title>' +
      '<item><title>One<link>https://a.example/?x=1&y=2</link><dc:creator>Jo</dc:creator><ttl>x</ttl></item></channel></rss>';
    const feed = parseFeed(text, { url: FEED_URL });
    assert.equal(feed.title, 'Fish & Chips');
    assert.equal(entry(feed, 0).link, 'https://a.example/?x=1&y=2');
    assert.deepEqual(entry(feed, 0).authors, ['Jo']);
  });

  it('reads RSS <ttl>, guid permalinks and "email (name)" authors', () => {
    const text = '<rss version="2.0"><channel><ttl>45</ttl><item><guid>https://a.example/p/1</guid>' +
      '<author>jo@a.example (Jo Bloggs)</author><category>A</category><category>A</category></item></channel></rss>';
    const feed = parseFeed(text, { url: FEED_URL });
    assert.equal(feed.ttlMinutes, 45);
    assert.equal(entry(feed, 0).link, 'https://a.example/p/1');
    assert.deepEqual(entry(feed, 0).authors, ['Jo Bloggs']);
    assert.deepEqual(entry(feed, 0).categories, ['A']);
  });

  it('prefers an image media:thumbnail and keeps audio enclosures', () => {
    const text = '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item>' +
      '<enclosure url="https://a.example/a.mp3" type="audio/mpeg" length="10"/>' +
      '<media:thumbnail url="https://a.example/t.jpg"/></item></channel></rss>';
    const item = entry(parseFeed(text, { url: FEED_URL }), 0);
    assert.equal(item.image?.url, 'https://a.example/t.jpg');
    assert.deepEqual(item.enclosures, [{ url: 'https://a.example/a.mp3', type: 'audio/mpeg', length: 10 }]);
  });

  it('flattens deep nesting, refuses absurd nesting quickly, and does not nest text inside unclosed <br>', () => {
    const nested = (depth: number) => `<rss version="2.0"><channel><title>${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)}</title></channel></rss>`;
    assert.equal(parseFeed(nested(2000), { url: FEED_URL }).title, 'deep');
    const started = Date.now();
    throwsCode(() => parseFeed(nested(1_000_000), { url: FEED_URL }), 'feeds/malformed');
    assert.ok(Date.now() - started < 2000, 'refused without walking the whole document');
    const naked = '<rss><channel><item><description>a<br>b<img src="/x.png">c</description></item></channel></rss>';
    assert.equal(entry(parseFeed(naked, { url: FEED_URL }), 0).summary, 'a<br />b<img src="https://fixture.example/x.png" />c');
  });

  it('expands entities declared in the DOCTYPE, within a budget', () => {
    const doctype = (value: string) => `<!DOCTYPE rss [<!ENTITY big "${value}"><!ENTITY id "tag:example.com,">]>`;
    const small = parseFeed(`${doctype('BIG')}<rss version="2.0"><channel><title>&big;</title><item><guid>&id;2006</guid></item></channel></rss>`, { url: FEED_URL });
    assert.equal(small.title, 'BIG');
    assert.equal(entry(small, 0).id, 'tag:example.com,2006');
    const bomb = parseFeed(`${doctype('x'.repeat(100_000))}<rss version="2.0"><channel><title>${'&big;'.repeat(1000)}</title></channel></rss>`, { url: FEED_URL });
    assert.ok((bomb.title?.length ?? 0) < 1_100_000, 'expansion stops at the budget');
  });
});
