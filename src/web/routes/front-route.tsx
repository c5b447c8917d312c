/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The front page: top stories ranked by breadth of coverage and recency, then a section per kicker
// and the topics most named this week.
import type { StoredBriefing } from '../../ports/store.ts';
import { KICKER_SECTIONS } from '../format/kicker-sections.ts';
import { rankStories } from '../format/story-rank.ts';
import { topTopics } from '../format/briefing-terms.ts';
import { htmlResponse } from '../render-page.ts';
import { PageLayout, feedAlternates } from '../views/page-layout.tsx';
import { StoryList } from '../views/story-card.tsx';
import { TopicList } from '../views/topic-list.tsx';
import type { RouteRegistrar } from '../web-context.ts';

/** Top stories on the front page. */
export const FRONT_TOP = 13;
// Per section on the front page, after the top stories.
const SECTION_PREVIEW = 4;

/** The latest briefings of each kicker not already among `shown`. */
function sectionPreviews(briefings: readonly StoredBriefing[], shown: ReadonlySet<string>) {
  return KICKER_SECTIONS.map((section) => ({
    section,
    items: briefings.filter((b) => b.briefing.kicker === section.kicker && !shown.has(b.briefing.story)).slice(0, SECTION_PREVIEW),
  })).filter((s) => s.items.length > 0);
}

/** GET / */
export const registerFrontRoute: RouteRegistrar = (app, ctx) => {
  app.get('/', async () => {
    const snap = await ctx.reader.snapshot();
    const top = rankStories(snap.briefings, ctx.nowMs()).slice(0, FRONT_TOP);
    const shown = new Set(top.map((b) => b.briefing.story));
    const sections = sectionPreviews(snap.briefings, shown);
    const topics = topTopics(snap.briefings, 24);
    const meta = { title: ctx.site.name, path: '/', isFront: true, alternates: feedAlternates('/feed', `${ctx.site.name}: top stories`) };
    return htmlResponse(
      <PageLayout site={ctx.site} meta={meta}>
        <p class="tagline">{ctx.site.description}</p>
        <section aria-labelledby="top-stories"><h2 id="top-stories">Top stories</h2><StoryList items={top} leadFirst empty="No stories yet: briefings appear here once two or more outlets cover the same event." /></section>
        {sections.map(({ section, items }) => (
          <section aria-labelledby={`section-${section.slug}`}>
            <h2 id={`section-${section.slug}`}><a href={`/sections/${section.slug}`}>{section.kicker}</a></h2>
            <StoryList items={items} empty="" />
          </section>
        ))}
        {topics.length > 0 ? <section aria-labelledby="topics-title"><h2 id="topics-title">Topics</h2><TopicList topics={topics} /></section> : null}
      </PageLayout>,
    );
  });
};
