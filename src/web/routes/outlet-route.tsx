/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Outlet pages: every outlet with its perspective, and one outlet's page with the basis of its
// rating, its recent articles and the stories it covered.
import type { Outlet } from '../../core/outlet.ts';
import type { Article } from '../../core/item.ts';
import type { StoredBriefing } from '../../ports/store.ts';
import { notFound } from '../http-error.ts';
import { formatTime } from '../format/time-format.ts';
import { htmlResponse } from '../render-page.ts';
import { PageLayout } from '../views/page-layout.tsx';
import { outletPath } from '../views/briefing-view.tsx';
import { StoryList } from '../views/story-card.tsx';
import type { RouteRegistrar, WebContext } from '../web-context.ts';

// Recent articles listed on an outlet's page; their stories make the "stories covered" list.
const RECENT_ARTICLES = 20;

/** The outlet's facts. */
function OutletFacts(props: { outlet: Outlet }) {
  const o = props.outlet;
  return (
    <dl class="facts">
      <dt>Perspective</dt><dd><span class={`perspective p-${o.perspective}`}>{o.perspective}</span> (basis: {o.perspectiveBasis || 'not rated'})</dd>
      <dt>Home</dt><dd>{o.homeDomain}</dd>
      <dt>Country and language</dt><dd>{o.country}, {o.language}</dd>
      {o.isWire ? <><dt>Wire</dt><dd>Its copies reprinted elsewhere count as one source.</dd></> : null}
    </dl>
  );
}

/** Latest briefings of the stories of these articles, without repeats. */
async function storiesOf(ctx: WebContext, articles: readonly Article[]): Promise<StoredBriefing[]> {
  const ids = await Promise.all(articles.map((a) => ctx.store.storyOfArticle(a.id)));
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const briefings = await Promise.all(unique.map((id) => ctx.store.getBriefing(id)));
  return briefings.filter((b): b is StoredBriefing => b !== null);
}

/** GET /outlets and GET /outlets/:id */
export const registerOutletRoutes: RouteRegistrar = (app, ctx) => {
  app.get('/outlets', async () => {
    const snap = await ctx.reader.outletIndex();
    const outlets = [...snap.outlets].sort((a, b) => a.name.localeCompare(b.name));
    return htmlResponse(
      <PageLayout site={ctx.site} meta={{ title: 'Outlets', path: '/outlets' }}>
        <h1>Outlets</h1>
        <table>
          <thead><tr><th scope="col">Outlet</th><th scope="col">Perspective</th><th scope="col">Country</th></tr></thead>
          <tbody>{outlets.map((o) => <tr><td><a href={outletPath(o.id)}>{o.name}</a></td><td>{o.perspective}</td><td>{o.country}</td></tr>)}</tbody>
        </table>
      </PageLayout>,
    );
  });
  app.get('/outlets/:id', async (c) => {
    const id = c.req.param('id');
    const outlet = id.length <= 200 ? await ctx.store.getOutlet(id) : null;
    if (!outlet) throw notFound('outlet', id);
    const articles = await ctx.store.listArticles({ limit: RECENT_ARTICLES, outletId: outlet.id });
    const stories = await storiesOf(ctx, articles);
    return htmlResponse(
      <PageLayout site={ctx.site} meta={{ title: outlet.name, description: `${outlet.name}: perspective, recent articles and stories covered.`, path: outletPath(outlet.id) }}>
        <h1>{outlet.name}</h1>
        <OutletFacts outlet={outlet} />
        <h2>Stories covered</h2>
        <StoryList items={stories} empty="No briefed stories from this outlet yet." />
        <h2>Recent articles</h2>
        {articles.length === 0 ? <p class="empty">No articles stored yet.</p> : (
          <ul class="hits">{articles.map((a) => <li><a href={`/articles/${a.id}`}>{a.title}</a> {a.publishedAt ? <span class="meta">{formatTime(a.publishedAt)}</span> : null}</li>)}</ul>
        )}
      </PageLayout>,
    );
  });
};
