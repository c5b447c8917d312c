// Front-page order: breadth of coverage (outlets, sides of the spectrum) weighed against age.
import type { Briefing } from '../../core/briefing.ts';
import type { StoredBriefing } from '../../ports/store.ts';

// A story loses half its weight every 18 hours: a day-old story needs about twice the coverage.
const HALF_LIFE_HOURS = 18;

/** Distinct outlets among a briefing's sources. */
export function outletCount(briefing: Briefing): number {
  return new Set(briefing.sources.map((s) => s.outlet)).size;
}

/** Sides (left, centre, right) with at least one outlet. */
export function sidesCovered(briefing: Briefing): number {
  const c = briefing.coverage;
  return [c.left, c.center, c.right].filter((n) => n > 0).length;
}

/** Ranking score of one briefing at `nowMs`: higher first. */
export function storyScore(stored: StoredBriefing, nowMs: number): number {
  const b = stored.briefing;
  const updated = Date.parse(b.updated ?? stored.composedAt);
  const ageHours = Number.isNaN(updated) ? 0 : Math.max(0, (nowMs - updated) / 3_600_000);
  const breadth = Math.log2(1 + outletCount(b));
  return (1 + breadth) * (1 + 0.5 * sidesCovered(b)) * Math.pow(0.5, ageHours / HALF_LIFE_HOURS);
}

/** Briefings by score, best first; ties keep the input order (most recently seen first). */
export function rankStories(briefings: readonly StoredBriefing[], nowMs: number): StoredBriefing[] {
  return briefings
    .map((stored, index) => ({ stored, index, score: storyScore(stored, nowMs) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.stored);
}
