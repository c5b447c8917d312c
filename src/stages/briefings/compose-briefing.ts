// The default, extractive writer: a story's articles in, a house-format briefing out, every
// sentence a verbatim slice of a source article with its offsets. Deterministic: the same input
// gives the same briefing; no clock, no I/O.
import type { BriefingSentence, BriefingSource, Kicker } from '../../core/briefing.ts';
import { DEFAULT_BRIEFING_OPTIONS, type BriefingArticle, type BriefingOptions, type BriefingOutcome, type ComposeInput } from './briefing-input.ts';
import { conceptWeights, coverConcepts, type Repeats } from './concept-cover.ts';
import { countCoverage } from './coverage-count.ts';
import { forwardScore } from './forward-cues.ts';
import { pickHeadline } from './headline-pick.ts';
import { poolRepeats } from './same-fact.ts';
import { mainLanguage } from './language-filter.ts';
import { mmrSelect } from './mmr-select.ts';
import { pickWhatNext } from './next-pick.ts';
import { pickQuotes, type QuoteChoice } from './quote-pick.ts';
import { moreReadings, pickReadings, type ReadingLimits } from './reading-pick.ts';
import { rankRelated } from './related-rank.ts';
import { resolveRelativeDays } from './relative-days.ts';
import { buildPool, type PoolSentence, type SentencePool } from './sentence-pool.ts';
import { scoreSentences, quotedShare, type ScoredPool } from './sentence-score.ts';
import { storyTerms } from './story-terms.ts';
import { isSubjective } from './subjective-cues.ts';
import { cosine as cosineOf } from './term-vectors.ts';

/** Composes the briefing of one story, or refuses with the reason when no article has text. */
export function composeBriefing(input: ComposeInput, options: BriefingOptions = DEFAULT_BRIEFING_OPTIONS): BriefingOutcome {
  const withText = input.articles.filter((a) => a.text.trim() !== '');
  if (withText.length === 0) return { kind: 'refused', story: input.story, reason: input.articles.length === 0 ? 'the story has no articles' : 'no article of the story has text' };
  const notes: string[] = [];
  const { kept: articles, dropped, language } = mainLanguage(withText);
  if (dropped > 0) notes.push(`${dropped} article(s) not in the story's main language (${language}) were left out`);
  if (withText.length < input.articles.length) notes.push(`${input.articles.length - withText.length} article(s) without text were left out`);
  const pool = buildPool(articles);
  const scored = scoreSentences(pool, articles, options);
  noteSources(pool, articles, notes);
  const sections = composeSections(articles, pool, scored, options, notes);
  const headline = pickHeadline(articles, scored.vocabulary, scored.storyVector);
  const terms = storyTerms(pool);
  return {
    kind: 'briefing',
    briefing: {
      story: input.story,
      kicker: kickerOf(articles),
      headline: headline?.headline ?? '',
      standfirst: sections.standfirst?.text ?? '',
      whatHappened: sections.whatHappened,
      whoSaidWhat: sections.whoSaidWhat,
      whatNext: sections.whatNext,
      coverage: countCoverage(articles, options),
      sources: sourcesOf(articles),
      related: rankRelated(input.story, terms, input.related ?? [], options.relatedMax, options.relatedMinShared),
      updated: newest(articles),
      notes: headline ? notes : [...notes, 'no article has a title: no headline'],
      headlineSource: headline?.article ?? null,
      standfirstSources: sections.standfirst?.sources ?? [],
      standfirstDates: sections.standfirst?.dates ?? [],
      terms,
      composer: 'extractive',
    },
  };
}

/** The four text parts, each from sentences no other part uses. */
function composeSections(articles: readonly BriefingArticle[], pool: SentencePool, scored: ScoredPool, options: BriefingOptions, notes: string[]) {
  const repeats = poolRepeats(pool, articles.map((a) => a.title));
  const happened = pickWhatHappened(pool, scored, options, articles, repeats);
  // No later part tells a fact of What happened again in other words (the cosine checks below catch the same words).
  const retells = (i: number): boolean => happened.some((j) => repeats(i, j));
  const used = new Set(happened);
  const standfirstIndex = pickStandfirst(pool, scored, used, retells);
  if (standfirstIndex !== null) used.add(standfirstIndex);
  else notes.push('no sentence of standfirst length adds to What happened: no standfirst');
  const usedVectors = [...used].map((i) => scored.vectors[i]!);
  const quotes = pickQuotes(articles, pool, scored.vocabulary, scored.storyVector, { max: 3, maxWords: Math.round(options.whoSaidWhatWords.max * 0.6), avoid: usedVectors });
  for (const q of quotes) for (const s of pool.sentences) if (s.article === q.article && s.start >= q.start && s.end <= q.end) used.add(s.index);
  const quoteWords = quotes.reduce((n, q) => n + q.words, 0);
  const readingLimits = { maxWords: options.whoSaidWhatWords.max - quoteWords, used, avoid: [...usedVectors, ...quotes.map((q) => q.vector)], retells };
  const firstReadings = pickReadings(articles, pool, scored, readingLimits);
  for (const r of firstReadings) used.add(r);
  const next = pickWhatNext(pool, scored, options, used, retells);
  for (const n of next) used.add(n);
  // What next? chooses before the section is filled up to the house length, so it keeps its sentences.
  const moreLimits = { ...readingLimits, minWords: options.whoSaidWhatWords.min - quoteWords, avoid: [...readingLimits.avoid, ...next.map((i) => scored.vectors[i]!)] };
  const readings = fillReadings(articles, pool, scored, firstReadings, moreLimits);
  if (quotes.length === 0) notes.push('no direct quote with a named speaker in the coverage');
  if (next.length === 0) notes.push('no forward-looking sentence in the coverage: no What next?');
  return {
    whatHappened: orderForReading(happened, pool, articles).map((i) => toSentence(pool.sentences[i]!, articles, 'fact')),
    standfirst: standfirstIndex === null ? null : toSentence(pool.sentences[standfirstIndex]!, articles, 'fact'),
    whoSaidWhat: [...quotes.map((q) => quoteSentence(q, articles)), ...readings.map((i) => toSentence(pool.sentences[i]!, articles, 'reading'))],
    whatNext: orderForReading(next, pool, articles).map((i) => toSentence(pool.sentences[i]!, articles, 'next')),
  };
}

/**
 * The readings of Who said what, filled up to the house minimum, none retelling What happened.
 * House length first: when that leaves the section short and readings that do retell it would
 * reach the minimum (coverage of a few leads that all tell the lead fact), those are taken, chosen
 * as if no sentence retold anything.
 */
function fillReadings(articles: readonly BriefingArticle[], pool: SentencePool, scored: ScoredPool, first: readonly number[], limits: ReadingLimits & { readonly minWords: number }): number[] {
  const words = (list: readonly number[]): number => list.reduce((n, i) => n + pool.sentences[i]!.words, 0);
  const readings = [...first, ...moreReadings(pool, scored, first, limits)];
  if (words(readings) >= limits.minWords) return readings;
  const used = new Set([...limits.used].filter((i) => !first.includes(i)));
  const loose = { ...limits, used, retells: undefined };
  const looseFirst = pickReadings(articles, pool, scored, loose);
  const looseReadings = [...looseFirst, ...moreReadings(pool, scored, looseFirst, loose)];
  return words(looseReadings) >= limits.minWords ? looseReadings : readings;
}

/** What happened: MMR over the lead sentences of every article, up to the house length. */
function pickWhatHappened(pool: SentencePool, scored: ScoredPool, options: BriefingOptions, articles: readonly BriefingArticle[], repeats: Repeats): number[] {
  const usable = pool.sentences.filter((s) => s.position < options.leadSentences && s.words >= 5 && quotedShare(s.text) < 0.6 && !/\?["'”’]*$/.test(s.text));
  // Sentences in an outlet's own arguing voice are left out while enough reporting remains.
  // Sentences that only look ahead are kept for What next?.
  const reporting = usable.filter((s) => !isSubjective(s.text) && !(options.nextOutOfFacts && forwardScore(s.text) >= 2));
  const indexes = (reporting.length >= options.whatHappenedSentences.min ? reporting : usable).map((s) => s.index);
  const weights = conceptWeights(pool, articles.map((a) => a.title));
  if (options.selection === 'concepts' && weights.size > 0) {
    const limits = { minWords: options.whatHappenedWords.min, maxWords: options.whatHappenedWords.target, minSentences: options.whatHappenedSentences.min, maxSentences: options.whatHappenedSentences.max };
    const picked = coverConcepts(indexes, pool, weights, scored.score, limits, repeats);
    if (picked.length > 0) return picked;
  }
  return mmrSelect(
    { indexes, score: scored.score, vectors: scored.vectors, words: (i) => pool.sentences[i]!.words },
    {
      lambda: options.mmrLambda,
      redundancy: options.redundancy,
      targetWords: options.whatHappenedWords.target,
      maxWords: options.whatHappenedWords.max,
      minSentences: options.whatHappenedSentences.min,
      maxSentences: options.whatHappenedSentences.max,
    },
  );
}

/**
 * The standfirst: the best unused sentence of 15–35 words that does not repeat What happened:
 * none close in words (cosine), and, when any is left, one that tells none of its facts in other
 * words (a standfirst adds the why or the context) and does not take what What next? would show.
 * When every candidate retells a fact, as in coverage of a few leads that all tell it, the best of
 * them is kept rather than no standfirst.
 */
function pickStandfirst(pool: SentencePool, scored: ScoredPool, used: ReadonlySet<number>, retells: (i: number) => boolean): number | null {
  const chosen = [...used].map((i) => scored.vectors[i]!);
  // Lower is better: a sentence that adds context, then one that looks ahead, then one that retells.
  const tier = (i: number): number => (retells(i) ? 2 : forwardScore(pool.sentences[i]!.text) >= 2 ? 1 : 0);
  let best: number | null = null;
  let bestTier = Infinity;
  for (const s of pool.sentences) {
    if (used.has(s.index) || s.words < 15 || s.words > 35 || /\?["'”’]*$/.test(s.text) || quotedShare(s.text) > 0.4) continue;
    if (chosen.some((v) => cosineOf(v, scored.vectors[s.index]!) >= 0.5)) continue;
    const t = tier(s.index);
    if (t < bestTier || (t === bestTier && scored.score[s.index]! > scored.score[best!]!)) {
      best = s.index;
      bestTier = t;
    }
  }
  return best;
}

/** Time and logic: the earliest-published article's sentences first, each article's in its own order. */
function orderForReading(indexes: readonly number[], pool: SentencePool, articles: readonly BriefingArticle[]): number[] {
  const time = (s: PoolSentence): number => {
    const t = articles[s.article]!.published;
    return t ? Date.parse(t) || Infinity : Infinity;
  };
  return [...indexes].sort((x, y) => {
    const a = pool.sentences[x]!;
    const b = pool.sentences[y]!;
    return a.position - b.position || time(a) - time(b) || a.article - b.article;
  });
}

/** A pool sentence as a briefing sentence, with every copy's provenance and its resolved days. */
function toSentence(s: PoolSentence, articles: readonly BriefingArticle[], role: BriefingSentence['role']): BriefingSentence {
  const article = articles[s.article]!;
  const dates = resolveRelativeDays(s.text, article.published);
  return {
    text: s.text,
    sources: s.sources,
    role,
    speaker: role === 'reading' ? article.outlet : null,
    outlet: article.outlet,
    perspective: article.perspective,
    ...(dates.length > 0 ? { dates } : {}),
  };
}

/** A picked quote as a briefing sentence. */
function quoteSentence(q: QuoteChoice, articles: readonly BriefingArticle[]): BriefingSentence {
  const article = articles[q.article]!;
  const dates = resolveRelativeDays(q.text, article.published);
  return {
    text: q.text,
    sources: [{ article: article.id, start: q.start, end: q.end }],
    role: 'quote',
    speaker: q.speaker,
    outlet: article.outlet,
    perspective: article.perspective,
    ...(dates.length > 0 ? { dates } : {}),
  };
}

/** Notes on thin or copied coverage. */
function noteSources(pool: SentencePool, articles: readonly BriefingArticle[], notes: string[]): void {
  if (pool.groupCount === 1) notes.push(articles.length === 1 ? 'one article: nothing to compare across outlets' : 'every article is a copy of one report: one source');
  else if (pool.groupCount < articles.length) notes.push(`${articles.length - pool.groupCount} wire or duplicate copies counted as one source with their original`);
  if (articles.every((a) => !a.published)) notes.push('no article has a date: relative days are left as written');
}

/** Talking Point when most of the coverage is opinion; Speed Read otherwise. */
function kickerOf(articles: readonly BriefingArticle[]): Kicker {
  return articles.filter((a) => a.opinion).length * 2 > articles.length ? 'Talking Point' : 'Speed Read';
}

/** Every article used, oldest first (undated last), then by id. */
function sourcesOf(articles: readonly BriefingArticle[]): BriefingSource[] {
  return [...articles]
    .sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id))
    .map((a) => ({ article: a.id, outlet: a.outlet, perspective: a.perspective, title: a.title, url: a.url, published: a.published }));
}

/** ISO time of the newest dated article, or null. */
function newest(articles: readonly BriefingArticle[]): string | null {
  const times = articles.map((a) => (a.published ? Date.parse(a.published) : NaN)).filter((t) => !Number.isNaN(t));
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : null;
}
