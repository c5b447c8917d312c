// Real feeds from the shared corpora (../shared/data/feeds): rss-parser's inputs, checked field
// by field against its expected outputs, and RSParser's resources, where the non-feeds must
// fail with the right code. Skipped with a message when the shared data is absent.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { isRoundupError } from '../../../src/core/errors.ts';
import type { ParsedFeed } from '../../../src/core/feed-entry.ts';
import { FeedTruncatedError, parseFeed } from '../../../src/stages/feeds/index.ts';
import { decodeBody } from '../../../src/stages/fetch/body-decode.ts';
import { sharedPathOrSkip } from './shared-data.ts';

const FEED_URL = 'https://feeds.example.org/feed.xml';

function parseFile(file: string): ParsedFeed {
  return parseFeed(decodeBody(readFileSync(file), null).text, { url: FEED_URL });
}

/** Titles are plain text in Roundup; rss-parser keeps a title's markup and whitespace as given. */
function sameTitle(ours: string | null, theirs: string): boolean {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  const text = collapse(DomUtils.textContent(parseDocument(theirs, { decodeEntities: true })));
  return ours === collapse(theirs) || ours === text || (ours === null && text === '');
}

/** Our links are absolute: theirs as written, or resolved against the feed URL when relative. */
function sameLink(ours: string | null, theirs: string): boolean {
  const trimmed = theirs.trim();
  if (ours === trimmed) return true;
  try {
    return ours === new URL(trimmed, FEED_URL).href;
  } catch {
    return false;
  }
}

/** Whether a date string names its zone, so that Date.parse does not depend on the machine's zone. */
function hasZone(date: string): boolean {
  return /(?:Z|GMT|UTC?|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\s*$/i.test(date.trim());
}

interface Tally {
  checked: number;
  skipped: number;
  mismatches: string[];
}

/** Compares one field; rss-parser read some feeds as UTF-8 that are not (U+FFFD in its output), so those are skipped. */
function check(tally: Tally, what: string, theirs: unknown, same: (theirs: string) => boolean): void {
  if (typeof theirs !== 'string' || theirs.trim() === '') return;
  if (theirs.includes('\ufffd')) {
    tally.skipped++;
    return;
  }
  tally.checked++;
  if (!same(theirs)) tally.mismatches.push(`${what}: expected ${JSON.stringify(theirs).slice(0, 100)}`);
}

interface ExpectedItem {
  title?: string;
  link?: string;
  guid?: string;
  id?: string;
  pubDate?: string;
}

function compareWithRssParser(feed: ParsedFeed, expected: { title?: string; link?: string; items?: ExpectedItem[] }): Tally {
  const tally: Tally = { checked: 0, skipped: 0, mismatches: [] };
  check(tally, 'feed.title', expected.title, (t) => sameTitle(feed.title, t));
  check(tally, 'feed.link', expected.link, (l) => sameLink(feed.link, l));
  const items = expected.items ?? [];
  assert.equal(feed.entries.length, items.length, 'number of items');
  items.forEach((item, i) => {
    const ours = feed.entries[i];
    check(tally, `[${i}].title`, item.title, (t) => sameTitle(ours?.title ?? null, t));
    check(tally, `[${i}].link`, item.link, (l) => sameLink(ours?.link ?? null, l));
    check(tally, `[${i}].guid`, item.guid ?? item.id, (g) => ours?.id === g.trim());
    if (item.pubDate && hasZone(item.pubDate) && !Number.isNaN(Date.parse(item.pubDate))) {
      check(tally, `[${i}].pubDate`, item.pubDate, (d) => (ours?.published ?? ours?.updated) === new Date(d).toISOString());
    }
  });
  return tally;
}

describe('rss-parser corpus (test/input against test/output)', () => {
  it('parses every feed and matches rss-parser on titles, links, guids and dates', (t) => {
    const root = sharedPathOrSkip(t, 'feeds', 'rss-parser-js', 'test');
    if (!root) return;
    const total: Tally = { checked: 0, skipped: 0, mismatches: [] };
    for (const name of readdirSync(path.join(root, 'input')).sort()) {
      const input = path.join(root, 'input', name);
      if (name === 'unrecognized.rss') {
        assert.throws(() => parseFile(input), (err) => isRoundupError(err, 'feeds/html-page'), name);
        continue;
      }
      const feed = parseFile(input);
      const output = path.join(root, 'output', name.replace(/\.\w+$/, '.json'));
      if (!existsSync(output)) {
        assert.ok(feed.entries.length > 0, `${name} has entries`);
        continue;
      }
      const tally = compareWithRssParser(feed, JSON.parse(readFileSync(output, 'utf8')).feed);
      total.checked += tally.checked;
      total.skipped += tally.skipped;
      total.mismatches.push(...tally.mismatches.map((m) => `${name} ${m}`));
    }
    t.diagnostic(`rss-parser corpus: ${total.checked} fields compared, ${total.mismatches.length} differ, ${total.skipped} skipped (rss-parser decoded the feed wrongly)`);
    assert.deepEqual(total.mismatches, []);
    assert.ok(total.checked > 4000, 'the comparison covered the corpus');
  });
});

/** What RSParser's resources must give: a feed, or the error a non-feed gets. */
function expectedOutcome(name: string): 'feed' | 'feeds/html-page' | 'feeds/not-a-feed' | 'feeds/truncated' {
  if (name.endsWith('.html')) return 'feeds/html-page';
  if (name.endsWith('.opml')) return 'feeds/not-a-feed';
  if (name.includes('-partial')) return 'feeds/truncated';
  return 'feed';
}

describe('RSParser corpus (Tests/RSParserTests/Resources)', () => {
  it('parses every feed and names every non-feed', (t) => {
    const root = sharedPathOrSkip(t, 'feeds', 'rsparser', 'Tests', 'RSParserTests', 'Resources');
    if (!root) return;
    let feeds = 0;
    for (const name of readdirSync(root).sort()) {
      const file = path.join(root, name);
      const outcome = expectedOutcome(name);
      if (outcome === 'feed') {
        const feed = parseFile(file);
        assert.ok(feed.title || feed.entries.length > 0, `${name} has content`);
        for (const entry of feed.entries) assert.ok(entry.id || entry.title || entry.summary || entry.content || entry.link, `${name}: every entry has something`);
        feeds++;
      } else {
        assert.throws(() => parseFile(file), (err) => isRoundupError(err, outcome), `${name} -> ${outcome}`);
      }
    }
    t.diagnostic(`RSParser corpus: ${feeds} feeds parsed`);
    assert.equal(feeds, 36, "every .rss, .atom, .xml, .rdf and .json but the partial one");
  });

  it('reads the same items from one site in its different formats', (t) => {
    const root = sharedPathOrSkip(t, 'feeds', 'rsparser', 'Tests', 'RSParserTests', 'Resources');
    if (!root) return;
    const pairs: [string, string, ReadonlyArray<'title' | 'link' | 'published'>][] = [
      ['allthis.atom', 'allthis.json', ['title', 'link', 'published']],
      ['scriptingNews.rss', 'ScriptingNews.json', ['title', 'link', 'published']],
      // Daring Fireball's Atom alternate link is the linked article; its JSON url is the permalink.
      ['DaringFireball.atom', 'DaringFireball.json', ['title', 'published']],
    ];
    for (const [a, b, fields] of pairs) {
      const first: ParsedFeed = parseFile(path.join(root, a));
      const second: ParsedFeed = parseFile(path.join(root, b));
      assert.equal(first.entries.length, second.entries.length, `${a} / ${b}`);
      first.entries.forEach((entry, i) => {
        for (const field of fields) assert.equal(entry[field], second.entries[i]?.[field], `${a} / ${b} [${i}].${field}`);
      });
    }
  });

  it('recovers the complete items of the cut-off JSON Feed', (t) => {
    const root = sharedPathOrSkip(t, 'feeds', 'rsparser', 'Tests', 'RSParserTests', 'Resources');
    if (!root) return;
    try {
      parseFile(path.join(root, 'allthis-partial.json'));
      assert.fail('a truncated feed throws');
    } catch (err) {
      assert.ok(err instanceof FeedTruncatedError);
      assert.equal(err.recovered?.title, 'And now it\u2019s all this');
      assert.ok((err.recovered?.entries.length ?? 0) >= 1);
    }
  });

  it('decodes the GB2312-declared feed', (t) => {
    const root = sharedPathOrSkip(t, 'feeds', 'rsparser', 'Tests', 'RSParserTests', 'Resources');
    if (!root) return;
    const decoded = decodeBody(readFileSync(path.join(root, 'kc0011.rss')), null);
    assert.equal(decoded.charset, 'gb18030');
    assert.match(parseFeed(decoded.text, { url: FEED_URL }).title ?? '', /^\u6295\u8d44\u8d44\u8baf\u7f51/);
  });
});

describe('robustness on damaged real feeds', () => {
  it('never crashes: cut, spliced or salted documents parse or throw a RoundupError', (t) => {
    const roots = [
      sharedPathOrSkip(t, 'feeds', 'rss-parser-js', 'test', 'input'),
      sharedPathOrSkip(t, 'feeds', 'rsparser', 'Tests', 'RSParserTests', 'Resources'),
    ];
    if (roots.some((root) => root === null)) return;
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const crashes: string[] = [];
    let documents = 0;
    for (const root of roots as string[]) {
      for (const name of readdirSync(root).sort()) {
        const text = decodeBody(readFileSync(path.join(root, name)), null).text;
        for (let k = 0; k < 12; k++) {
          const [a, b] = [Math.floor(random() * text.length), Math.floor(random() * text.length)];
          const damaged = k % 3 === 0 ? text.slice(0, a)
            : k % 3 === 1 ? `${text.slice(0, a)}<&"'${text.slice(a)}`
            : text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b));
          documents++;
          try {
            parseFeed(damaged, { url: FEED_URL });
          } catch (err) {
            if (!isRoundupError(err)) crashes.push(`${name} (variant ${k}): ${String(err)}`);
          }
        }
      }
    }
    t.diagnostic(`${documents} damaged documents, ${crashes.length} crashes`);
    assert.deepEqual(crashes, []);
  });
});
