// Which briefings go into an edition: those updated within the list's look-back window, ranked by
// how widely the story was covered; Good News keeps only what the tone classifier accepts.
import type { Briefing } from '../../core/briefing.ts';
import { classifyTone } from './tone-classifier.ts';
import type { ListSettings } from './list-defaults.ts';

/** A briefing as the selector sees it: the briefing and when it was composed. */
export interface CandidateBriefing {
  readonly briefing: Briefing;
  readonly composedAt: string;
}

/** The briefings of one edition of `list` at `now`, best first. */
export function selectEditionBriefings(list: ListSettings, candidates: readonly CandidateBriefing[], now: Date): Briefing[] {
  const since = now.getTime() - list.lookbackHours * 3600_000;
  const fresh = candidates.filter((c) => Date.parse(c.briefing.updated ?? c.composedAt) >= since);
  const eligible = list.selection === 'good-news' ? fresh.filter((c) => isGoodNews(c.briefing)) : fresh;
  return eligible
    .map((c) => c.briefing)
    .sort((a, b) => outletCount(b) - outletCount(a) || (b.updated ?? '').localeCompare(a.updated ?? '') || a.story.localeCompare(b.story))
    .slice(0, list.maxBriefings);
}

/** True when a briefing's headline and standfirst read as good news and name no excluded topic. */
export function isGoodNews(briefing: Briefing): boolean {
  return classifyTone(`${briefing.headline}. ${briefing.standfirst}`).goodNews;
}

function outletCount(b: Briefing): number {
  const c = b.coverage;
  return c.left + c.center + c.right + c.unknown;
}
