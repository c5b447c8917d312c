// The pure formatting helpers of the website.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { snippetParts } from '../../src/web/format/snippet-marks.ts';
import { slugify } from '../../src/web/format/topic-slug.ts';
import { safeHref } from '../../src/web/format/safe-href.ts';
import { formatTime } from '../../src/web/format/time-format.ts';
import { rankStories } from '../../src/web/format/story-rank.ts';
import { decodeCursor, encodeCursor } from '../../src/web/format/page-cursor.ts';
import { passageOf, parseSpan } from '../../src/web/routes/article-route.tsx';
import { jsonLdText } from '../../src/web/views/page-layout.tsx';
import { coverageSummary, blindspotLabel } from '../../src/web/views/coverage-bar.tsx';
import { dateSpans } from '../../src/web/views/briefing-view.tsx';
import { escapeXml } from '../../src/web/feeds/xml-text.ts';
import type { StoredBriefing } from '../../src/ports/store.ts';
import type { Briefing } from '../../src/core/briefing.ts';

describe('web format helpers', () => {
  it('snippet marks become runs; stray brackets stay text', () => {
    assert.deepEqual(snippetParts('a [b] c [d'), [{ text: 'a ', marked: false }, { text: 'b', marked: true }, { text: ' c [d', marked: false }]);
  });

  it('slugs, safe links, times', () => {
    assert.equal(slugify('Côte d’Ivoire & the U.N.'), 'cote-d-ivoire-the-u-n');
    assert.equal(safeHref('javascript:alert(1)'), null);
    assert.equal(safeHref('data:text/html,x'), null);
    assert.equal(safeHref('not a url'), null);
    assert.equal(safeHref('https://a.example/x?y=1'), 'https://a.example/x?y=1');
    assert.equal(formatTime('2026-11-20T09:05:00.000Z'), '20 Nov 2026, 09:05 UTC');
    assert.equal(formatTime('garbage'), 'garbage');
  });

  it('ranking weighs breadth of coverage against age', () => {
    const b = (story: string, outlets: number, sides: [number, number, number], hoursAgo: number): StoredBriefing => ({
      version: 1,
      composedAt: new Date(Date.parse('2026-11-20T12:00:00Z') - hoursAgo * 3_600_000).toISOString(),
      briefing: { story, sources: Array.from({ length: outlets }, (_, i) => ({ outlet: `o${i}` })), coverage: { left: sides[0], center: sides[1], right: sides[2], unknown: 0, blindspot: null }, updated: null } as unknown as Briefing,
    });
    const now = Date.parse('2026-11-20T12:00:00Z');
    const ranked = rankStories([b('fresh-narrow', 1, [1, 0, 0], 1), b('fresh-broad', 6, [2, 2, 2], 2), b('old-broad', 6, [2, 2, 2], 72)], now);
    assert.deepEqual(ranked.map((r) => r.briefing.story), ['fresh-broad', 'fresh-narrow', 'old-broad']);
  });

  it('cursors round-trip and reject tampering', () => {
    const c = { lastSeen: '2026-11-20T12:00:00.000Z', id: 'abc' };
    assert.deepEqual(decodeCursor(encodeCursor(c)), c);
    for (const bad of ['', '!!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["nope","x"]').toString('base64url'), 'x'.repeat(500)]) {
      assert.throws(() => decodeCursor(bad), (e: { status?: number }) => e.status === 400);
    }
  });

  it('passages: the span marked with context at word edges; bad spans are 400', () => {
    const text = 'One two three. Four five six. Seven eight nine.';
    const p = passageOf(text, { start: 15, end: 29 });
    assert.equal(p.marked, 'Four five six.');
    assert.equal(p.before + p.marked + p.after, text);
    assert.equal(parseSpan(undefined, 10), null);
    for (const bad of ['5-5', '9-3', '0-11', 'a-b', '-1-3', '1e3-2e3']) assert.throws(() => parseSpan(bad, 10), (e: { status?: number }) => e.status === 400, bad);
  });

  it('JSON-LD text cannot close its script element', () => {
    const text = jsonLdText({ a: '</script><script>x</script>', b: '\u2028' });
    assert.doesNotMatch(text, /<|>/);
    assert.deepEqual(JSON.parse(text), { a: '</script><script>x</script>', b: '\u2028' });
  });

  it('coverage words and blindspot labels', () => {
    assert.equal(coverageSummary({ left: 2, center: 0, right: 1, unknown: 1, blindspot: null }), '4 outlets: 2 left, 1 right, 1 unrated');
    assert.equal(blindspotLabel({ left: 5, center: 1, right: 0, unknown: 0, blindspot: 'right' }), 'Blindspot: barely covered by the right');
  });

  it('resolved dates inside a sentence: only valid, ordered, non-overlapping spans', () => {
    const sentence = { text: 'They met on Monday and again Friday.', sources: [], dates: [{ start: 29, end: 35, date: '2026-11-20' }, { start: 12, end: 18, date: '2026-11-16' }, { start: 14, end: 20, date: 'x' }, { start: 30, end: 99, date: '2026-01-01' }] };
    assert.deepEqual(dateSpans(sentence).map((d) => sentence.text.slice(d.start, d.end)), ['Monday', 'Friday']);
  });

  it('XML escaping drops characters XML forbids', () => {
    assert.equal(escapeXml('a\u0001<b>&"\''), 'a&lt;b&gt;&amp;&quot;&apos;');
  });
});
