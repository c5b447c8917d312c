// Who said what, first paragraph: the principals' own words. Each quote is shown in the whole
// sentence(s) that carry it, so its quotation marks, its speaker and its attribution verb
// ("said", "told reporters") come with it verbatim. Picked by how widely its speaker is quoted
// across source groups and how central its words are, one quote per speaker, across sides.
import type { Quote } from '../../core/quote.ts';
import type { BriefingArticle } from './briefing-input.ts';
import { sideOf } from './coverage-count.ts';
import type { SentencePool } from './sentence-pool.ts';
import { cosine, termVector, type TermVector, type Vocabulary } from './term-vectors.ts';
import { countWords } from './word-tokens.ts';

/** A quote in its sentence span, ready for the briefing. */
export interface QuoteChoice {
  readonly article: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string;
  readonly vector: TermVector;
  readonly words: number;
}

/** Longest span a quote may bring with it; a longer one is a speech, not a quote. */
const MAX_QUOTE_WORDS = 70;

/** Up to `max` principals' quotes, best first, within `maxWords`, unlike each other and `avoid`. */
export function pickQuotes(
  articles: readonly BriefingArticle[],
  pool: SentencePool,
  vocabulary: Vocabulary,
  story: TermVector,
  limits: { readonly max: number; readonly maxWords: number; readonly avoid: readonly TermVector[] },
): QuoteChoice[] {
  const candidates = quoteCandidates(articles, pool, vocabulary);
  const reach = speakerReach(candidates, pool);
  const ranked = candidates
    .map((c) => ({ c, value: (0.5 + cosine(c.vector, story)) * Math.log2(1 + reach.get(c.speaker)!) }))
    .sort((a, b) => b.value - a.value || a.c.article - b.c.article || a.c.start - b.c.start);
  const chosen: QuoteChoice[] = [];
  const sides = new Set<string>();
  let words = 0;
  // Two passes: first one quote per side of the spectrum, then the best of what is left.
  for (const pass of [0, 1]) {
    for (const { c } of ranked) {
      if (chosen.length >= limits.max || words + c.words > limits.maxWords) continue;
      const side = sideOf(articles[c.article]!.perspective);
      if (pass === 0 && sides.has(side)) continue;
      if (chosen.some((q) => q.speaker === c.speaker || overlaps(q, c)) || tooLike(c.vector, [...chosen.map((q) => q.vector), ...limits.avoid])) continue;
      chosen.push(c);
      sides.add(side);
      words += c.words;
    }
  }
  return chosen;
}

/** Direct and mixed quotes with a person or organisation as speaker, each in its sentence span. */
function quoteCandidates(articles: readonly BriefingArticle[], pool: SentencePool, vocabulary: Vocabulary): QuoteChoice[] {
  const out: QuoteChoice[] = [];
  articles.forEach((article, a) => {
    for (const quote of article.quotes) {
      if (!isPrincipalQuote(quote)) continue;
      const range = enclosingSpans(pool.spans[a]!, quote);
      if (!range) continue;
      const spans = pool.spans[a]!;
      const start = spans[range.first]!.start;
      const end = spans[range.last]!.end;
      const text = article.text.slice(start, end);
      const words = countWords(text);
      if (words > MAX_QUOTE_WORDS || !/["“”]/.test(text)) continue;
      const stems = pool.spanStems[a]!.slice(range.first, range.last + 1).flat();
      out.push({ article: a, start, end, text, speaker: quote.speaker!, vector: termVector(stems, vocabulary), words });
    }
  });
  return out;
}

/** True for a quote in quotation marks whose speaker is a named person or organisation. */
function isPrincipalQuote(quote: Quote): boolean {
  return quote.kind !== 'indirect' && quote.speaker !== null && (quote.speakerType === 'person' || quote.speakerType === 'organisation');
}

/** Indexes of the sentences from the one holding the quote's first character to the one holding its cue's or content's last. */
function enclosingSpans(spans: readonly { start: number; end: number }[], quote: Quote): { first: number; last: number } | null {
  const from = Math.min(quote.content[0], quote.cue[0]);
  const to = Math.max(quote.content[1], quote.cue[1]);
  const first = spans.findIndex((s) => s.end > from);
  let last = -1;
  for (let i = spans.length - 1; i >= 0; i--) {
    if (spans[i]!.start < to) {
      last = i;
      break;
    }
  }
  if (first < 0 || last < first) return null;
  return { first, last };
}

/** Number of source groups that quote each speaker. */
function speakerReach(candidates: readonly QuoteChoice[], pool: SentencePool): Map<string, number> {
  const groups = new Map<string, Set<number>>();
  for (const c of candidates) {
    const set = groups.get(c.speaker) ?? new Set<number>();
    set.add(pool.groups[c.article]!);
    groups.set(c.speaker, set);
  }
  return new Map([...groups].map(([speaker, set]) => [speaker, set.size]));
}

/** True when two choices share characters of one article. */
function overlaps(a: QuoteChoice, b: QuoteChoice): boolean {
  return a.article === b.article && a.start < b.end && b.start < a.end;
}

/** True when `v` tells what one of `others` already tells. */
export function tooLike(v: TermVector, others: readonly TermVector[], threshold = 0.5): boolean {
  return others.some((o) => cosine(v, o) >= threshold);
}
