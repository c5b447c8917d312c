import { normalizeSpace } from './tree-query.ts';

/** Words in a string, as Readability counts them. */
function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** The headline from a document `<title>`: the outlet's name cut off at a separator ("Headline |
 * Outlet"), or the part after a colon, unless that leaves too little; the lone `<h1>` when the
 * title is implausibly short or long. Follows Readability.js, whose choices the corpus expects. */
export function titleFromDocument(documentTitle: string, headings: readonly string[], h1s: readonly string[]): string {
  const original = documentTitle.trim();
  let title = original;
  let hierarchical = false;
  if (/ [|\-–\\/>»] /.test(title)) {
    hierarchical = / [\\/>»] /.test(title);
    const separators = [...original.matchAll(/ [|\-–\\/>»] /g)];
    title = original.slice(0, separators[separators.length - 1]?.index ?? original.length);
    // A cut title that the page repeats as a heading is the headline, however short.
    if (wordCount(title.trim()) >= 3 && headings.includes(title.trim())) return normalizeSpace(title);
    if (wordCount(title) < 3) title = original.replace(/^[^|\-\\/>»]*[|\-–\\/>»]/, '');
  } else if (title.includes(': ')) {
    if (!headings.some((heading) => heading === original)) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if ((title.length > 150 || title.length < 15) && h1s.length === 1) {
    title = h1s[0] ?? title;
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  const words = wordCount(title);
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(/[|\-–\\/>»]+/g, '')) - 1)) title = original;
  return normalizeSpace(title);
}

/** Share of `b`'s tokens (by length) also in `a`: 1 when `b` says nothing `a` does not. */
export function textSimilarity(a: string, b: string): number {
  const tokensA = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tokensB = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (tokensA.length === 0 || tokensB.length === 0) return 0;
  const unique = tokensB.filter((token) => !tokensA.includes(token));
  return 1 - unique.join(' ').length / tokensB.join(' ').length;
}
