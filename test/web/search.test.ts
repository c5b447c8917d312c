// Search: FTS5 ranking with highlighted snippets, stories ahead of articles, filters, its feed
// announced, and every malformed input a 4xx.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, assertNoRawPayload, type WebHarness } from './web-harness.ts';

describe('search', () => {
  let h: WebHarness;
  before(async () => {
    h = await openHarness();
  });
  after(async () => h.cleanup());

  async function search(qs: string, status = 200): Promise<string> {
    const res = await h.get(`/search?${qs}`);
    const body = await res.text();
    assert.equal(res.status, status, body.slice(0, 300));
    assertNoRawPayload(body);
    return body;
  }

  it('finds stories and articles, with matched words marked', async () => {
    const body = await search('q=supreme+court');
    assert.match(body, /href="\/stories\/s1"/);
    assert.match(body, /<mark>Supreme<\/mark> <mark>Court<\/mark>/);
    assert.match(body, /<link rel="alternate" type="application\/rss\+xml" href="\/search\/feed\.rss\?q=supreme\+court"/);
    assert.match(body, /<meta name="robots" content="noindex"\/>/);
  });

  it('an empty query shows the form only', async () => {
    const body = await search('');
    assert.match(body, /<form method="get" action="\/search" class="filters"/);
    assert.doesNotMatch(body, /id="article-hits"/);
  });

  it('filters by outlet, perspective and date', async () => {
    const byOutlet = await search('q=supreme&outlet=right-post');
    assert.match(byOutlet, /Justices back police officers/);
    assert.doesNotMatch(byOutlet, /Court backs officers in two cases/);
    const byPerspective = await search('q=supreme&perspective=centre');
    assert.match(byPerspective, /Court backs officers in two cases/);
    assert.doesNotMatch(byPerspective, /Justices back police officers/);
    assert.match(await search('q=supreme&from=2026-11-20&to=2026-11-20'), /Justices back police officers/);
    assert.match(await search('q=supreme&from=2026-11-21'), /No article matches/);
  });

  it('search syntax is plain text: operators, quotes and brackets never fail', async () => {
    for (const q of ['"unbalanced', 'NEAR(a b', 'a OR AND NOT', '***', 'title:x', '^-+()', '<script>window.__xss=1</script>']) await search(`q=${encodeURIComponent(q)}`);
  });

  it('malformed parameters are 400, as HTML or JSON by Accept', async () => {
    await search(`q=${'x'.repeat(201)}`, 400);
    await search('q=a&from=2026-13-45', 400);
    await search('q=a&from=yesterday', 400);
    await search('q=a&from=2026-11-21&to=2026-11-20', 400);
    await search('q=a&perspective=sideways', 400);
    await search('q=a&outlet=nobody', 400);
    await search('q=%E0%A4%A', 200);
    const res = await h.get('/search?q=a&perspective=x', { accept: 'application/json' });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'web/bad-perspective');
  });
});
