// `npm run eval -- briefings`: composes a briefing for every NeuS story (../shared/data/briefings/
// neus.jsonl.gz: three articles each, with AllSides' neutral summary) and scores What happened
// against that summary with ROUGE-1, -2 and -L F1 (Lin 2004, Porter stemming), beside two
// baselines run here on the same stories: the first sentence of each article, and LexRank at the
// same length as the composer's What happened. Also reported: the share of sentences whose
// provenance is a verbatim slice of their source, the share of quotations found verbatim in
// their source, and the shares of briefings within the house-style lengths.
//
// Beside them, where any extractive What happened can land: `oracle.rouge2` (the best set of 2–4
// lead sentences within 60–120 words, chosen knowing the reference) and `random.rouge2` (the mean
// over all those sets), and `referenceBigramsInSources`, the share of the reference's bigrams that
// occur anywhere in the articles (the recall no extract can exceed).
//
// Honesty rules: one configuration (DEFAULT_BRIEFING_OPTIONS), reported on train, val and all;
// `--tune` scores a small grid on train only and prints it, it changes nothing by itself.
// NeuS has no outlets, dates or perspectives: articles are "outlet 1..3", perspective unknown.
// NeuS articles are leads (about 200 words a story), too little for every part to reach its house
// length; `basil.*` checks provenance, quotes and house lengths on BASIL's full articles (74
// stories of Fox News, The New York Times and HuffPost, perspectives known), with no reference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Briefing, BriefingSentence } from '../src/core/briefing.ts';
import {
  checkProvenance,
  composeBriefing,
  DEFAULT_BRIEFING_OPTIONS,
  extractiveBounds,
  leadSummary,
  lexRankSummary,
  quotationsIn,
  rougeL,
  rougeN,
  rougeTokens,
  splitSentences,
  type BriefingArticle,
  type BriefingOptions,
} from '../src/stages/briefings/index.ts';
import { parsePerspective } from '../src/core/perspective.ts';
import { findQuotes } from '../src/stages/quotes/index.ts';
import { hashCorpus, missingData, SHARED_DATA_DIR, type EvalReport } from './eval-report.ts';

/** One NeuS story. */
interface NeusStory {
  readonly id: string;
  readonly articles: readonly BriefingArticle[];
  readonly reference: string;
}

/** ROUGE F1 sums of one system over a set of stories. */
interface Totals {
  r1: number;
  r2: number;
  rl: number;
  n: number;
}

const FILE = ['briefings', 'neus.jsonl.gz'];
const BASIL = ['stories', 'basil.jsonl.gz'];

/** Reads the NeuS stories as briefing input, quotes found by the quotes stage. */
export function loadNeus(): NeusStory[] {
  const text = gunzipSync(readFileSync(join(SHARED_DATA_DIR, ...FILE))).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const row = JSON.parse(line) as { id: string; articles: { title: string; text: string }[]; reference: { summary: string } };
      const articles = row.articles.map((a, k) => ({
        id: `${row.id}-${k + 1}`,
        outlet: `outlet ${k + 1}`,
        perspective: 'unknown' as const,
        title: a.title,
        text: a.text,
        url: null,
        published: null,
        quotes: findQuotes(a.text),
        language: 'en',
      }));
      return { id: row.id, articles, reference: row.reference.summary };
    });
}

/** The reference's ROUGE tokens, sentence by sentence. */
function referenceSentences(reference: string): string[][] {
  return splitSentences(reference).map((s) => rougeTokens(reference.slice(s.start, s.end)));
}

/** Adds one summary's ROUGE F1 against the reference sentences to `totals`. */
function addRouge(totals: Totals, summary: readonly string[], refSentences: readonly (readonly string[])[]): void {
  const cand = summary.map(rougeTokens);
  totals.r1 += rougeN(cand.flat(), refSentences.flat(), 1).f1;
  totals.r2 += rougeN(cand.flat(), refSentences.flat(), 2).f1;
  totals.rl += rougeL(cand, refSentences).f1;
  totals.n++;
}

/** Words of a list of sentences. */
function wordsOf(sentences: readonly { text: string }[]): number {
  return sentences.reduce((n, s) => n + s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
}

/** Quotations of a sentence found verbatim inside its first source's span, and how many there were. */
function verbatimQuotes(s: BriefingSentence, texts: ReadonlyMap<string, string>): [number, number] {
  const source = s.sources[0];
  const span = source ? (texts.get(source.article) ?? '').slice(source.start, source.end) : '';
  const quotes = quotationsIn(s.text);
  return [quotes.filter((q) => span.includes(q)).length, quotes.length];
}

/** Whether each part is within the house-style lengths. */
function houseLengths(b: Briefing): Record<string, boolean> {
  const wh = wordsOf(b.whatHappened);
  const wsw = wordsOf(b.whoSaidWhat);
  const wn = wordsOf(b.whatNext);
  const standfirst = wordsOf([{ text: b.standfirst }]);
  const headline = wordsOf([{ text: b.headline }]);
  return {
    whatHappened: b.whatHappened.length >= 2 && b.whatHappened.length <= 4 && wh >= 60 && wh <= 120,
    standfirst: standfirst >= 15 && standfirst <= 35,
    headline: headline >= 5 && headline <= 10,
    whoSaidWhat: wsw >= 100 && wsw <= 180,
    // An absent What next? is the house rule for coverage that says nothing of it, not a length fault.
    whatNext: b.whatNext.length === 0 || (wn >= 30 && wn <= 70),
  };
}

/** Provenance, verbatim-quote and house-length counts over a set of briefings. */
class BriefingChecks {
  briefings = 0;
  sentences = 0;
  valid = 0;
  quotes = 0;
  verbatim = 0;
  readonly within: Record<string, number> = {};

  /** Counts one briefing against its articles. */
  add(b: Briefing, articles: readonly BriefingArticle[]): void {
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    const all = [...b.whatHappened, ...b.whoSaidWhat, ...b.whatNext];
    this.briefings++;
    this.sentences += all.length + (b.standfirst ? 1 : 0);
    const problems = checkProvenance(b, articles);
    this.valid += all.length + (b.standfirst ? 1 : 0) - new Set(problems.map((p) => `${p.part}:${p.index}`)).size;
    for (const s of all) {
      const [found, total] = verbatimQuotes(s, texts);
      this.verbatim += found;
      this.quotes += total;
    }
    for (const [part, ok] of Object.entries(houseLengths(b))) this.within[part] = (this.within[part] ?? 0) + (ok ? 1 : 0);
  }

  /** The shares, as metrics named `prefix.*`. */
  metrics(prefix: string): Record<string, number> {
    const metrics: Record<string, number> = {
      [`${prefix}.provenance`]: this.sentences > 0 ? this.valid / this.sentences : 1,
      [`${prefix}.quotesVerbatim`]: this.quotes > 0 ? this.verbatim / this.quotes : 1,
    };
    for (const [part, count] of Object.entries(this.within)) metrics[`${prefix}.houseLength.${part}`] = count / Math.max(1, this.briefings);
    return metrics;
  }
}

/** The sets `extractiveBounds` scores: the composer's candidates within the house lengths of What happened. */
function boundLimits(options: BriefingOptions) {
  return { leadSentences: options.leadSentences, minWords: options.whatHappenedWords.min, maxWords: options.whatHappenedWords.max, minSentences: options.whatHappenedSentences.min, maxSentences: options.whatHappenedSentences.max };
}

/** Share of the reference's bigrams (counted with repeats) that occur in some article's text. */
function bigramsInSources(refSentences: readonly (readonly string[])[], articles: readonly BriefingArticle[]): [number, number] {
  const grams = (t: readonly string[]): string[] => t.slice(1).map((w, i) => `${t[i]} ${w}`);
  const sources = new Set(articles.flatMap((a) => grams(rougeTokens(a.text))));
  const ref = grams(refSentences.flat());
  return [ref.filter((g) => sources.has(g)).length, ref.length];
}

/** Scores one configuration over `stories`; metric names are prefixed with `prefix`. */
export function scoreStories(stories: readonly NeusStory[], options: BriefingOptions, prefix: string, baselines = true): Record<string, number> {
  const ours: Totals = { r1: 0, r2: 0, rl: 0, n: 0 };
  const lead: Totals = { r1: 0, r2: 0, rl: 0, n: 0 };
  const lexrank: Totals = { r1: 0, r2: 0, rl: 0, n: 0 };
  const bounds = { oracle: 0, random: 0, n: 0, found: 0, total: 0 };
  const checks = new BriefingChecks();
  for (const story of stories) {
    const outcome = composeBriefing({ story: story.id, articles: story.articles }, options);
    if (outcome.kind !== 'briefing') continue;
    const b = outcome.briefing;
    checks.add(b, story.articles);
    const reference = referenceSentences(story.reference);
    addRouge(ours, b.whatHappened.map((s) => s.text), reference);
    if (!baselines) continue;
    addRouge(lead, leadSummary(story.articles), reference);
    addRouge(lexrank, lexRankSummary(story.articles, wordsOf(b.whatHappened)), reference);
    const bound = extractiveBounds(story.articles, reference.flat(), boundLimits(options));
    if (bound) {
      bounds.oracle += bound.oracle;
      bounds.random += bound.random;
      bounds.n++;
    }
    const [found, total] = bigramsInSources(reference, story.articles);
    bounds.found += found;
    bounds.total += total;
  }
  const n = Math.max(1, ours.n);
  const metrics: Record<string, number> = {
    [`${prefix}.rouge1`]: ours.r1 / n,
    [`${prefix}.rouge2`]: ours.r2 / n,
    [`${prefix}.rougeL`]: ours.rl / n,
    ...checks.metrics(prefix),
  };
  if (baselines) {
    Object.assign(metrics, {
      [`${prefix}.lead.rouge1`]: lead.r1 / n,
      [`${prefix}.lead.rouge2`]: lead.r2 / n,
      [`${prefix}.lead.rougeL`]: lead.rl / n,
      [`${prefix}.lexrank.rouge1`]: lexrank.r1 / n,
      [`${prefix}.lexrank.rouge2`]: lexrank.r2 / n,
      [`${prefix}.lexrank.rougeL`]: lexrank.rl / n,
    });
    // The composer's lead over the better baseline, as a fraction like the scores (0.02 = 2 ROUGE points).
    metrics[`${prefix}.rouge2Margin`] = (ours.r2 - Math.max(lead.r2, lexrank.r2)) / n;
    // Context, not goals: the ceiling and the chance level of an extract (over the stories that have a set in range).
    metrics[`${prefix}.oracle.rouge2`] = bounds.oracle / Math.max(1, bounds.n);
    metrics[`${prefix}.random.rouge2`] = bounds.random / Math.max(1, bounds.n);
    metrics[`${prefix}.referenceBigramsInSources`] = bounds.total > 0 ? bounds.found / bounds.total : 0;
  }
  return metrics;
}

/** BASIL's stories (full articles, perspectives known) as briefing input, grouped by their gold story id. */
function loadBasil(): { id: string; articles: BriefingArticle[] }[] {
  const body = gunzipSync(readFileSync(join(SHARED_DATA_DIR, ...BASIL))).toString('utf8');
  const stories = new Map<string, BriefingArticle[]>();
  for (const line of body.split('\n').filter((l) => l.trim())) {
    const r = JSON.parse(line) as Record<string, string | null>;
    const text = r.text ?? '';
    const list = stories.get(r.story!) ?? [];
    list.push({
      id: r.id!,
      outlet: r.outlet ?? 'unknown',
      perspective: parsePerspective(r.lean ?? '') ?? 'unknown',
      title: r.title ?? '',
      text,
      url: null,
      published: r.published ? new Date(Date.parse(r.published)).toISOString() : null,
      quotes: findQuotes(text),
      language: 'en',
    });
    stories.set(r.story!, list);
  }
  return [...stories].map(([id, articles]) => ({ id, articles }));
}

/** Provenance, quotes and house lengths of BASIL's briefings (no reference summary there). */
function checkBasil(options: BriefingOptions): Record<string, number> {
  const checks = new BriefingChecks();
  for (const story of loadBasil()) {
    const outcome = composeBriefing({ story: story.id, articles: story.articles }, options);
    if (outcome.kind === 'briefing') checks.add(outcome.briefing, story.articles);
  }
  return checks.metrics('basil');
}

/** A few configurations, scored on train only (the `--tune` run). */
function tune(train: readonly NeusStory[]): void {
  const grid: Partial<BriefingOptions>[] = [
    {},
    { selection: 'mmr' },
    { nextOutOfFacts: true },
    { whatHappenedWords: { target: 70, min: 60, max: 120 } },
    { whatHappenedWords: { target: 100, min: 60, max: 120 } },
    { redundancy: 0.3 },
    { redundancy: 0.7 },
  ];
  for (const change of grid) {
    const m = scoreStories(train, { ...DEFAULT_BRIEFING_OPTIONS, ...change }, 'train', false);
    console.log(`${JSON.stringify(change).padEnd(60)} R1 ${(100 * m['train.rouge1']!).toFixed(2)}  R2 ${(100 * m['train.rouge2']!).toFixed(2)}  RL ${(100 * m['train.rougeL']!).toFixed(2)}`);
  }
}

/** Runs the evaluation. */
export async function run(args: string[]): Promise<EvalReport> {
  const missing = missingData(...FILE);
  if (missing) return { name: 'briefings', corpusHash: '', metrics: {}, skipped: missing };
  const stories = loadNeus();
  const train = stories.filter((s) => s.id.startsWith('train-'));
  const val = stories.filter((s) => s.id.startsWith('val-'));
  if (args.includes('--tune')) tune(train);
  const metrics = {
    ...scoreStories(train, DEFAULT_BRIEFING_OPTIONS, 'train'),
    ...scoreStories(val, DEFAULT_BRIEFING_OPTIONS, 'val'),
    ...scoreStories(stories, DEFAULT_BRIEFING_OPTIONS, 'all'),
    ...(missingData(...BASIL) ? {} : checkBasil(DEFAULT_BRIEFING_OPTIONS)),
  };
  if (!args.includes('--quiet')) {
    for (const [name, value] of Object.entries(metrics)) console.log(`${name.padEnd(36)} ${value.toFixed(4)}`);
  }
  return { name: 'briefings', corpusHash: hashCorpus([join(SHARED_DATA_DIR, ...FILE), ...(missingData(...BASIL) ? [] : [join(SHARED_DATA_DIR, ...BASIL)])]), metrics };
}
