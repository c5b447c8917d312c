/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Topics as a row of links to their pages.
import type { Topic } from '../format/briefing-terms.ts';

/** Path of a topic's page. */
export function topicPath(slug: string): string {
  return `/topics/${encodeURIComponent(slug)}`;
}

/** The topic links. */
export function TopicList(props: { topics: readonly Topic[] }) {
  return <ul class="topics">{props.topics.map((t) => <li><a href={topicPath(t.slug)}>{t.term}</a></li>)}</ul>;
}
