/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// A story's page: its briefing in the house format, with JSON-LD (NewsArticle), OpenGraph and a
// canonical URL; a merged-away id redirects to the story that absorbed it.
import type { Briefing } from '../../core/briefing.ts';
import type { StoredStory, StoryMember } from '../../ports/store.ts';
import type { SiteConfig } from '../../config/config.ts';
import { notFound } from '../http-error.ts';
import { htmlResponse } from '../render-page.ts';
import { formatTime } from '../format/time-format.ts';
import { BriefingView } from '../views/briefing-view.tsx';
import { PageLayout } from '../views/page-layout.tsx';
import { storyPath } from '../views/story-card.tsx';
import { safeHref } from '../format/safe-href.ts';
import type { RouteRegistrar } from '../web-context.ts';

/** The NewsArticle JSON-LD of a briefing. */
export function newsArticleJsonLd(site: SiteConfig, story: StoredStory, b: Briefing): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: b.headline.slice(0, 110),
    description: b.standfirst,
    articleSection: b.kicker,
    datePublished: story.firstSeen,
    dateModified: b.updated ?? story.lastSeen,
    url: `${site.publicUrl}${storyPath(story.id)}`,
    mainEntityOfPage: `${site.publicUrl}${storyPath(story.id)}`,
    author: { '@type': 'Organization', name: site.name, url: site.publicUrl },
    publisher: { '@type': 'Organization', name: site.name, url: site.publicUrl },
    isBasedOn: b.sources.map((s) => safeHref(s.url)).filter((u): u is string => u !== null),
  };
}

/** The page of a story whose briefing is not written yet: its articles. */
function PendingStory(props: { story: StoredStory; members: readonly StoryMember[] }) {
  return (
    <article class="briefing">
      <p class="kicker">Developing</p>
      <h1>{props.story.headline ?? 'Untitled story'}</h1>
      <p class="standfirst">The briefing for this story is being written. Its coverage so far:</p>
      <ul class="sources">
        {props.members.map((m) => (
          <li><a href={`/articles/${m.article.id}`}>{m.article.title}</a> {m.article.publishedAt ? <time datetime={m.article.publishedAt}>{formatTime(m.article.publishedAt)}</time> : null}</li>
        ))}
      </ul>
    </article>
  );
}

/** GET /stories/:id */
export const registerStoryRoute: RouteRegistrar = (app, ctx) => {
  app.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const story = id.length <= 200 ? await ctx.store.getStory(id) : null;
    if (!story) throw notFound('story', id);
    if (story.id !== id) return c.redirect(storyPath(story.id), 301);
    const [stored, snap] = await Promise.all([ctx.store.getBriefing(story.id), ctx.reader.outletIndex()]);
    const path = storyPath(story.id);
    if (!stored) {
      const members = await ctx.store.listStoryMembers(story.id);
      return htmlResponse(<PageLayout site={ctx.site} meta={{ title: story.headline ?? 'Developing story', path }}><PendingStory story={story} members={members} /></PageLayout>);
    }
    const b = stored.briefing;
    const meta = { title: b.headline, description: b.standfirst, path, ogType: 'article' as const, jsonLd: newsArticleJsonLd(ctx.site, story, b) };
    return htmlResponse(
      <PageLayout site={ctx.site} meta={meta}>
        <BriefingView briefing={b} outletByKey={snap.outletByKey} />
      </PageLayout>,
    );
  });
};
