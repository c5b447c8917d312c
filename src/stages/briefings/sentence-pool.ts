// Every sentence of the story, once: a sentence repeated word for word by copies in one source
// group becomes one candidate with several provenances, so a wire story reprinted ten times is
// one voice and its sentence still links to each copy.
import type { Provenance } from '../../core/briefing.ts';
import type { BriefingArticle } from './briefing-input.ts';
import { splitSentences, type SentenceSpan } from './sentence-split.ts';
import { withoutConnective, withoutTruncation } from './sentence-trim.ts';
import { groupSources } from './source-groups.ts';
import { analyseWords, countWords } from './word-tokens.ts';

/** One candidate sentence. */
export interface PoolSentence {
  readonly index: number;
  /** Index of the first article it was found in (the input order of the kept articles). */
  readonly article: number;
  readonly group: number;
  /** Its rank in that article (0 = lead). */
  readonly position: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: number;
  readonly stems: readonly string[];
  /** Its concepts (stemmed word pairs), for concept coverage. */
  readonly concepts: readonly string[];
  /** Every copy's span; the first is `article`'s. */
  readonly sources: readonly Provenance[];
}

/** The story's sentences, its source groups and each article's spans. */
export interface SentencePool {
  readonly sentences: readonly PoolSentence[];
  /** Source group of each article. */
  readonly groups: readonly number[];
  readonly groupCount: number;
  /** Each article's sentence spans, in order. */
  readonly spans: readonly (readonly SentenceSpan[])[];
  /** Content stems of each article's spans (parallel to `spans`), so later steps need not tokenise again. */
  readonly spanStems: readonly (readonly (readonly string[])[])[];
}

/** Splits every article into sentences, groups copies, and merges repeated sentences within a group. */
export function buildPool(articles: readonly BriefingArticle[]): SentencePool {
  // A sentence shown on its own drops a leading "But" or "However," (sentence-trim.ts).
  // The last sentence of an excerpt cut off with "..." is left out (or ends before the ellipsis).
  const spans = articles.map((a) =>
    splitSentences(a.text).flatMap((span) => {
      const whole = withoutTruncation(a.text, span);
      return whole === null ? [] : [withoutConnective(a.text, whole)];
    }),
  );
  // One tokenisation per sentence serves the copy key, the stems and the concepts.
  const analysed = spans.map((list, i) => list.map((s) => analyseWords(articles[i]!.text.slice(s.start, s.end))));
  const groups = groupSources(analysed.map((list) => list.map((w) => w.words.join(' '))));
  const sentences: PoolSentence[] = [];
  const byText = new Map<string, number>();
  spans.forEach((list, a) => {
    const article = articles[a]!;
    list.forEach((span, position) => {
      const text = article.text.slice(span.start, span.end);
      const seenKey = `${groups[a]}\u0000${text}`;
      const seen = byText.get(seenKey);
      const provenance = { article: article.id, start: span.start, end: span.end };
      if (seen !== undefined) {
        (sentences[seen]!.sources as Provenance[]).push(provenance);
        return;
      }
      byText.set(seenKey, sentences.length);
      const { stems, concepts } = analysed[a]![position]!;
      sentences.push({ index: sentences.length, article: a, group: groups[a]!, position, start: span.start, end: span.end, text, words: countWords(text), stems, concepts, sources: [provenance] });
    });
  });
  return { sentences, groups, groupCount: new Set(groups).size, spans, spanStems: analysed.map((list) => list.map((w) => w.stems)) };
}
