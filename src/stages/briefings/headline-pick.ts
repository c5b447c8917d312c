// The headline is the title that best states the story: closest to what all the coverage says,
// not a question, near the house length of 5–10 words. A trailing " | Outlet" or " - Outlet" is
// the outlet's own label, not part of the title, and is dropped.
import type { BriefingArticle } from './briefing-input.ts';
import { cosine, termVector, type TermVector, type Vocabulary } from './term-vectors.ts';
import { contentStems, countWords } from './word-tokens.ts';

/** The chosen headline and the article whose title it is; null when no article has a title. */
export function pickHeadline(articles: readonly BriefingArticle[], vocabulary: Vocabulary, story: TermVector): { headline: string; article: string } | null {
  let best: { headline: string; article: string; value: number } | null = null;
  for (const article of articles) {
    const title = cleanTitle(article.title, article.outlet);
    if (title === '') continue;
    const value = cosine(termVector(contentStems(title), vocabulary), story) * titleShape(title) * (article.opinion ? 0.7 : 1);
    if (!best || value > best.value) best = { headline: title, article: article.id, value };
  }
  return best && { headline: best.headline, article: best.article };
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
  let shape = words < 5 ? 0.6 + 0.08 * words : words > 10 ? Math.max(0.4, 0.85 - 0.06 * (words - 11)) : 1;
  if (title.endsWith('?')) shape *= 0.5;
  if (/^["“'‘]/.test(title)) shape *= 0.8;
  return shape;
}
