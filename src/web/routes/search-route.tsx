/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// GET /search: the form with its filters, matching stories, then matching articles with their
// highlighted snippets; the results feed is announced in the head.
import type { Outlet } from '../../core/outlet.ts';
import { PERSPECTIVES } from '../../core/perspective.ts';
import { snippetParts } from '../format/snippet-marks.ts';
import { formatTime } from '../format/time-format.ts';
import { htmlResponse } from '../render-page.ts';
import { parseSearchParams, runSearch, searchQueryString, type SearchHit, type SearchParams } from '../search-run.ts';
import { PageLayout, feedAlternates } from '../views/page-layout.tsx';
import { StoryList } from '../views/story-card.tsx';
import type { RouteRegistrar } from '../web-context.ts';

/** The search form with its filters, filled with the current values. */
function SearchForm(props: { p: SearchParams; outlets: readonly Outlet[] }) {
  const { p } = props;
  return (
    <form method="get" action="/search" class="filters" role="search">
      <label>Search<input name="q" type="search" value={p.q} maxlength={200} /></label>
      <label>From<input name="from" type="date" value={p.from?.slice(0, 10) ?? ''} /></label>
      <label>To<input name="to" type="date" value={p.until ? new Date(Date.parse(p.until) - 86_400_000).toISOString().slice(0, 10) : ''} /></label>
      <label>Outlet
        <select name="outlet">
          <option value="">Any outlet</option>
          {props.outlets.map((o) => <option value={o.id} selected={p.outlet === o.id}>{o.name}</option>)}
        </select>
      </label>
      <label>Perspective
        <select name="perspective">
          <option value="">Any perspective</option>
          {PERSPECTIVES.map((v) => <option value={v} selected={p.perspective === v}>{v}</option>)}
        </select>
      </label>
      <button type="submit">Search</button>
    </form>
  );
}

/** One article hit with its marked snippet. */
function ArticleHitItem(props: { h: SearchHit }) {
  const a = props.h.hit.article;
  return (
    <li>
      <a href={`/articles/${a.id}`}>{a.title}</a>
      <p class="meta">{props.h.outlet?.name ?? a.outletId}{a.publishedAt ? ` · ${formatTime(a.publishedAt)}` : ''}</p>
      <p>{snippetParts(props.h.hit.snippet).map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}</p>
    </li>
  );
}

/** GET /search */
export const registerSearchRoute: RouteRegistrar = (app, ctx) => {
  app.get('/search', async (c) => {
    const snap = await ctx.reader.outletIndex();
    const p = parseSearchParams((n) => c.req.query(n), new Set(snap.outlets.map((o) => o.id)));
    const results = await runSearch(ctx, p, snap.outletByKey);
    const qs = searchQueryString(p);
    const alternates = p.q ? feedAlternates('/search/feed', `${ctx.site.name}: search for ${p.q}`).map((a) => ({ ...a, href: `${a.href}?${qs}` })) : [];
    const outlets = [...snap.outlets].sort((a, b) => a.name.localeCompare(b.name));
    return htmlResponse(
      <PageLayout site={ctx.site} meta={{ title: p.q ? `Search: ${p.q}` : 'Search', path: p.q ? `/search?${qs}` : '/search', alternates, robots: 'noindex' }}>
        <h1>{p.q ? `Search: ${p.q}` : 'Search'}</h1>
        <SearchForm p={p} outlets={outlets} />
        {p.q ? (
          <>
            <section aria-labelledby="story-hits"><h2 id="story-hits">Stories</h2><StoryList items={results.stories} empty="No briefed story matches." /></section>
            <section aria-labelledby="article-hits">
              <h2 id="article-hits">Articles</h2>
              {results.articles.length === 0 ? <p class="empty">No article matches.</p> : <ol class="hits">{results.articles.map((h) => <ArticleHitItem h={h} />)}</ol>}
            </section>
          </>
        ) : <p class="note">Search every stored article; every word you type must appear.</p>}
      </PageLayout>,
    );
  });
};
