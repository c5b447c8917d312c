import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homeDomainOf, SERVICE_HOST_LABELS, slugifyOutletName } from '../../../src/stages/sources/outlet-names.ts';
import { isRoundupError } from '../../../src/core/errors.ts';

test('slugifyOutletName: lower-case, hyphenated, accents folded, ampersands spelled, apostrophes joined', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Reuters', 'reuters'],
    ['The Irish Times', 'the-irish-times'],
    ['RTÉ News', 'rte-news'],
    ['Le Monde in English', 'le-monde-in-english'],
    ['Politics & Policy', 'politics-and-policy'],
    ["Mother's Weekly", 'mothers-weekly'],
    ['Today\u2019s Paper', 'todays-paper'],
    ['Democracy Now!', 'democracy-now'],
    ['news.com.au', 'news-com-au'],
    ['  ABC News (Australia)  ', 'abc-news-australia'],
    ['France 24', 'france-24'],
    ['Süddeutsche Zeitung', 'suddeutsche-zeitung'],
    ['TheJournal.ie', 'thejournal-ie'],
  ];
  for (const [name, slug] of cases) assert.equal(slugifyOutletName(name), slug, name);
});

test('slugifyOutletName: a name with no Latin letters or digits is a typed error', () => {
  for (const name of ['', '   ', '!!!', 'الجزيرة', '新华社']) {
    assert.throws(() => slugifyOutletName(name), (err) => isRoundupError(err, 'sources/invalid-outlet'), JSON.stringify(name));
  }
});

test('homeDomainOf: strips one or more leading service labels and keeps at least two labels', () => {
  const cases: readonly (readonly [string, string | null])[] = [
    ['https://www.reuters.com/world/', 'reuters.com'],
    ['https://feeds.npr.org/1001/rss.xml', 'npr.org'],
    ['https://rss.nytimes.com/services/xml/rss/nyt/HomePage.xml', 'nytimes.com'],
    ['http://rss.cnn.com/rss/cnn_topstories.rss', 'cnn.com'],
    ['https://m.bbc.co.uk/news', 'bbc.co.uk'],
    ['https://amp.theguardian.com/world', 'theguardian.com'],
    ['https://mobile.nytimes.com/', 'nytimes.com'],
    ['https://www.m.example.com/', 'example.com'],
    ['https://WWW.Example.COM./x', 'example.com'],
    ['https://theguardian.com/uk', 'theguardian.com'],
    // No sibling-domain mapping: the BBC's feed host is its own registrable domain.
    ['https://feeds.bbci.co.uk/news/rss.xml', 'bbci.co.uk'],
    // Labels that are part of the outlet's name are kept.
    ['https://news.sky.com/world', 'news.sky.com'],
    ['https://timesofindia.indiatimes.com/rssfeedstopstories.cms', 'timesofindia.indiatimes.com'],
    ['https://www.com/', 'www.com'],
    ['https://m.co/', 'm.co'],
    ['http://localhost:8080/feed', 'localhost'],
    ['not a url', null],
    ['', null],
  ];
  for (const [url, domain] of cases) assert.equal(homeDomainOf(url), domain, url);
});

test('SERVICE_HOST_LABELS: sorted and lower case', () => {
  assert.deepEqual([...SERVICE_HOST_LABELS], [...SERVICE_HOST_LABELS].sort());
  for (const label of SERVICE_HOST_LABELS) assert.equal(label, label.toLowerCase());
});
