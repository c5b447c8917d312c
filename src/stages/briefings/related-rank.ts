// Related stories: other stories sharing names with this one, most shared first.
import type { RelatedStory } from '../../core/briefing.ts';
import type { RelatedCandidate } from './briefing-input.ts';

/** Up to `max` candidates sharing at least `minShared` terms (case-insensitive) with `terms`. */
export function rankRelated(story: string, terms: readonly string[], candidates: readonly RelatedCandidate[], max: number, minShared: number): RelatedStory[] {
  const own = new Map(terms.map((t) => [t.toLowerCase(), t]));
  return candidates
    .filter((c) => c.story !== story)
    .map((c) => ({ c, shared: [...new Set(c.terms.map((t) => t.toLowerCase()))].filter((t) => own.has(t)).map((t) => own.get(t)!) }))
    .filter((r) => r.shared.length >= minShared)
    .sort((a, b) => b.shared.length - a.shared.length || a.c.story.localeCompare(b.c.story))
    .slice(0, max)
    .map((r) => ({ story: r.c.story, kicker: r.c.kicker, headline: r.c.headline, shared: r.shared }));
}
