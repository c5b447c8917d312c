// /api/v1/stories and /api/v1/briefings: cursor-paged listings, one story, its briefing and articles.
import type { Context } from 'hono';
import type { StoredStory } from '../../ports/store.ts';
import { notFound } from '../http-error.ts';
import { decodeCursor, encodeCursor, type StoryCursor } from '../format/page-cursor.ts';
import { limitParam } from '../format/query-params.ts';
import type { RouteRegistrar, WebContext } from '../web-context.ts';
import { API, articleJson, briefingJson, pageJson, storyJson } from './api-serializers.ts';

/** Default and largest page sizes of API listings. */
export const API_PAGE = { fallback: 20, max: 100 } as const;

/** Listing options from the query: limit, cursor and the multi-source filter. */
function listing(c: Context): { limit: number; before?: StoryCursor; multiSourceOnly: boolean } {
  const limit = limitParam(c.req.query('limit'), API_PAGE.fallback, API_PAGE.max);
  const cursor = c.req.query('cursor');
  const multiSourceOnly = c.req.query('multiSource') === 'true';
  return cursor ? { limit, before: decodeCursor(cursor), multiSourceOnly } : { limit, multiSourceOnly };
}

/** The story of an id (following merges), or a 404. */
async function storyOr404(ctx: WebContext, id: string): Promise<StoredStory> {
  const story = id.length <= 200 ? await ctx.store.getStory(id) : null;
  if (!story) throw notFound('story', id);
  return story;
}

/** The next-page cursor: after the last of a full page, null on a short one. */
function nextCursor(last: StoredStory | null | undefined, full: boolean): string | null {
  return full && last ? encodeCursor({ lastSeen: last.lastSeen, id: last.id }) : null;
}

/** GET /api/v1/stories[...], GET /api/v1/briefings */
export const registerStoryApi: RouteRegistrar = (app, ctx) => {
  app.get(`${API}/stories`, async (c) => {
    const opts = listing(c);
    const stories = await ctx.store.listStories(opts);
    return c.json(pageJson(stories.map(storyJson), nextCursor(stories.at(-1), stories.length === opts.limit)));
  });
  app.get(`${API}/stories/:id`, async (c) => c.json(storyJson(await storyOr404(ctx, c.req.param('id')))));
  app.get(`${API}/stories/:id/briefing`, async (c) => {
    const story = await storyOr404(ctx, c.req.param('id'));
    const stored = await ctx.store.getBriefing(story.id);
    if (!stored) throw notFound('briefing for story', story.id);
    return c.json(briefingJson(stored));
  });
  app.get(`${API}/stories/:id/articles`, async (c) => {
    const story = await storyOr404(ctx, c.req.param('id'));
    const members = await ctx.store.listStoryMembers(story.id);
    return c.json({ story: story.id, items: members.map((m) => ({ ...articleJson(m.article, false), duplicateOf: m.duplicateOf, duplicateKind: m.duplicateKind })) });
  });
  app.get(`${API}/briefings`, async (c) => {
    const opts = listing(c);
    const briefings = await ctx.store.listBriefings(opts);
    const last = briefings.at(-1);
    // The cursor is the story's place in the listing, which the briefing itself does not carry.
    const lastStory = last && briefings.length === opts.limit ? await ctx.store.getStory(last.briefing.story) : null;
    return c.json(pageJson(briefings.map(briefingJson), nextCursor(lastStory, true)));
  });
};
