// /api/v1/articles, /api/v1/outlets and /api/v1/search.
import { numericId, limitParam } from '../format/query-params.ts';
import { decodeOffset, encodeOffset } from '../format/page-cursor.ts';
import { notFound } from '../http-error.ts';
import { parseSearchParams, runSearch } from '../search-run.ts';
import type { RouteRegistrar } from '../web-context.ts';
import { API, articleJson, briefingJson, hitJson, outletJson, pageJson } from './api-serializers.ts';
import { API_PAGE } from './story-api.ts';

/** Deepest article offset a cursor may reach: the Store lists articles by limit only, so deeper pages cost more. */
export const MAX_ARTICLE_OFFSET = 10_000;

/** GET /api/v1/articles[/:id], /api/v1/outlets[/:id], /api/v1/search */
export const registerArticleApi: RouteRegistrar = (app, ctx) => {
  app.get(`${API}/articles`, async (c) => {
    const limit = limitParam(c.req.query('limit'), API_PAGE.fallback, API_PAGE.max);
    const cursor = c.req.query('cursor');
    const offset = cursor ? decodeOffset(cursor, MAX_ARTICLE_OFFSET) : 0;
    const outletId = c.req.query('outlet');
    if (outletId !== undefined && !(await ctx.store.getOutlet(outletId))) throw notFound('outlet', outletId);
    const rows = await ctx.store.listArticles(outletId ? { limit: offset + limit + 1, outletId } : { limit: offset + limit + 1 });
    const items = rows.slice(offset, offset + limit);
    const more = rows.length > offset + limit && offset + limit <= MAX_ARTICLE_OFFSET;
    return c.json(pageJson(items.map((a) => articleJson(a, false)), more ? encodeOffset(offset + limit) : null));
  });
  app.get(`${API}/articles/:id`, async (c) => {
    const id = numericId(c.req.param('id'), 'article');
    const article = await ctx.store.getArticle(id);
    if (!article) throw notFound('article', String(id));
    return c.json({ ...articleJson(article, true), story: await ctx.store.storyOfArticle(article.id) });
  });
  app.get(`${API}/outlets`, async (c) => c.json({ items: (await ctx.reader.outletIndex()).outlets.map(outletJson) }));
  app.get(`${API}/outlets/:id`, async (c) => {
    const outlet = await ctx.store.getOutlet(c.req.param('id'));
    if (!outlet) throw notFound('outlet', c.req.param('id'));
    return c.json(outletJson(outlet));
  });
  app.get(`${API}/search`, async (c) => {
    const snap = await ctx.reader.outletIndex();
    const p = parseSearchParams((n) => c.req.query(n), new Set(snap.outlets.map((o) => o.id)));
    const results = await runSearch(ctx, p, snap.outletByKey);
    return c.json({ query: p.q, stories: results.stories.map(briefingJson), articles: results.articles.map((h) => hitJson(h.hit)) });
  });
};
