// Coverage: distinct outlets by side of the spectrum, and the blindspot flag when one side
// carries under a share of the rated coverage of a story the other side covers widely.
import type { Coverage } from '../../core/briefing.ts';
import type { Perspective } from '../../core/perspective.ts';
import type { BriefingArticle, BriefingOptions } from './briefing-input.ts';

/** The side a perspective counts for. */
export function sideOf(perspective: Perspective): 'left' | 'center' | 'right' | 'unknown' {
  if (perspective === 'left' || perspective === 'lean-left') return 'left';
  if (perspective === 'right' || perspective === 'lean-right') return 'right';
  return perspective === 'centre' ? 'center' : 'unknown';
}

/** Outlet counts by side (each outlet once, at its first article's perspective) and the blindspot. */
export function countCoverage(articles: readonly BriefingArticle[], options: Pick<BriefingOptions, 'blindspotShare' | 'blindspotWide'>): Coverage {
  const counts = { left: 0, center: 0, right: 0, unknown: 0 };
  const seen = new Set<string>();
  for (const article of articles) {
    const outlet = article.outlet.trim().toLowerCase();
    if (seen.has(outlet)) continue;
    seen.add(outlet);
    counts[sideOf(article.perspective)]++;
  }
  return { ...counts, blindspot: blindspot(counts.left, counts.center, counts.right, options) };
}

/** `left` or `right` when that side is under the share and the other side has at least `blindspotWide` outlets. */
function blindspot(left: number, center: number, right: number, options: Pick<BriefingOptions, 'blindspotShare' | 'blindspotWide'>): 'left' | 'right' | null {
  const rated = left + center + right;
  if (rated === 0) return null;
  if (left / rated < options.blindspotShare && right >= options.blindspotWide) return 'left';
  if (right / rated < options.blindspotShare && left >= options.blindspotWide) return 'right';
  return null;
}
