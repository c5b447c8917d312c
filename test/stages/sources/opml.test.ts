import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpml, parseOpml, ROUNDUP_OPML_NAMESPACE, type OpmlFeed } from '../../../src/stages/sources/opml.ts';
import { validateOutlet } from '../../../src/stages/sources/outlet-validator.ts';
import { DEFAULT_OUTLETS } from '../../../src/stages/sources/default-outlets.ts';
import { isRoundupError } from '../../../src/core/errors.ts';
import type { Outlet } from '../../../src/core/outlet.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = join(repoRoot, 'test/fixtures/sources');
const rsparser = join(resolve(repoRoot, '../shared/data'), 'feeds/rsparser/Tests/RSParserTests/Resources');
const noSharedData = existsSync(rsparser) ? false : `shared data absent: ${rsparser} not found`;

const FOREIGN = { language: null, outletId: null, outletName: null, homeDomain: null, country: null, perspective: null, perspectiveBasis: null, isWire: null };

const isInvalidOpml = (err: unknown): boolean => isRoundupError(err, 'sources/invalid-opml');

test('parseOpml: flattens nested folders into categories, tolerates missing titles and attribute case, dedupes', () => {
  const feeds = parseOpml(readFileSync(join(fixtures, 'nested.opml'), 'utf8'));
  const expected: OpmlFeed[] = [
    { ...FOREIGN, url: 'https://feeds.bbci.co.uk/news/world/rss.xml', title: 'BBC News - World', htmlUrl: 'https://www.bbc.co.uk/news/world', category: 'News / World news' },
    { ...FOREIGN, url: 'https://www.aljazeera.com/xml/rss/all.xml', title: 'Al Jazeera', htmlUrl: 'https://www.aljazeera.com/', category: 'News / World news', language: 'en' },
    { ...FOREIGN, url: 'https://www.theguardian.com/politics/rss', title: null, htmlUrl: null, category: 'News' },
    { ...FOREIGN, url: 'https://rss.politico.com/politics-news.xml', title: 'Politics & Policy', htmlUrl: null, category: 'News' },
    { ...FOREIGN, url: 'https://feeds.npr.org/1001/rss.xml', title: 'NPR', htmlUrl: null, category: '/Radio/Public' },
  ];
  assert.deepEqual(feeds, expected);
});

test('parseOpml: RSParser Subs.opml (OPML 1.1, title attributes) and SubsNoTitleAttributes.opml (2.0, text only) agree', { skip: noSharedData }, () => {
  const withTitles = parseOpml(readFileSync(join(rsparser, 'Subs.opml'), 'utf8'));
  const withoutTitles = parseOpml(readFileSync(join(rsparser, 'SubsNoTitleAttributes.opml'), 'utf8'));
  assert.ok(withTitles.length > 50, `found ${withTitles.length} feeds`);
  assert.deepEqual(withoutTitles, withTitles);
  const first = withTitles[0];
  assert.deepEqual(first, { ...FOREIGN, url: 'http://daringfireball.net/feeds/main', title: 'Daring Fireball', htmlUrl: 'http://daringfireball.net/', category: null });
  // `htmlUrl=""` means no page, and `&amp;` in an attribute is decoded.
  assert.equal(withTitles.find((feed) => feed.url === 'http://jvns.ca/atom.xml')?.htmlUrl, null);
  assert.ok(withTitles.some((feed) => feed.title === 'chat & code'));
  assert.equal(new Set(withTitles.map((feed) => feed.url)).size, withTitles.length);
  for (const feed of withTitles) assert.match(feed.url, /^https?:\/\//);
});

test('parseOpml: an OPML document with no outlines is empty, not an error', () => {
  assert.deepEqual(parseOpml('<?xml version="1.0"?><opml version="2.0"><head/><body/></opml>'), []);
  assert.deepEqual(parseOpml('<opml version="2.0"><head><title>Empty</title></head><body></body></opml>'), []);
  assert.deepEqual(parseOpml('<opml version="1.0"><body><outline text="Folder only"/></body></opml>'), []);
});

test('parseOpml: garbage is a typed error that says what was found', () => {
  const cases: readonly (readonly [string, RegExp])[] = [
    ['', /not an OPML document/],
    ['just some text', /starts with "just some text"/],
    ['{"opml": true}', /not an OPML document/],
    ['<?xml version="1.0"?><rss version="2.0"><channel/></rss>', /root element is <rss>/],
    ['<!DOCTYPE html><html><body>Login</body></html>', /root element is <html>/],
    ['<?xml version="1.0"?>', /not an OPML document/],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseOpml(text), (err) => isInvalidOpml(err) && message.test((err as Error).message), JSON.stringify(text));
  }
});

test('parseOpml: tolerates an unclosed document as long as it is OPML', () => {
  const feeds = parseOpml('<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/feed"/>');
  assert.deepEqual(feeds.map((feed) => feed.url), ['https://a.example/feed']);
});

const OUTLETS: readonly Outlet[] = [
  { id: 'reuters', name: 'Reuters', homeDomain: 'reuters.com', language: 'en', country: 'INT', perspective: 'centre', perspectiveBasis: 'AllSides Media Bias Rating (2019-10-18 snapshot)', isWire: true },
  { id: 'quotes-and-co', name: 'Quotes "&" <Co>', homeDomain: 'quotes.example', language: 'en-GB', country: 'GB', perspective: 'lean-right', perspectiveBasis: 'Ad Fontes Media, "Skews Right"', isWire: false },
  { id: 'unrated', name: 'Unrated Gazette', homeDomain: 'gazette.example', language: 'fr', country: 'FR', perspective: 'unknown', perspectiveBasis: '', isWire: false },
];
const FEEDS = [
  { outletId: 'reuters', url: 'https://www.reutersagency.com/feed/?best-topics=top-news&post_type=best', title: 'Top news' },
  { outletId: 'quotes-and-co', url: 'https://quotes.example/rss?a=1&b=2', title: null },
  { outletId: 'reuters', url: 'https://www.reutersagency.com/feed/?best-topics=political-general&post_type=best', title: 'Politics' },
  { outletId: 'unrated', url: 'https://gazette.example/feed', title: 'À la une' },
];
const OPTIONS = { title: 'Roundup sources', dateCreated: '2024-05-01T09:00:00Z' };

test('buildOpml: OPML 2.0 with the roundup namespace, one folder per outlet, escaped attributes', () => {
  const xml = buildOpml(OUTLETS, FEEDS, OPTIONS);
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>/);
  assert.ok(xml.includes(`<opml version="2.0" xmlns:roundup="${ROUNDUP_OPML_NAMESPACE}">`));
  assert.match(xml, /<dateCreated>Wed, 01 May 2024 09:00:00 GMT<\/dateCreated>/);
  assert.match(xml, /roundup:perspective="lean-right"/);
  assert.match(xml, /text="Quotes &quot;&amp;&quot; &lt;Co&gt;"/);
  assert.match(xml, /xmlUrl="https:\/\/quotes.example\/rss\?a=1&amp;b=2"/);
  assert.equal((xml.match(/<outline /g) ?? []).length, OUTLETS.length + FEEDS.length);
  // The unrated outlet carries no empty basis attribute.
  assert.ok(!xml.includes('roundup:perspectiveBasis=""'));
});

test('buildOpml -> parseOpml round-trips outlets and feeds', () => {
  const feeds = parseOpml(buildOpml(OUTLETS, FEEDS, OPTIONS));
  // Feeds come back grouped by outlet, in outlet order.
  assert.deepEqual(feeds.map((feed) => feed.url), [FEEDS[0]?.url, FEEDS[2]?.url, FEEDS[1]?.url, FEEDS[3]?.url]);
  assert.deepEqual(feeds.map((feed) => feed.title), ['Top news', 'Politics', 'Quotes "&" <Co>', 'À la une']);
  for (const feed of feeds) {
    const outlet = OUTLETS.find((candidate) => candidate.id === feed.outletId);
    assert.ok(outlet, `outlet of ${feed.url}`);
    assert.equal(feed.category, outlet.name);
    assert.equal(feed.htmlUrl, `https://${outlet.homeDomain}/`);
    const restored = validateOutlet({ ...outletFields(feed), perspectiveBasis: feed.perspectiveBasis ?? undefined });
    assert.deepEqual(restored, outlet);
  }
});

test('buildOpml -> parseOpml round-trips the whole default outlet list', () => {
  const outlets = DEFAULT_OUTLETS.map((outlet) => validateOutlet(outlet));
  const feeds = DEFAULT_OUTLETS.flatMap((outlet) => outlet.feeds.map((url) => ({ outletId: outlet.id, url, title: null })));
  const parsed = parseOpml(buildOpml(outlets, feeds, OPTIONS));
  assert.equal(parsed.length, feeds.length);
  const restored = new Map(parsed.map((feed) => [feed.outletId, validateOutlet(outletFields(feed))]));
  assert.deepEqual([...restored.values()], outlets);
});

test('buildOpml: a feed of an unlisted outlet and an unreadable date are typed errors', () => {
  assert.throws(
    () => buildOpml(OUTLETS, [{ outletId: 'nobody', url: 'https://x.example/feed', title: null }], OPTIONS),
    (err) => isRoundupError(err, 'sources/unknown-outlet') && /nobody/.test((err as Error).message),
  );
  assert.throws(() => buildOpml(OUTLETS, [], { title: 'x', dateCreated: 'yesterday' }), isInvalidOpml);
});

test('buildOpml: an outlet without feeds still gets its folder; no outlets gives an empty body', () => {
  const xml = buildOpml(OUTLETS.slice(0, 1), [], OPTIONS);
  assert.match(xml, /roundup:id="reuters"/);
  assert.deepEqual(parseOpml(xml), []);
  assert.deepEqual(parseOpml(buildOpml([], [], OPTIONS)), []);
});

test('parseOpml: roundup attributes on a flat feed outline, and bad values become null', () => {
  const xml = `<opml version="2.0" xmlns:roundup="${ROUNDUP_OPML_NAMESPACE}"><body>
    <outline text="Flat" xmlUrl="https://flat.example/feed" roundup:id="flat" roundup:perspective="center" roundup:isWire="yes" roundup:country="us"/>
  </body></opml>`;
  const [feed] = parseOpml(xml);
  assert.equal(feed?.outletId, 'flat');
  assert.equal(feed?.outletName, 'Flat');
  assert.equal(feed?.perspective, 'centre');
  assert.equal(feed?.isWire, null);
  assert.equal(feed?.country, 'us');
  assert.equal(feed?.homeDomain, null);
});

// The fields validateOutlet needs, from a parsed feed; absent ones left out so defaults apply.
function outletFields(feed: OpmlFeed): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    id: feed.outletId,
    name: feed.outletName,
    homeDomain: feed.homeDomain,
    language: feed.language,
    country: feed.country,
    perspective: feed.perspective,
    perspectiveBasis: feed.perspectiveBasis,
    isWire: feed.isWire,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}
