// Who said what, second paragraph: what outlets and analysts made of it. One sentence per side
// of the spectrum where the coverage allows, each attributed to its outlet: a sentence with an
// analyst's or critic's reading, or an evaluative one, else the outlet's most telling sentence
// that the briefing has not used.
import type { BriefingArticle } from './briefing-input.ts';
import { sideOf } from './coverage-count.ts';
import type { SentencePool } from './sentence-pool.ts';
import type { ScoredPool } from './sentence-score.ts';
import { tooLike } from './quote-pick.ts';
import type { TermVector } from './term-vectors.ts';

const READING_CUES = /\b(?:analysts?|experts?|critics?|observers?|commentators?|supporters|opponents|argu(?:e|es|ed)|suggest(?:s|ed)?|signals?|underscores?|highlights?|raises? questions|appears? to|seems?|marks? a|amounts? to|is seen as|widely seen|according to)\b/i;
const SIDES = ['left', 'center', 'right', 'unknown'] as const;

/** Pool indexes of outlets' readings, one per side, within `maxWords`, unlike `avoid`. */
export function pickReadings(
  articles: readonly BriefingArticle[],
  pool: SentencePool,
  scored: ScoredPool,
  limits: { readonly maxWords: number; readonly used: ReadonlySet<number>; readonly avoid: readonly TermVector[] },
): number[] {
  const chosen: number[] = [];
  let words = 0;
  for (const side of SIDES) {
    const best = bestReading(articles, pool, scored, side, (i) => !limits.used.has(i) && !tooLike(scored.vectors[i]!, [...limits.avoid, ...chosen.map((c) => scored.vectors[c]!)], 0.4));
    if (best === null || words + pool.sentences[best]!.words > limits.maxWords) continue;
    chosen.push(best);
    words += pool.sentences[best]!.words;
  }
  return chosen;
}

/** The best reading sentence of one side: reading cues first, then centrality; null when none is usable. */
function bestReading(articles: readonly BriefingArticle[], pool: SentencePool, scored: ScoredPool, side: string, usable: (i: number) => boolean): number | null {
  let best: number | null = null;
  let bestValue = 0;
  for (const s of pool.sentences) {
    if (sideOf(articles[s.article]!.perspective) !== side || !usable(s.index)) continue;
    if (s.words < 8 || s.words > 50 || /\?["'”’]*$/.test(s.text)) continue;
    const value = (READING_CUES.test(s.text) ? 1 : 0.4) * (0.2 + scored.centroid[s.index]!);
    if (value > bestValue) {
      bestValue = value;
      best = s.index;
    }
  }
  return best;
}
