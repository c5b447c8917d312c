// `npm run eval -- quotes`: scores findQuotes against PolNeAR (train and dev) as issue 5 defines.
// A predicted attribution matches a gold one when its content covers at least half of the gold
// content's word tokens (and, for the sourced score, its speaker span overlaps the gold source).
// Two counts are printed. The issue's own count judges each prediction and each gold on its own:
// precision is the share of predictions that match some gold, recall the share of gold that some
// prediction matches ("overlap" rows, as overlap scores such as Citron's are counted). The
// stricter count pairs them one to one (a maximum matching, best coverage first), so one wide
// prediction cannot match twice; its rows carry the plain names and the older floors.
// Flags: --quiet (figures only), --errors N (print N missed and N spurious train attributions).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findQuotes, type Quote } from '../src/stages/quotes/index.ts';
import { SHARED_DATA_DIR, hashCorpus, missingData, type EvalReport } from './eval-report.ts';

export type Piece = [number, number, string];

/** One normalised PolNeAR attribution (only what the score reads). */
export interface GoldAttribution {
  readonly source: Piece | null;
  readonly content: Piece | null;
  readonly fragments: { readonly source: Piece[]; readonly content: Piece[] };
}

/** One normalised PolNeAR article. */
export interface GoldArticle {
  readonly id: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
}

/** A gold attribution prepared for scoring. */
interface Gold {
  /** Word tokens of the content pieces, as [start, end]. */
  readonly tokens: readonly (readonly [number, number])[];
  readonly sources: readonly Piece[];
  readonly direct: boolean;
  readonly raw: GoldAttribution;
}

/** Precision, recall and F1 counts. */
export interface Tally {
  predicted: number;
  gold: number;
  matched: number;
}

/** The overlap count: predictions that match some gold, gold that some prediction matches. */
export interface OverlapTally {
  predicted: number;
  predictedRight: number;
  gold: number;
  goldFound: number;
}

/** Every tally of one split. */
export interface SplitScore {
  readonly all: Tally;
  readonly sourced: Tally;
  readonly direct: Tally;
  readonly sourcedOverlap: OverlapTally;
  readonly directOverlap: OverlapTally;
  /** Matched direct pairs whose gold has a source, and those whose speaker span overlaps it. */
  readonly speaker: { pairs: number; right: number };
  bytes: number;
  ms: number;
}

const QUOTE_START = /^["“”‘’'`„«]/;
const WORD = /\w+/g;
const SPLITS = ['train', 'dev'] as const;

/** The articles of one split. */
function readSplit(split: string): GoldArticle[] {
  const body = gunzipSync(readFileSync(join(SHARED_DATA_DIR, 'quotes/polnear', `${split}.jsonl.gz`))).toString('utf8');
  return body.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as GoldArticle);
}

/** Gold attributions with content, with their word tokens. */
function prepareGold(article: GoldArticle): Gold[] {
  return article.attributions.flatMap((a) => {
    if (!a.content) return [];
    const tokens = a.fragments.content.flatMap(([start, , text]) => [...text.matchAll(WORD)].map((m) => [start + m.index, start + m.index + m[0].length] as const));
    if (tokens.length === 0) return [];
    return [{ tokens, sources: a.source ? a.fragments.source : [], direct: QUOTE_START.test(a.content[2]), raw: a }];
  });
}

/** Share of the gold tokens inside the predicted content. */
function coverage(quote: Quote, gold: Gold): number {
  const [s, e] = quote.content;
  let inside = 0;
  for (const [ts, te] of gold.tokens) if (ts >= s && te <= e) inside++;
  return inside / gold.tokens.length;
}

/** True when the quote's speaker span overlaps one of the gold source pieces. */
function speakerOverlaps(quote: Quote, gold: Gold): boolean {
  const span = quote.speakerSpan;
  return span !== null && gold.sources.some(([s, e]) => span[0] < e && s < span[1]);
}

/**
 * One-to-one matching of the most pairs: best coverage first, then augmenting paths (Kuhn), so a
 * prediction that took a gold another could only match gives it up for one it also covers.
 * Returns the matched [prediction, gold] index pairs.
 */
function match(preds: readonly Quote[], golds: readonly Gold[], withSpeaker: boolean): [number, number][] {
  const candidates: [number, number, number][] = [];
  const options: number[][] = preds.map(() => []);
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      const c = coverage(p, g);
      if (c >= 0.5 && (!withSpeaker || speakerOverlaps(p, g))) candidates.push([c, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of candidates) options[i]!.push(j);
  const goldOf = new Map<number, number>();
  const predOf = new Map<number, number>();
  const pair = (i: number, j: number): void => {
    goldOf.set(i, j);
    predOf.set(j, i);
  };
  for (const [, i, j] of candidates) if (!goldOf.has(i) && !predOf.has(j)) pair(i, j);
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const j of options[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      const holder = predOf.get(j);
      if (holder === undefined || augment(holder, seen)) {
        pair(i, j);
        return true;
      }
    }
    return false;
  };
  options.forEach((list, i) => {
    if (list.length > 0 && !goldOf.has(i)) augment(i, new Set());
  });
  return [...goldOf.entries()];
}

/** Adds one article's overlap counts: each prediction and each gold judged on its own. */
function addOverlap(tally: OverlapTally, preds: readonly Quote[], golds: readonly Gold[], withSpeaker: boolean): void {
  const matches = (p: Quote, g: Gold): boolean => coverage(p, g) >= 0.5 && (!withSpeaker || speakerOverlaps(p, g));
  tally.predicted += preds.length;
  tally.gold += golds.length;
  tally.predictedRight += preds.filter((p) => golds.some((g) => matches(p, g))).length;
  tally.goldFound += golds.filter((g) => preds.some((p) => matches(p, g))).length;
}

/** Adds one article's counts to a tally. */
function add(tally: Tally, predicted: number, gold: number, matched: number): void {
  tally.predicted += predicted;
  tally.gold += gold;
  tally.matched += matched;
}

/** Scores one article into `score`; returns what was missed and spurious for error listings. */
export function scoreArticle(article: GoldArticle, quotes: Quote[], score: SplitScore): { missed: Gold[]; spurious: Quote[] } {
  const golds = prepareGold(article);
  const allPairs = match(quotes, golds, false);
  add(score.all, quotes.length, golds.length, allPairs.length);
  const sourcedPreds = quotes.filter((q) => q.speakerSpan !== null);
  const sourcedGolds = golds.filter((g) => g.sources.length > 0);
  add(score.sourced, sourcedPreds.length, sourcedGolds.length, match(sourcedPreds, sourcedGolds, true).length);
  addOverlap(score.sourcedOverlap, sourcedPreds, sourcedGolds, true);
  const directPreds = quotes.filter((q) => QUOTE_START.test(article.text.slice(q.content[0], q.content[0] + 1)));
  const directGolds = golds.filter((g) => g.direct);
  const directPairs = match(directPreds, directGolds, false);
  add(score.direct, directPreds.length, directGolds.length, directPairs.length);
  addOverlap(score.directOverlap, directPreds, directGolds, false);
  for (const [i, j] of directPairs) {
    const gold = directGolds[j]!;
    if (gold.sources.length === 0) continue;
    score.speaker.pairs++;
    if (speakerOverlaps(directPreds[i]!, gold)) score.speaker.right++;
  }
  const matchedG = new Set(allPairs.map(([, j]) => j));
  const matchedP = new Set(allPairs.map(([i]) => i));
  return { missed: golds.filter((_, j) => !matchedG.has(j)), spurious: quotes.filter((_, i) => !matchedP.has(i)) };
}

/** Precision, recall and F1 of a one-to-one tally or an overlap tally. */
function prf(t: Tally | OverlapTally): { p: number; r: number; f1: number } {
  const right = 'matched' in t ? t.matched : t.predictedRight;
  const found = 'matched' in t ? t.matched : t.goldFound;
  const p = t.predicted ? right / t.predicted : 0;
  const r = t.gold ? found / t.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Runs the finder over a split, timing it. */
function scoreSplit(articles: GoldArticle[], errors: number): SplitScore {
  const score = emptyScore();
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const article of articles) {
    const started = performance.now();
    const quotes = findQuotes(article.text);
    score.ms += performance.now() - started;
    score.bytes += Buffer.byteLength(article.text);
    const found = scoreArticle(article, quotes, score);
    if (errors > 0) {
      for (const g of found.missed) missed.push(`MISS ${article.id}: [${g.raw.source?.[2] ?? '-'}] ${g.raw.content?.[2].slice(0, 160)}`);
      for (const q of found.spurious) spurious.push(`SPUR ${article.id}: [${q.speakerSpan ? article.text.slice(...q.speakerSpan) : '-'} | ${article.text.slice(...q.cue)}] ${article.text.slice(...q.content).slice(0, 160)}`);
    }
  }
  if (errors > 0) for (const line of [...sample(missed, errors), ...sample(spurious, errors)]) console.log(line.replace(/\n/g, '¶'));
  return score;
}

/** Every n-th line so that `count` lines are spread over the list. */
function sample(lines: string[], count: number): string[] {
  const step = Math.max(1, Math.floor(lines.length / count));
  return lines.filter((_, i) => i % step === 0).slice(0, count);
}

/** A split's score before any article. */
export function emptyScore(): SplitScore {
  return { all: tally(), sourced: tally(), direct: tally(), sourcedOverlap: overlapTally(), directOverlap: overlapTally(), speaker: { pairs: 0, right: 0 }, bytes: 0, ms: 0 };
}

/** An empty tally. */
function tally(): Tally {
  return { predicted: 0, gold: 0, matched: 0 };
}

/** An empty overlap tally. */
function overlapTally(): OverlapTally {
  return { predicted: 0, predictedRight: 0, gold: 0, goldFound: 0 };
}

/** The report's metrics for one split, prefixed with its name. */
function metricsOf(name: string, s: SplitScore): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of ['all', 'sourced', 'direct', 'sourcedOverlap', 'directOverlap'] as const) {
    const { p, r, f1 } = prf(s[key]);
    Object.assign(out, { [`${name}.${key}.precision`]: p, [`${name}.${key}.recall`]: r, [`${name}.${key}.f1`]: f1 });
  }
  out[`${name}.direct.speakerAccuracy`] = s.speaker.pairs ? s.speaker.right / s.speaker.pairs : 0;
  return out;
}

/** Prints a table of the figures beside the targets. */
function printTable(scores: Record<string, SplitScore>): void {
  console.log('split   measure     precision  recall  F1      (target)');
  for (const [name, s] of Object.entries(scores)) {
    const rows: [string, Tally, string][] = [['all', s.all, ''], ['sourced', s.sourced, '≥ 0.75'], ['direct', s.direct, '≥ 0.92']];
    for (const [label, t, target] of rows) {
      const { p, r, f1 } = prf(t);
      console.log(`${name.padEnd(7)} ${label.padEnd(11)} ${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f1.toFixed(3)}   ${target} (${t.matched}/${t.predicted} predicted, ${t.gold} gold; one to one)`);
    }
    const overlapRows: [string, OverlapTally, string][] = [['sourced', s.sourcedOverlap, '≥ 0.75'], ['direct', s.directOverlap, '≥ 0.92']];
    for (const [label, t, target] of overlapRows) {
      const { p, r, f1 } = prf(t);
      console.log(`${name.padEnd(7)} ${label.padEnd(11)} ${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f1.toFixed(3)}   ${target} (${t.predictedRight}/${t.predicted} predictions right, ${t.goldFound}/${t.gold} gold found; issue's overlap count)`);
    }
    const acc = s.speaker.pairs ? s.speaker.right / s.speaker.pairs : 0;
    console.log(`${name.padEnd(7)} speaker accuracy on matched direct quotes ${acc.toFixed(3)} (≥ 0.95) over ${s.speaker.pairs} pairs; ${(s.bytes / 1e6 / (s.ms / 1000)).toFixed(1)} MB/s`);
  }
}

/** Scores train and dev separately and together. */
export async function run(args: string[]): Promise<EvalReport> {
  const skipped = missingData('quotes', 'polnear');
  if (skipped) return { name: 'quotes', corpusHash: '', metrics: {}, skipped };
  const errorsAt = args.indexOf('--errors');
  const errors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 20) : 0;
  const files = SPLITS.map((s) => join(SHARED_DATA_DIR, 'quotes/polnear', `${s}.jsonl.gz`));
  const scores: Record<string, SplitScore> = {};
  for (const split of SPLITS) scores[split] = scoreSplit(readSplit(split), split === 'train' ? errors : 0);
  const both = combine(scores.train!, scores.dev!);
  scores['all'] = both;
  if (!args.includes('--quiet')) printTable(scores);
  const metrics = { ...metricsOf('train', scores.train!), ...metricsOf('dev', scores.dev!), ...metricsOf('all', both) };
  return { name: 'quotes', corpusHash: hashCorpus(files), metrics };
}

/** The sum of two splits' tallies. */
function combine(a: SplitScore, b: SplitScore): SplitScore {
  const sum = (x: Tally, y: Tally): Tally => ({ predicted: x.predicted + y.predicted, gold: x.gold + y.gold, matched: x.matched + y.matched });
  const sumOverlap = (x: OverlapTally, y: OverlapTally): OverlapTally => ({
    predicted: x.predicted + y.predicted,
    predictedRight: x.predictedRight + y.predictedRight,
    gold: x.gold + y.gold,
    goldFound: x.goldFound + y.goldFound,
  });
  return {
    all: sum(a.all, b.all),
    sourced: sum(a.sourced, b.sourced),
    direct: sum(a.direct, b.direct),
    sourcedOverlap: sumOverlap(a.sourcedOverlap, b.sourcedOverlap),
    directOverlap: sumOverlap(a.directOverlap, b.directOverlap),
    speaker: { pairs: a.speaker.pairs + b.speaker.pairs, right: a.speaker.right + b.speaker.right },
    bytes: a.bytes + b.bytes,
    ms: a.ms + b.ms,
  };
}
