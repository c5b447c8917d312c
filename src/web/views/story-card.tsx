/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// A story on a list: kicker, headline, standfirst and its coverage bar.
import type { StoredBriefing } from '../../ports/store.ts';
import { formatTime } from '../format/time-format.ts';
import { CoverageBar } from './coverage-bar.tsx';

/** Path of a story's page. */
export function storyPath(storyId: string): string {
  return `/stories/${encodeURIComponent(storyId)}`;
}

/** One story card; `lead` marks the top story of the front page. */
export function StoryCard(props: { stored: StoredBriefing; lead?: boolean }) {
  const b = props.stored.briefing;
  return (
    <article class={props.lead ? 'story-card lead' : 'story-card'}>
      <p class="kicker">{b.kicker}</p>
      <h3><a href={storyPath(b.story)}>{b.headline}</a></h3>
      <p class="standfirst">{b.standfirst}</p>
      <CoverageBar coverage={b.coverage} compact />
      {b.updated ? <p class="meta">Updated <time datetime={b.updated}>{formatTime(b.updated)}</time></p> : null}
    </article>
  );
}

/** A list of story cards, or a note when there are none. */
export function StoryList(props: { items: readonly StoredBriefing[]; empty: string; leadFirst?: boolean }) {
  if (props.items.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <div class="story-list">
      {props.items.map((stored, i) => <StoryCard stored={stored} lead={props.leadFirst === true && i === 0} />)}
    </div>
  );
}
