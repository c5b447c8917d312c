// Who said what, second paragraph: what outlets and analysts made of it. One sentence per side
// of the spectrum where the coverage allows, each attributed to its outlet: a sentence with an
// analyst's or critic's reading, or an evaluative one, else the outlet's most telling sentence
// that the briefing has not used. When that leaves the section under the house length (most
// often because the outlets' perspectives are unknown, so they all sit on one "side"), other
// source groups' readings follow, one per group, until the house minimum is reached.
import type { BriefingArticle } from './briefing-input.ts';
import { sideOf } from './coverage-count.ts';
import type { SentencePool } from './sentence-pool.ts';
import type { ScoredPool } from './sentence-score.ts';
import { tooLike } from './quote-pick.ts';
import type { TermVector } from './term-vectors.ts';

const READING_CUES = /\b(?:analysts?|experts?|critics?|observers?|commentators?|supporters|opponents|argu(?:e|es|ed)|suggest(?:s|ed)?|signals?|underscores?|highlights?|raises? questions|appears? to|seems?|marks? a|amounts? to|is seen as|widely seen|according to)\b/i;
const SIDES = ['left', 'center', 'right', 'unknown'] as const;

/** What a reading may not repeat or exceed. */
export interface ReadingLimits {
  readonly maxWords: number;
  readonly used: ReadonlySet<number>;
  readonly avoid: readonly TermVector[];
  /** True for a sentence that tells a fact of What happened again (in other words). */
  readonly retells?: (i: number) => boolean;
}

/** Pool indexes of outlets' readings, one per side, within `maxWords`, unlike `avoid`. */
export function pickReadings(articles: readonly BriefingArticle[], pool: SentencePool, scored: ScoredPool, limits: ReadingLimits): number[] {
  const chosen: number[] = [];
  let words = 0;
  for (const side of SIDES) {
    const best = bestReading(pool, scored, (i) => sideOf(articles[pool.sentences[i]!.article]!.perspective) === side && usable(i, scored, limits, chosen));
    if (best === null || words + pool.sentences[best]!.words > limits.maxWords) continue;
    chosen.push(best);
    words += pool.sentences[best]!.words;
  }
  return chosen;
}

/** Further readings after `chosen`, one per source group not yet read, best first, until `minWords` (of these readings) is reached within `maxWords`. */
export function moreReadings(pool: SentencePool, scored: ScoredPool, chosen: readonly number[], limits: ReadingLimits & { readonly minWords: number }): number[] {
  const picked = [...chosen];
  const readGroups = new Set(picked.map((i) => pool.sentences[i]!.group));
  let words = picked.reduce((n, i) => n + pool.sentences[i]!.words, 0);
  const added: number[] = [];
  while (words < limits.minWords) {
    const left = limits.maxWords - words;
    const best = bestReading(pool, scored, (i) => !readGroups.has(pool.sentences[i]!.group) && pool.sentences[i]!.words <= left && usable(i, scored, limits, picked));
    if (best === null) break;
    picked.push(best);
    added.push(best);
    readGroups.add(pool.sentences[best]!.group);
    words += pool.sentences[best]!.words;
  }
  return added;
}

/** True for a sentence the briefing has not used and that tells nothing already told. */
function usable(i: number, scored: ScoredPool, limits: ReadingLimits, chosen: readonly number[]): boolean {
  return !limits.used.has(i) && !(limits.retells?.(i) ?? false) && !tooLike(scored.vectors[i]!, [...limits.avoid, ...chosen.map((c) => scored.vectors[c]!)], 0.4);
}

/** The best reading sentence among those `eligible` accepts: reading cues first, then centrality; null when none is usable. */
function bestReading(pool: SentencePool, scored: ScoredPool, eligible: (i: number) => boolean): number | null {
  let best: number | null = null;
  let bestValue = 0;
  for (const s of pool.sentences) {
    if (s.words < 8 || s.words > 50 || /\?["'”’]*$/.test(s.text) || !eligible(s.index)) continue;
    const value = (READING_CUES.test(s.text) ? 1 : 0.4) * (0.2 + scored.centroid[s.index]!);
    if (value > bestValue) {
      bestValue = value;
      best = s.index;
    }
  }
  return best;
}
