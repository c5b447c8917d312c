// Topics come from the terms a briefing names (people, places, topics); older briefings have none.
import type { Briefing } from '../../core/briefing.ts';
import type { StoredBriefing } from '../../ports/store.ts';
import { slugify } from './topic-slug.ts';

/** One topic: a term, its slug and how many recent briefings name it. */
export interface Topic {
  readonly term: string;
  readonly slug: string;
  readonly count: number;
}

/** The terms of a briefing; an empty list when it has none. */
export function termsOf(briefing: Briefing): readonly string[] {
  const terms = (briefing as { terms?: unknown }).terms;
  return Array.isArray(terms) ? terms.filter((t): t is string => typeof t === 'string' && /[\p{L}\p{N}]/u.test(t)) : [];
}

/** Topics named by at least `minCount` briefings, most named first, at most `limit`. */
export function topTopics(briefings: readonly StoredBriefing[], limit: number, minCount = 2): Topic[] {
  const counts = new Map<string, { term: string; count: number }>();
  const slugs = new Map<string, string>();
  // slugify normalises Unicode: memoised, since the same terms recur across hundreds of briefings.
  const slugOf = (term: string) => slugs.get(term) ?? (slugs.set(term, slugify(term)), slugs.get(term) as string);
  for (const { briefing } of briefings) {
    const seen = new Set<string>();
    for (const term of termsOf(briefing)) {
      const slug = slugOf(term);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const entry = counts.get(slug) ?? { term, count: 0 };
      entry.count += 1;
      counts.set(slug, entry);
    }
  }
  return [...counts.entries()]
    .filter(([, e]) => e.count >= minCount)
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([slug, e]) => ({ term: e.term, slug, count: e.count }));
}

/** Briefings naming the topic of `slug`, in input order. */
export function briefingsOfTopic(briefings: readonly StoredBriefing[], slug: string): StoredBriefing[] {
  return briefings.filter(({ briefing }) => termsOf(briefing).some((t) => slugify(t) === slug));
}
