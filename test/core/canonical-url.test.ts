import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AMP_PARAMETERS, canonicalUrl, MIRROR_HOST_LABELS, TRACKING_PARAMETER_PREFIXES, TRACKING_PARAMETERS } from '../../src/core/canonical-url.ts';

// [input, expected canonical form]; URLs shaped like the ones outlets' feeds and share buttons give.
const CASES: readonly (readonly [string, string | null])[] = [
  // Scheme and host case, default ports, fragments, credentials.
  ['HTTPS://WWW.BBC.CO.UK/news/world-europe-68000000', 'https://www.bbc.co.uk/news/world-europe-68000000'],
  ['https://www.reuters.com:443/world/europe/story-2024-05-01/', 'https://www.reuters.com/world/europe/story-2024-05-01'],
  ['http://www.npr.org:80/2024/05/01/1234/story', 'http://www.npr.org/2024/05/01/1234/story'],
  ['https://www.npr.org:8443/2024/story', 'https://www.npr.org:8443/2024/story'],
  ['https://apnews.com/article/abc123#comments', 'https://apnews.com/article/abc123'],
  ['https://user:secret@example.com/story', 'https://example.com/story'],
  ['https://www.example.com./story', 'https://www.example.com/story'],
  // `www.` is kept: it is part of the host the outlet chose.
  ['https://theguardian.com/world/2024/may/01/story', 'https://theguardian.com/world/2024/may/01/story'],
  // Tracking parameters of every family.
  ['https://www.nytimes.com/2024/05/01/us/politics/story.html?smid=nytcore-ios-share&referringSource=articleShare', 'https://www.nytimes.com/2024/05/01/us/politics/story.html?referringSource=articleShare'],
  ['https://www.nytimes.com/2024/05/01/world/story.html?partner=rss&emc=rss', 'https://www.nytimes.com/2024/05/01/world/story.html'],
  ['https://www.theguardian.com/politics/2024/may/01/story?CMP=share_btn_tw', 'https://www.theguardian.com/politics/2024/may/01/story'],
  ['https://www.theguardian.com/politics/2024/may/01/story?INTCMP=ILCNETTXT3487', 'https://www.theguardian.com/politics/2024/may/01/story'],
  ['https://www.bbc.co.uk/news/uk-123?at_medium=RSS&at_campaign=KARANGA', 'https://www.bbc.co.uk/news/uk-123'],
  ['https://www.bbc.com/news/world-123?ns_mchannel=social&ns_source=twitter&ns_campaign=bbc_live', 'https://www.bbc.com/news/world-123'],
  ['https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x&UTM_CONTENT=y&utm_term=z', 'https://example.com/a'],
  ['https://example.com/a?fbclid=IwAR0abc&gclid=Cj0K&dclid=1&msclkid=2&igshid=3', 'https://example.com/a'],
  ['https://example.com/a?mc_cid=1a2b&mc_eid=3c4d&_ga=2.1.2.3&_gl=1*abc', 'https://example.com/a'],
  ['https://www.msn.com/en-us/news/world/story/ar-AA1abc?ocid=msedgntp&cvid=99', 'https://www.msn.com/en-us/news/world/story/ar-AA1abc?cvid=99'],
  ['https://edition.cnn.com/2024/05/01/politics/story/index.html?cmpid=rss', 'https://edition.cnn.com/2024/05/01/politics/story/index.html'],
  ['https://www.thetimes.co.uk/article/story-abc?taid=123&region=global', 'https://www.thetimes.co.uk/article/story-abc?region=global'],
  ['https://twitter.com/i/web/status/1?ref_src=twsrc%5Etfw&ref=home', 'https://twitter.com/i/web/status/1'],
  ['https://example.com/a?__twitter_impression=true', 'https://example.com/a'],
  ['https://www.washingtonpost.com/politics/2024/05/01/story/?itid=hp-top-table-main', 'https://www.washingtonpost.com/politics/2024/05/01/story'],
  ['https://www.lemonde.fr/en/international/article/2024/05/01/story_1.html?xtor=RSS-32280322', 'https://www.lemonde.fr/en/international/article/2024/05/01/story_1.html'],
  ['https://example.com/a?WT.mc_id=tw&pk_campaign=x&mtm_source=y', 'https://example.com/a'],
  ['https://finance.yahoo.com/news/story.html?guccounter=1&guce_referrer=aHR0&guce_referrer_sig=AQAA', 'https://finance.yahoo.com/news/story.html'],
  // Parameters that select content stay, sorted by key; repeated keys keep a stable order.
  ['https://www.example.com/search?q=election&page=2', 'https://www.example.com/search?page=2&q=election'],
  ['https://www.example.com/list?tag=b&tag=a&id=7', 'https://www.example.com/list?id=7&tag=a&tag=b'],
  ['https://www.cbsnews.com/video/story/?ftag=CNM-00-10aab7e&intcid=CNM-00-10abd1h', 'https://www.cbsnews.com/video/story?intcid=CNM-00-10abd1h'],
  ['https://www.example.com/story?id=1&', 'https://www.example.com/story?id=1'],
  ['https://www.example.com/story?', 'https://www.example.com/story'],
  ['https://www.example.com/story?utm_source=x', 'https://www.example.com/story'],
  // A parameter whose name merely contains a tracking name stays.
  ['https://www.example.com/story?preference=dark&refresh=1', 'https://www.example.com/story?preference=dark&refresh=1'],
  // AMP paths, suffixes and parameters.
  ['https://www.cnbc.com/amp/2024/05/01/story.html', 'https://www.cnbc.com/2024/05/01/story.html'],
  ['https://www.example.com/news/story-123/amp/', 'https://www.example.com/news/story-123'],
  ['https://www.example.com/news/story-123/AMP', 'https://www.example.com/news/story-123'],
  ['https://www.example.com/news/story-123.amp.html', 'https://www.example.com/news/story-123.html'],
  ['https://www.example.com/news/story-123?amp=1', 'https://www.example.com/news/story-123'],
  ['https://www.example.com/news/story-123?amp', 'https://www.example.com/news/story-123'],
  ['https://www.example.com/news/story-123?_amp=true', 'https://www.example.com/news/story-123'],
  ['https://www.example.com/news/story-123/?outputType=amp', 'https://www.example.com/news/story-123'],
  ['https://www.nzherald.co.nz/arc/outboundfeeds/rss/curated/78/?outputType=xml&_website=nzh', 'https://www.nzherald.co.nz/arc/outboundfeeds/rss/curated/78?_website=nzh&outputType=xml'],
  ['https://amp.theguardian.com/world/2024/may/01/story', 'https://www.theguardian.com/world/2024/may/01/story'],
  ['https://amp.cnn.com/cnn/2024/05/01/politics/story/index.html', 'https://www.cnn.com/cnn/2024/05/01/politics/story/index.html'],
  // Google's AMP cache and viewer unwrap to the publisher's URL, then canonicalise.
  ['https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/world/2024/may/01/story?utm_source=x', 'https://www.theguardian.com/world/2024/may/01/story'],
  ['https://www-example-com.cdn.ampproject.org/v/www.example.com/amp/story', 'http://www.example.com/story'],
  ['https://www.google.com/amp/s/www.bbc.co.uk/news/amp/uk-123', 'https://www.bbc.co.uk/news/uk-123'],
  // Mobile hosts.
  ['https://m.bbc.co.uk/news/uk-123', 'https://www.bbc.co.uk/news/uk-123'],
  ['https://mobile.nytimes.com/2024/05/01/world/story.html', 'https://www.nytimes.com/2024/05/01/world/story.html'],
  ['https://m.washingtontimes.com/news/2024/may/1/story/', 'https://www.washingtontimes.com/news/2024/may/1/story'],
  ['https://m.co/story', 'https://m.co/story'],
  ['https://mobile-news.example.com/story', 'https://mobile-news.example.com/story'],
  // Paths: trailing slashes, doubled slashes, dot segments, percent-encoding case and unreserved characters.
  ['https://www.example.com', 'https://www.example.com/'],
  ['https://www.example.com/', 'https://www.example.com/'],
  ['https://www.example.com/world/', 'https://www.example.com/world'],
  ['https://www.example.com//world///story', 'https://www.example.com/world/story'],
  ['https://www.example.com/a/b/../c/./story', 'https://www.example.com/a/c/story'],
  ['https://www.example.com/%7euser/caf%c3%a9', 'https://www.example.com/~user/caf%C3%A9'],
  ['https://www.example.com/news/Story-Case', 'https://www.example.com/news/Story-Case'],
  ['https://www.example.com/s?q=a%2bb', 'https://www.example.com/s?q=a%2Bb'],
  // International domain names become punycode.
  ['https://bücher.example/story', 'https://xn--bcher-kva.example/story'],
  // Not http(s), or not a URL.
  ['', null],
  ['   ', null],
  ['not a url', null],
  ['/relative/path', null],
  ['ftp://example.com/file', null],
  ['mailto:editor@example.com', null],
  ['javascript:alert(1)', null],
  ['https://', null],
];

test('canonicalUrl: table of real-looking URLs', () => {
  for (const [input, expected] of CASES) {
    assert.equal(canonicalUrl(input), expected, `canonicalUrl(${JSON.stringify(input)})`);
  }
});

test('canonicalUrl: idempotent on every table row', () => {
  for (const [input] of CASES) {
    const once = canonicalUrl(input);
    if (once !== null) assert.equal(canonicalUrl(once), once, `not idempotent for ${input}`);
  }
});

test('canonicalUrl: resolves against a base', () => {
  assert.equal(canonicalUrl('/world/story?utm_source=rss', 'https://www.example.com/news/'), 'https://www.example.com/world/story');
  assert.equal(canonicalUrl('story-2', 'https://www.example.com/news/story-1'), 'https://www.example.com/news/story-2');
  assert.equal(canonicalUrl('//cdn.example.com/x', 'https://www.example.com/'), 'https://cdn.example.com/x');
  assert.equal(canonicalUrl('https://other.example/x', 'https://www.example.com/'), 'https://other.example/x');
  assert.equal(canonicalUrl('/x', 'not a base'), null);
  assert.equal(canonicalUrl('/x', 'ftp://example.com/'), null);
});

test('canonicalUrl: copies of one article collapse to one URL', () => {
  const copies = [
    'https://www.theguardian.com/world/2024/may/01/story',
    'https://www.theguardian.com/world/2024/may/01/story/',
    'https://WWW.THEGUARDIAN.COM/world/2024/may/01/story#comments',
    'https://www.theguardian.com/world/2024/may/01/story?CMP=Share_iOSApp_Other&utm_source=twitter',
    'https://amp.theguardian.com/world/2024/may/01/story',
    'https://www-theguardian-com.cdn.ampproject.org/c/s/amp.theguardian.com/world/2024/may/01/story',
  ];
  assert.deepEqual(new Set(copies.map((url) => canonicalUrl(url))), new Set(['https://www.theguardian.com/world/2024/may/01/story']));
});

test('canonicalUrl: rule tables are sorted, lower-case and free of duplicates', () => {
  for (const table of [TRACKING_PARAMETERS, TRACKING_PARAMETER_PREFIXES, MIRROR_HOST_LABELS, AMP_PARAMETERS.map((entry) => entry.name)]) {
    assert.deepEqual([...table], [...table].sort(), 'sorted');
    assert.equal(new Set(table).size, table.length, 'no duplicates');
    for (const name of table) assert.equal(name, name.toLowerCase(), `${name} is lower case`);
  }
});
