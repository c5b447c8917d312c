/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The about page of the desk: name and description from config, how briefings are made, how
// perspectives are rated.
import { PERSPECTIVES } from '../../core/perspective.ts';
import { htmlResponse } from '../render-page.ts';
import { PageLayout } from '../views/page-layout.tsx';
import type { RouteRegistrar } from '../web-context.ts';

/** GET /about */
export const registerAboutRoute: RouteRegistrar = (app, ctx) => {
  app.get('/about', async () => {
    const snap = await ctx.reader.outletIndex();
    const bySide = PERSPECTIVES.map((p) => ({ p, n: snap.outlets.filter((o) => o.perspective === p).length }));
    return htmlResponse(
      <PageLayout site={ctx.site} meta={{ title: `About ${ctx.site.name}`, path: '/about' }}>
        <div class="briefing">
          <h1>About {ctx.site.name}</h1>
          <p class="standfirst">{ctx.site.description}</p>
          <h2>How a briefing is made</h2>
          <p>{ctx.site.name} reads the feeds of {snap.outlets.length} outlets, groups the articles that report the same event into a story, and writes a short briefing: what happened, who said what, and what comes next.</p>
          <p>Every sentence of a briefing is taken from the coverage and links to the passage it came from. Quotes are never altered. The briefing takes no side: balance comes from attributing each reading to the outlet that made it.</p>
          <h2>Perspectives</h2>
          <p>Each outlet carries a perspective from a public media-bias rating, named on its page. The coverage bar of a story counts its outlets by side; a story one side covers widely and the other barely is marked as a blindspot.</p>
          <table>
            <thead><tr><th scope="col">Perspective</th><th scope="col">Outlets</th></tr></thead>
            <tbody>{bySide.map(({ p, n }) => <tr><td>{p}</td><td>{n}</td></tr>)}</tbody>
          </table>
          <p><a href="/outlets">Every outlet</a> · <a href="/api/v1/openapi.json">The JSON API</a></p>
        </div>
      </PageLayout>,
    );
  });
};
