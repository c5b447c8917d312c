/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Section pages (one per kicker) and topic pages: recent briefings filtered, paged by number.
import type { StoredBriefing } from '../../ports/store.ts';
import { notFound } from '../http-error.ts';
import { sectionBySlug } from '../format/kicker-sections.ts';
import { briefingsOfTopic, termsOf } from '../format/briefing-terms.ts';
import { pageNumber } from '../format/query-params.ts';
import { slugify } from '../format/topic-slug.ts';
import { htmlResponse } from '../render-page.ts';
import { PageLayout, feedAlternates } from '../views/page-layout.tsx';
import { PagerLinks, pageCount } from '../views/pager-links.tsx';
import { StoryList } from '../views/story-card.tsx';
import { topicPath } from '../views/topic-list.tsx';
import type { RouteRegistrar, WebContext } from '../web-context.ts';

/** Stories per page of a section or topic. */
export const LIST_PAGE_SIZE = 20;

/** A listing page of briefings. */
async function listingPage(ctx: WebContext, opts: { title: string; blurb: string; path: string; items: readonly StoredBriefing[]; rawPage: string | undefined }) {
  const pages = pageCount(opts.items.length, LIST_PAGE_SIZE);
  const page = pageNumber(opts.rawPage, pages);
  const shown = opts.items.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
  const meta = { title: opts.title, description: opts.blurb, path: page === 1 ? opts.path : `${opts.path}?page=${page}`, alternates: feedAlternates(`${opts.path}/feed`, `${ctx.site.name}: ${opts.title}`) };
  return htmlResponse(
    <PageLayout site={ctx.site} meta={meta}>
      <h1>{opts.title}</h1>
      <p class="standfirst">{opts.blurb}</p>
      <StoryList items={shown} empty="No stories here yet." />
      <PagerLinks path={opts.path} page={page} pages={pages} />
    </PageLayout>,
  );
}

/** The briefings of a topic slug with the topic's display term; a 404 when no recent briefing names it. */
export async function topicBriefings(ctx: WebContext, slug: string): Promise<{ term: string; items: StoredBriefing[] }> {
  const snap = await ctx.reader.snapshot();
  const items = briefingsOfTopic(snap.briefings, slug);
  const term = items.length > 0 ? termsOf(items[0]!.briefing).find((t) => slugify(t) === slug) : undefined;
  if (term === undefined) throw notFound('topic', slug);
  return { term, items };
}

/** The briefings of a section slug; a 404 for an unknown section. */
export async function sectionBriefings(ctx: WebContext, slug: string) {
  const section = sectionBySlug(slug);
  if (!section) throw notFound('section', slug);
  const snap = await ctx.reader.snapshot();
  return { section, items: snap.briefings.filter((b) => b.briefing.kicker === section.kicker) };
}

/** GET /sections/:slug and GET /topics/:slug */
export const registerSectionRoutes: RouteRegistrar = (app, ctx) => {
  app.get('/sections/:slug', async (c) => {
    const { section, items } = await sectionBriefings(ctx, c.req.param('slug'));
    return listingPage(ctx, { title: section.kicker, blurb: section.blurb, path: `/sections/${section.slug}`, items, rawPage: c.req.query('page') });
  });
  app.get('/topics/:slug', async (c) => {
    const slug = c.req.param('slug');
    const { term, items } = await topicBriefings(ctx, slug);
    return listingPage(ctx, { title: term, blurb: `Stories that name ${term}.`, path: topicPath(slug), items, rawPage: c.req.query('page') });
  });
};
