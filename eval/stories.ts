// `npm run eval -- stories`: clusters each file of ../shared/data/stories as one stream and scores
// the stories found against the gold `story` with B-cubed precision, recall and F1, beside a
// single-pass TF-IDF baseline. The clusterer sees only id, outlet, title, text and date.
//
// Honesty rules: one configuration for all files (the defaults of story-config.ts); a stream is
// in date order where the file has dates, and the order within a date (or of an undated file) is
// a seeded shuffle, because the files list a story's articles next to each other and undated
// input order is time order. Tuning (`--tune`) scores a grid on the tuning half only: NeuS's
// train split plus the stories of the other files whose id hash is even; the held-out half
// (NeuS val and the odd-hash stories) is reported as `heldout.*`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { StoryArticle } from '../src/core/story.ts';
import { BaselineClusterer } from '../src/stages/stories/baseline-clusterer.ts';
import { DEFAULT_STORY_CONFIG, type StoryConfig } from '../src/stages/stories/story-config.ts';
import { StoryClusterer } from '../src/stages/stories/story-clusterer.ts';
import { hashCorpus, missingData, SHARED_DATA_DIR, type EvalReport } from './eval-report.ts';

/** The four corpora, in the order printed. */
export const STORY_FILES = ['allsides', 'basil', 'neus', 'ecbplus'] as const;

/** One article of a gold file. */
export interface GoldArticle {
  readonly article: StoryArticle;
  readonly story: string;
}

/** B-cubed precision, recall and F1 of a predicted clustering against gold labels. */
export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** B-cubed scores: per article, the share of its predicted cluster that is in its gold story
 * (precision) and of its gold story that is in its predicted cluster (recall), averaged. */
export function bcubed(predicted: readonly string[], gold: readonly string[]): BCubed {
  const pairs = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const key = `${predicted[i]}\u0000${gold[i]}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    predSize.set(predicted[i]!, (predSize.get(predicted[i]!) ?? 0) + 1);
    goldSize.set(gold[i]!, (goldSize.get(gold[i]!) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < gold.length; i++) {
    const both = pairs.get(`${predicted[i]}\u0000${gold[i]}`)!;
    precision += both / predSize.get(predicted[i]!)!;
    recall += both / goldSize.get(gold[i]!)!;
  }
  precision /= gold.length || 1;
  recall /= gold.length || 1;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Reads one gold file into a stream in the evaluation's order. */
export function loadStream(name: string): GoldArticle[] {
  const text = gunzipSync(readFileSync(join(SHARED_DATA_DIR, 'stories', `${name}.jsonl.gz`))).toString('utf8');
  const rows = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string | null>);
  const articles = rows.map((r) => ({
    article: { id: r.id!, outlet: r.outlet ?? null, title: r.title ?? null, text: r.text ?? '', publishedAt: r.published ? Date.parse(r.published) : null },
    story: r.story!,
  }));
  const random = seededRandom(20260101);
  const keyed = articles.map((a) => ({ a, key: random() }));
  keyed.sort((x, y) => (x.a.article.publishedAt ?? 0) - (y.a.article.publishedAt ?? 0) || x.key - y.key);
  return keyed.map((k) => k.a);
}

/** True for the tuning half: NeuS train, or an even hash of the story id elsewhere. */
export function inTuningHalf(name: string, story: string): boolean {
  if (name === 'neus') return story.startsWith('train-');
  let h = 0;
  for (let i = 0; i < story.length; i++) h = (Math.imul(h, 31) + story.charCodeAt(i)) >>> 0;
  return h % 2 === 0;
}

/** Clusters a stream with our clusterer; the story id of each article. */
export function clusterStream(stream: readonly GoldArticle[], config: Partial<StoryConfig> = {}): string[] {
  const clusterer = new StoryClusterer(config);
  const renamed = new Map<string, string>();
  // As the store would: keep each answer, and follow merges from the absorbed id to the survivor.
  const assigned = stream.map(({ article }) => {
    const assignment = clusterer.assign(article);
    for (const merge of assignment.merges) renamed.set(merge.from, merge.into);
    return assignment.storyId;
  });
  const resolve = (id: string): string => {
    const next = renamed.get(id);
    return next === undefined ? id : resolve(next);
  };
  return assigned.map(resolve);
}

/** Threshold of the baseline, tuned on the tuning half like ours. */
export const BASELINE_THRESHOLD = 0.3;

/** Clusters a stream with the baseline. */
export function baselineStream(stream: readonly GoldArticle[], threshold = BASELINE_THRESHOLD): string[] {
  const baseline = new BaselineClusterer(threshold);
  return stream.map(({ article }) => String(baseline.assign(article)));
}

function score(stream: readonly GoldArticle[], predicted: readonly string[], keep: (g: GoldArticle) => boolean = () => true): BCubed {
  const idx = stream.map((_, i) => i).filter((i) => keep(stream[i]!));
  return bcubed(idx.map((i) => predicted[i]!), idx.map((i) => stream[i]!.story));
}

/** Runs the evaluation; `--tune` prints a grid on the tuning half instead. */
export async function run(args: string[]): Promise<EvalReport> {
  const missing = missingData('stories');
  if (missing) return { name: 'stories', corpusHash: '', metrics: {}, skipped: missing };
  const quiet = args.includes('--quiet');
  const streams = Object.fromEntries(STORY_FILES.map((name) => [name, loadStream(name)])) as Record<string, GoldArticle[]>;
  if (args.includes('--tune')) tune(streams);
  const metrics: Record<string, number> = {};
  const rows: string[][] = [['file', 'articles', 'ours P', 'R', 'F1', 'held-out F1', 'baseline P', 'R', 'F1', 'ms']];
  for (const name of STORY_FILES) {
    const stream = streams[name]!;
    const started = performance.now();
    const ours = clusterStream(stream);
    const ms = performance.now() - started;
    const base = baselineStream(stream);
    const all = score(stream, ours);
    const heldout = score(stream, ours, (g) => !inTuningHalf(name, g.story));
    const b = score(stream, base);
    metrics[`${name}.precision`] = all.precision;
    metrics[`${name}.recall`] = all.recall;
    metrics[`${name}.f1`] = all.f1;
    rows.push([name, String(stream.length), f(all.precision), f(all.recall), f(all.f1), f(heldout.f1), f(b.precision), f(b.recall), f(b.f1), ms.toFixed(0)]);
  }
  if (!quiet) {
    for (const row of rows) console.log(row.map((c, i) => (i === 0 ? c.padEnd(9) : c.padStart(i === 5 ? 11 : 8))).join(' '));
    console.log('held-out F1: the stories outside the tuning half (NeuS val; odd-hash stories of the other files), scored within the full run.');
  }
  return { name: 'stories', corpusHash: hashCorpus(STORY_FILES.map((n) => join(SHARED_DATA_DIR, 'stories', `${n}.jsonl.gz`))), metrics };
}

function f(x: number): string {
  return x.toFixed(3);
}

/** Grid over the main weights on the tuning half; prints the mean F1 of each setting, best last. */
function tune(streams: Record<string, GoldArticle[]>): void {
  const halves = Object.fromEntries(STORY_FILES.map((n) => [n, streams[n]!.filter((g) => inTuningHalf(n, g.story))])) as Record<string, GoldArticle[]>;
  const results: { label: string; mean: number; per: string }[] = [];
  for (const config of grid()) {
    const per = STORY_FILES.map((n) => score(halves[n]!, clusterStream(halves[n]!, config)).f1);
    results.push({ label: JSON.stringify(config), mean: per.reduce((a, b) => a + b, 0) / per.length, per: per.map(f).join(' ') });
  }
  for (const threshold of [0.2, 0.3, 0.4]) {
    const per = STORY_FILES.map((n) => score(halves[n]!, baselineStream(halves[n]!, threshold)).f1);
    console.log(`baseline ${threshold}: ${per.map(f).join(' ')} mean ${f(per.reduce((a, b) => a + b, 0) / per.length)}`);
  }
  results.sort((a, b) => a.mean - b.mean);
  for (const r of results.slice(-15)) console.log(`${f(r.mean)}  ${r.per}  ${r.label}`);
}

function grid(): Partial<StoryConfig>[] {
  const out: Partial<StoryConfig>[] = [];
  for (const joinThreshold of [0.1, 0.12, 0.15]) {
    for (const standoutMargin of [0.1, 0.15]) {
      for (const dayPenalty of [0.08, 0.1, 0.12]) {
        out.push({ joinThreshold, standoutMargin, dayPenalty, undatedPenalty: DEFAULT_STORY_CONFIG.joinThreshold + DEFAULT_STORY_CONFIG.undatedPenalty - joinThreshold });
      }
    }
  }
  return out;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
