// In-process tests of the HTML pages: what each shows, links, head tags, escaping and 4xx.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, assertNoRawPayload, type WebHarness } from './web-harness.ts';
import { SITE } from './site-fixture.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/web/security-headers.ts';

describe('web pages', () => {
  let h: WebHarness;
  before(async () => {
    h = await openHarness();
  });
  after(async () => h.cleanup());

  async function page(path: string, status = 200): Promise<string> {
    const res = await h.get(path);
    const body = await res.text();
    assert.equal(res.status, status, `${path}: ${body.slice(0, 300)}`);
    assertNoRawPayload(body);
    return body;
  }

  it('front page: site name as heading, ranked stories with kicker, standfirst and coverage bar, feeds announced, sign-up form', async () => {
    const body = await page('/');
    assert.match(body, /<h1>Roundup<\/h1>/);
    const court = body.indexOf('Supreme Court sides with police in two immunity cases');
    const talk = body.indexOf('Commentators weigh a budget deal');
    assert.ok(court > 0 && talk > 0);
    assert.ok(court < talk, 'three-sided recent story ranks above the two-sided older one');
    assert.match(body, /class="kicker">Talking Point</);
    assert.match(body, /<svg class="coverage-bar"/);
    for (const type of ['application/rss\\+xml', 'application/atom\\+xml', 'application/feed\\+json']) assert.match(body, new RegExp(`<link rel="alternate" type="${type}" href="/feed\\.`));
    assert.match(body, /<form method="post" action="\/newsletter\/subscribe"/);
    assert.match(body, /href="\/topics\/supreme-court"/);
    assert.doesNotMatch(body, /harbour fire/, 'a story without a briefing is not on the front page');
  });

  it('every page carries the strict CSP and no inline script or style', async () => {
    for (const path of ['/', `/stories/${h.fixture.stories.court}`, '/about', '/nope']) {
      const res = await h.get(path);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      const body = await res.text();
      assert.doesNotMatch(body, /<script(?![^>]*type="application\/ld\+json")/);
      assert.doesNotMatch(body, /\sstyle=|<style/);
      assert.doesNotMatch(body, /<[a-z][^>]*\son[a-z]+=/i);
    }
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
  });

  it('story page: the house format, sentence links to source passages, sources, related, JSON-LD, OpenGraph, canonical', async () => {
    const { court } = h.fixture.stories;
    const body = await page(`/stories/${court}`);
    for (const part of ['What happened', 'Who said what', 'What next?', 'Sources']) assert.ok(body.includes(`>${part}</h2>`), part);
    assert.match(body, /<h1>Supreme Court sides with police in two immunity cases<\/h1>/);
    assert.match(body, /3 outlets: 1 left, 1 centre, 1 right/);
    const links = [...body.matchAll(/class="src" href="(\/articles\/\d+\?span=\d+-\d+#passage)"/g)].map((m) => m[1]);
    assert.equal(links.length, 5, 'one link per sentence and quote');
    assert.match(body, /<link rel="canonical" href="https:\/\/roundup\.example\/stories\/s1"\/>/);
    assert.match(body, /<meta property="og:type" content="article"\/>/);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(body);
    const json = JSON.parse(ld![1]!) as Record<string, unknown>;
    assert.equal(json['@type'], 'NewsArticle');
    assert.equal(json.headline, 'Supreme Court sides with police in two immunity cases');
    assert.match(body, /<a href="\/outlets\/centre-wire">Centre Wire<\/a>/);
    assert.match(body, /<time datetime="2026-11-20T09:00:00.000Z">20 Nov 2026, 09:00 UTC<\/time>/);
  });

  it('a sentence link opens its passage highlighted in the article', async () => {
    const body = await page(`/stories/${h.fixture.stories.court}`);
    const link = /class="src" href="([^"]+)"/.exec(body)![1]!.replace(/&amp;/g, '&');
    const article = await page(link.replace(/#.*/, ''));
    assert.match(article, /<mark>The Supreme Court ruled on Monday that police officers were shielded from two excessive-force lawsuits.<\/mark>/);
    assert.match(article, /href="\/stories\/s1"/);
  });

  it('story page: a relative day in the standfirst carries its resolved date', async () => {
    const body = await page(`/stories/${h.fixture.stories.talk}`);
    assert.match(body, /<p class="standfirst">Both parties claimed and disowned the compromise as a <time datetime="2026-11-20"[^>]*>Friday<\/time> vote/);
  });

  it('story page with XSS payloads everywhere renders them as text, and drops javascript: links', async () => {
    const body = await page(`/stories/${h.fixture.stories.xss}`);
    assert.match(body, /Payloads &lt;img src=x onerror=/);
    assert.match(body, /\\u003c\/script\\u003e/, 'JSON-LD cannot close its script block');
    assert.doesNotMatch(body, /javascript:/);
  });

  it('a story without a briefing lists its coverage; a merged-away id redirects; an unknown id is a 404', async () => {
    assert.match(await page(`/stories/${h.fixture.stories.bare}`), /A lone report on a harbour fire/);
    assert.match(await page('/stories/no-such-story', 404), /Not found/);
    assert.equal((await h.get(`/stories/${'x'.repeat(5000)}`)).status, 404);
  });

  it('outlet pages: index, perspective with its basis, recent articles, stories covered', async () => {
    assert.match(await page('/outlets'), /href="\/outlets\/right-post">Right Post</);
    const body = await page('/outlets/left-times');
    assert.match(body, /AllSides Media Bias Chart 2024/);
    assert.match(body, /Supreme Court sides with police in immunity cases/);
    assert.match(body, /href="\/stories\/s1"/);
    await page('/outlets/evil');
    await page('/outlets/nobody', 404);
  });

  it('sections by kicker and topic pages list their stories, with feeds; bad page numbers are 4xx', async () => {
    const talk = await page('/sections/talking-point');
    assert.match(talk, /Commentators weigh a budget deal/);
    assert.doesNotMatch(talk, /Supreme Court sides/);
    assert.match(talk, /href="\/sections\/talking-point\/feed\.atom"/);
    const topic = await page('/topics/supreme-court');
    assert.match(topic, /<h1>Supreme Court<\/h1>/);
    assert.match(topic, /href="\/topics\/supreme-court\/feed\.rss"/);
    await page('/sections/nope', 404);
    await page('/topics/nothing-here', 404);
    await page('/sections/speed-read?page=2', 404);
    await page('/sections/speed-read?page=99999999999999999999', 400);
    await page('/sections/speed-read?page=-1', 400);
    await page('/sections/speed-read?page=abc', 400);
  });

  it('about page shows the desk name and description from config', async () => {
    const body = await page('/about');
    assert.match(body, new RegExp(`About ${SITE.name}`));
    assert.ok(body.includes(SITE.description));
  });

  it('article pages: bad ids and spans are 4xx, as HTML or JSON by Accept', async () => {
    await page('/articles/abc', 404);
    await page('/articles/999999', 404);
    await page('/articles/1?span=20-3', 400);
    await page('/articles/1?span=0-999999', 400);
    const res = await h.get('/articles/1?span=x', { accept: 'application/json' });
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'web/bad-span');
  });

  it('unknown paths and methods are 404 pages, never 500', async () => {
    await page('/no/such/page', 404);
    await page('/stories/%E0%A4%A', 404);
    assert.equal((await h.app.request('/', { method: 'DELETE' })).status, 404);
  });

  it('/healthz answers ok with counts, uncached; the stylesheet is served', async () => {
    const res = await h.get('/healthz');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(((await res.json()) as { ok: boolean }).ok, true);
    const icon = await h.get('/assets/icon.svg');
    assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
    assert.equal((await h.get('/favicon.ico')).status, 200);
    const head = await h.app.request('/stories/s1', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    const css = await h.get('/assets/site.css');
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(await css.text(), /\.coverage-bar/);
  });

  it('ETag and 304: a repeated GET with If-None-Match gets 304 without a body', async () => {
    const first = await h.get('/');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const second = await h.get('/', { 'if-none-match': etag });
    assert.equal(second.status, 304);
    assert.equal(await second.text(), '');
    assert.equal((await h.get('/', { 'if-none-match': '"other"' })).status, 200);
  });
});
