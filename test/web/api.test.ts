// The JSON API: cursor pagination to the end, ETags, 4xx as JSON, merged ids, and an OpenAPI 3.1
// document that describes exactly the routes the app serves.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness, type WebHarness } from './web-harness.ts';

type Page = { items: { id?: string | number; story?: string }[]; next: string | null };

describe('JSON API', () => {
  let h: WebHarness;
  before(async () => {
    h = await openHarness();
  });
  after(async () => h.cleanup());

  async function json<T>(path: string, status = 200): Promise<T> {
    const res = await h.get(path);
    assert.equal(res.status, status, path);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    return (await res.json()) as T;
  }

  /** Follows `next` cursors to the end and returns every item's key. */
  async function walk(path: string, key: (i: Page['items'][number]) => unknown): Promise<unknown[]> {
    const seen: unknown[] = [];
    let url: string | null = path;
    for (let guard = 0; url && guard < 50; guard++) {
      const page: Page = await json<Page>(url);
      seen.push(...page.items.map(key));
      url = page.next ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(page.next)}` : null;
    }
    return seen;
  }

  it('stories, briefings and articles page with cursors, without repeats or gaps', async () => {
    const stories = await walk('/api/v1/stories?limit=1', (i) => i.id);
    assert.equal(stories.length, 4);
    assert.equal(new Set(stories).size, 4);
    assert.deepEqual(await walk('/api/v1/stories?limit=2&multiSource=true', (i) => i.id), ['s4', 's1', 's7'].filter((id) => stories.includes(id)).sort((a, b) => stories.indexOf(a) - stories.indexOf(b)));
    const briefings = await walk('/api/v1/briefings?limit=2', (i) => i.story);
    assert.equal(briefings.length, 3);
    const articles = await walk('/api/v1/articles?limit=3', (i) => i.id);
    assert.equal(articles.length, 8);
    assert.equal(new Set(articles).size, 8);
    assert.equal((await walk('/api/v1/articles?outlet=left-times&limit=2', (i) => i.id)).length, 3);
  });

  it('one story, its briefing and its articles; an article with its text and story', async () => {
    const story = await json<{ id: string; outlets: string[]; links: { briefing: string } }>('/api/v1/stories/s1');
    assert.deepEqual(story.outlets, ['left-times', 'centre-wire', 'right-post']);
    const b = await json<{ version: number; briefing: { headline: string; whatHappened: { sources: unknown[] }[] } }>(story.links.briefing);
    assert.equal(b.version, 1);
    assert.match(b.briefing.headline, /Supreme Court/);
    assert.ok(b.briefing.whatHappened[0]!.sources.length > 0);
    assert.equal((await json<{ items: unknown[] }>('/api/v1/stories/s1/articles')).items.length, 3);
    const article = await json<{ text: string; story: string }>('/api/v1/articles/1');
    assert.equal(article.story, 's1');
    assert.match(article.text, /excessive-force/);
    assert.equal((await json<{ items: unknown[] }>('/api/v1/outlets')).items.length, 4);
    assert.equal((await json<{ perspective: string }>('/api/v1/outlets/right-post')).perspective, 'right');
  });

  it('search returns stories and marked article hits', async () => {
    const r = await json<{ stories: { story: string }[]; articles: { snippet: string }[] }>('/api/v1/search?q=budget');
    assert.deepEqual(r.stories.map((s) => s.story), ['s7']);
    assert.match(r.articles[0]!.snippet, /\[budget\]/i);
  });

  it('bad input is a JSON 4xx with a stable code, never a 500', async () => {
    const cases: [string, number, string][] = [
      ['/api/v1/stories?cursor=garbage', 400, 'web/bad-cursor'],
      ['/api/v1/stories?cursor=WyJ4IiwieSJd', 400, 'web/bad-cursor'],
      ['/api/v1/stories?limit=0', 400, 'web/bad-limit'],
      ['/api/v1/stories?limit=100000', 400, 'web/bad-limit'],
      ['/api/v1/articles?cursor=eyJvIjo5OTk5OTk5OX0', 400, 'web/bad-cursor'],
      ['/api/v1/articles?outlet=nobody', 404, 'web/not-found'],
      ['/api/v1/stories/nope', 404, 'web/not-found'],
      ['/api/v1/stories/s8/briefing', 404, 'web/not-found'],
      ['/api/v1/articles/0', 404, 'web/not-found'],
      ['/api/v1/articles/99999999999999999999', 404, 'web/not-found'],
      ['/api/v1/outlets/%E0%A4%A', 404, 'web/not-found'],
      ['/api/v1/search?q=a&to=nope', 400, 'web/bad-date'],
      ['/api/v1/nothing', 404, 'web/not-found'],
    ];
    for (const [path, status, code] of cases) {
      const body = await json<{ error: { code: string; status: number } }>(path, status);
      assert.equal(body.error.code, code, path);
    }
  });

  it('ETag and 304 on API responses', async () => {
    const first = await h.get('/api/v1/stories');
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    const again = await h.get('/api/v1/stories', { 'if-none-match': `W/${etag}` });
    assert.equal(again.status, 304);
  });

  it('the OpenAPI 3.1 document describes every API route, and each described path answers', async () => {
    const doc = await json<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>('/api/v1/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    const served = new Set(h.app.routes.filter((r) => r.path.startsWith('/api/v1/')).map((r) => r.path.replace('/api/v1', '').replace(/:(\w+)/g, '{$1}')));
    assert.deepEqual([...served].sort(), Object.keys(doc.paths).sort());
    const sample: Record<string, string> = { id: 's1' };
    for (const path of Object.keys(doc.paths)) {
      const url = `/api/v1${path.replace('{id}', path.startsWith('/articles') ? '1' : path.startsWith('/outlets') ? 'evil' : sample.id!)}`;
      assert.equal((await h.get(url)).status, 200, url);
    }
    for (const m of JSON.stringify(doc).matchAll(/"#\/components\/schemas\/(\w+)"/g)) assert.ok(doc.components.schemas[m[1]!], m[1]);
  });

  it('a story merged into another resolves to it: the API answers with the live id, the page redirects', async () => {
    const store = h.store;
    const court = await store.getStory('s1');
    const members = await store.listStoryMembers('s1');
    const art = await store.getArticle(1);
    // Re-record the first member into a fresh story 'gone', then merge 'gone' back into s1.
    await store.recordStoryUpdate({ articleId: art!.id, storyId: 'gone', duplicateOf: null, duplicateKind: null, score: 0, language: 'eng', merges: [], story: { id: 'gone', language: 'eng', articleIds: [String(art!.id)], outlets: ['left-times'], headline: 'x', firstSeen: Date.parse(court!.firstSeen), lastSeen: Date.parse(court!.firstSeen), multiSource: false } });
    await store.recordStoryUpdate({ articleId: art!.id, storyId: 's1', duplicateOf: null, duplicateKind: null, score: 1, language: 'eng', merges: [{ into: 's1', from: 'gone', articleIds: [String(art!.id)], at: Date.parse(court!.lastSeen), score: 0.9 }], story: { id: 's1', language: 'eng', articleIds: members.map((m) => String(m.article.id)), outlets: [...court!.outlets], headline: court!.headline, firstSeen: Date.parse(court!.firstSeen), lastSeen: Date.parse(court!.lastSeen), multiSource: true } });
    assert.equal((await json<{ id: string }>('/api/v1/stories/gone')).id, 's1');
    const page = await h.get('/stories/gone');
    assert.equal(page.status, 301);
    assert.equal(page.headers.get('location'), '/stories/s1');
  });
});
