// The Expect-line translator itself: it must not pass or skip things by accident.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParsedFeed } from '../../../src/core/feed-entry.ts';
import { evaluateExpect, timeTuple, Unsupported } from './feedparser-expect.ts';

const FEED: ParsedFeed = {
  format: 'rss', version: '2.0', title: 'Example <feed>', link: 'http://example.com/', description: '<p>Hi</p>',
  language: 'en', updated: null, ttlMinutes: 60,
  entries: [{
    id: 'abc', title: 'Item', link: 'http://example.com/1', published: '2004-01-01T19:48:21.000Z', updated: null,
    authors: ['Jo'], summary: 'History of the &lt;blink&gt; tag', content: null, categories: ['a', 'b'], image: null,
    enclosures: [{ url: 'http://example.com/a.mp3', type: 'audio/mpeg', length: 100 }],
  }],
};

const holds = (expect: string) => evaluateExpect(expect, { feed: FEED, encoding: 'utf-8' });

describe('evaluateExpect', () => {
  it('evaluates comparisons, and/or/not, literals and calls', () => {
    assert.equal(holds(`not bozo and feed['title'] == u'Example <feed>'`), true);
    assert.equal(holds(`feed['title'] == 'Other'`), false);
    assert.equal(holds(`version == 'rss20' and encoding == 'utf-8'`), true);
    assert.equal(holds(`len(entries) == 1 and len(entries[0]['tags']) == 2 and entries[0].tags[1].term == 'b'`), true);
    assert.equal(holds(`entries[0]['published_parsed'] == (2004, 1, 1, 19, 48, 21, 3, 1, 0)`), true);
    assert.equal(holds(`entries[0]['enclosures'][0] == {'href': 'http://example.com/a.mp3', 'length': '100', 'type': 'audio/mpeg'}`), true);
    assert.equal(holds(`not entries[0].has_key('content') and entries[0].get('content', None) == None`), false, 'content is a known, empty list');
    assert.equal(holds(`feed['ttl'] == '60' and "\\x41" == 'A' and ord(u'\\u2019') == 8217`), true);
  });

  it('compares by meaning where the model differs in form', () => {
    assert.equal(holds(`entries[0]['summary'] == 'History of the <blink> tag'`), true, 'escaped plain text');
    assert.equal(holds(`feed['description'] == '<p>Hi</p>'`), true);
    assert.equal(holds(`entries[0]['author'] == 'Jo (jo@example.com)'`), true);
  });

  it('treats a missing value we model as false, and a field we do not model as Unsupported', () => {
    assert.equal(holds(`entries[1]['title'] == 'x'`), false);
    assert.throws(() => holds(`feed['generator'] == 'x'`), Unsupported);
    assert.throws(() => holds(`entries[3]['media_thumbnail'] == 'x'`), Unsupported);
    assert.throws(() => holds('bozo'), Unsupported);
  });

  it('fails every expectation about the feed when parsing failed', () => {
    assert.equal(evaluateExpect(`feed['title'] == 'x'`, { feed: null, encoding: null }), false);
  });

  it('converts ISO dates to Python time tuples', () => {
    assert.deepEqual(timeTuple('2003-12-31T10:14:55.000Z'), [2003, 12, 31, 10, 14, 55, 2, 365, 0]);
  });
});
