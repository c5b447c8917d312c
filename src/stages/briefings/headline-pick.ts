// The headline is the title that best states the story: closest to what all the coverage says,
// not a question, within the house length of 5–10 words. A trailing " | Outlet" or " - Outlet" is
// the outlet's own label, not part of the title, and is dropped.
import type { BriefingArticle } from './briefing-input.ts';
import { cosine, termVector, type TermVector, type Vocabulary } from './term-vectors.ts';
import { contentStems, countWords } from './word-tokens.ts';

/** The house length of a headline, in words. */
export const HEADLINE_WORDS = Object.freeze({ min: 5, max: 10 });

/** A candidate headline, its article and how well it states the story. */
interface TitleChoice {
  readonly headline: string;
  readonly article: string;
  readonly value: number;
}

/** The chosen headline and the article whose title it is; null when no article has a title. */
export function pickHeadline(articles: readonly BriefingArticle[], vocabulary: Vocabulary, story: TermVector): { headline: string; article: string } | null {
  // A title within the house length wins over a better-centred one outside it: the shape penalty
  // alone let a close 12-word title beat a 9-word one. The best title of all is kept when no
  // title fits, so a story always has a headline when any article has a title. A fitting title
  // that shares no word with the coverage says nothing of the story and does not count.
  let best: TitleChoice | null = null;
  let bestFitting: TitleChoice | null = null;
  for (const article of articles) {
    const title = cleanTitle(article.title, article.outlet);
    if (title === '') continue;
    const value = cosine(termVector(contentStems(title), vocabulary), story) * titleShape(title) * (article.opinion ? 0.7 : 1);
    const candidate: TitleChoice = { headline: title, article: article.id, value };
    if (!best || value > best.value) best = candidate;
    if (fitsHouseLength(title) && (!bestFitting || value > bestFitting.value)) bestFitting = candidate;
  }
  const chosen = bestFitting && bestFitting.value > 0 ? bestFitting : best;
  return chosen && { headline: chosen.headline, article: chosen.article };
}

/** Whether a title is within the house length of a headline. */
function fitsHouseLength(title: string): boolean {
  const words = countWords(title);
  return words >= HEADLINE_WORDS.min && words <= HEADLINE_WORDS.max;
}

/** A title without surrounding space and without a trailing outlet label. */
export function cleanTitle(title: string, outlet: string): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  const label = trimmed.match(/\s+[|–—-]\s+([^|–—-]+)$/);
  if (label && outlet && label[1]!.toLowerCase().includes(outlet.toLowerCase().split(/\s+/)[0]!)) return trimmed.slice(0, label.index).trim();
  return trimmed;
}

/** A multiplier for the house shape: a question or a length far from 5–10 words weighs less. */
function titleShape(title: string): number {
  const words = countWords(title);
  let shape = words < HEADLINE_WORDS.min ? 0.6 + 0.08 * words : words > HEADLINE_WORDS.max ? Math.max(0.4, 0.85 - 0.06 * (words - 11)) : 1;
  if (title.endsWith('?')) shape *= 0.5;
  if (/^["“'‘]/.test(title)) shape *= 0.8;
  return shape;
}
