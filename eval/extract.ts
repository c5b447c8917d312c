// Extraction accuracy, scored the way each benchmark scores itself, on the shared data in place:
// - scrapinghub: article-body F1 over 4-token shingles (upstream evaluate.py), with the published
//   figures of other tools recomputed from their stored outputs to show that the scorer is right;
// - trafilatura: "with"/"without" snippet F1 (upstream tests/eval_common.py);
// - readability: title exact match, byline and published time where the expected metadata has them.
// `--pages` prints the worst pages of each corpus; `--quiet` prints nothing (CI).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { extractArticle } from '../src/stages/extract/index.ts';
import { bylineNames } from '../src/stages/extract/byline-names.ts';
import { sameDate } from '../src/stages/extract/date-normalize.ts';
import { decodeBody } from '../src/stages/fetch/body-decode.ts';
import type { ExtractedArticle } from '../src/core/extracted-article.ts';
import { SHARED_DATA_DIR, hashCorpus, missingData, type EvalReport } from './eval-report.ts';

const DATA = join(SHARED_DATA_DIR, 'extraction');

/** Published figures on the pages of this folder (shared/data/README.md), for the printout. */
const PUBLISHED = {
  scrapinghub: 'rs_trafilatura 0.970, go_trafilatura 0.960, trafilatura 0.958, newspaper4k 0.949, Readability.js 0.947 (upstream page set)',
  trafilatura: 'trafilatura 2.2.0 standard 0.924, precision 0.920, magic-html 0.889, readability-lxml 0.826 (upstream annotation set)',
};

/** Tools whose stored outputs are rescored beside ours, with their figure on these pages per the README. */
const REPRODUCED: ReadonlyArray<readonly [string, number]> = [['readability_js', 0.943], ['trafilatura', 0.955], ['AutoExtract', 0.970]];

/** The article of a page, or null when the extractor found none (scored as empty output). */
function extract(html: string, url: string | null): ExtractedArticle | null {
  const outcome = extractArticle(html, { url });
  return outcome.kind === 'article' ? outcome.article : null;
}

/** Reads a gzip file as text, decoding by BOM, meta charset or UTF-8. */
function readPage(path: string): string {
  return decodeBody(gunzipSync(readFileSync(path)), null).text;
}

// ---------- scrapinghub: shingle F1 ----------

/** Multiset of 4-token shingles of a text (1–3 tokens give one shingle of all of them). */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const n = Math.min(4, tokens.length);
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page normalised tp, fp, fn of a prediction against a reference. */
export function pageCounts(reference: string, prediction: string): { tp: number; fp: number; fn: number } {
  const truth = shingles(reference);
  const predicted = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, p] of predicted) {
    const t = truth.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
  }
  for (const [key, t] of truth) fn += Math.max(0, t - (predicted.get(key) ?? 0));
  const total = tp + fp + fn;
  return total === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

/** Upstream's figures over pages: mean precision, mean recall, F1 of the means, exact-token accuracy. */
export function shingleScores(pairs: ReadonlyArray<readonly [string, string]>): { f1: number; precision: number; recall: number; accuracy: number; perPage: number[] } {
  const precisions: number[] = [];
  const recalls: number[] = [];
  const perPage: number[] = [];
  let exact = 0;
  for (const [reference, prediction] of pairs) {
    const { tp, fp, fn } = pageCounts(reference, prediction);
    if (tp + fp > 0) precisions.push(tp / (tp + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
    const pp = tp + fp > 0 ? tp / (tp + fp) : 1;
    const rr = tp + fn > 0 ? tp / (tp + fn) : 1;
    perPage.push(pp + rr === 0 ? 0 : (2 * pp * rr) / (pp + rr));
    const tokens = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');
    if (tokens(reference) === tokens(prediction)) exact++;
  }
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, accuracy: pairs.length === 0 ? 0 : exact / pairs.length, perPage };
}

interface GroundTruth {
  readonly [id: string]: { readonly articleBody: string | null; readonly url: string };
}

/** A stored tool output, plain or wrapped in `{version, output}`. */
function readToolOutput(path: string): Record<string, { articleBody: string | null }> {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return (parsed.output && typeof parsed.output === 'object' ? parsed.output : parsed) as Record<string, { articleBody: string | null }>;
}

/** Scores our extractor (and reproduces stored tools' figures) on the scrapinghub pages. */
function scoreScrapinghub(log: (line: string) => void, showPages: boolean): Record<string, number> {
  const dir = join(DATA, 'scrapinghub');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const ids = Object.keys(truth).sort();
  for (const [tool, published] of REPRODUCED) {
    const output = readToolOutput(join(dir, 'output', `${tool}.json`));
    const scores = shingleScores(ids.map((id) => [truth[id]?.articleBody ?? '', output[id]?.articleBody ?? '']));
    log(`  reproduced ${tool.padEnd(15)} F1 ${scores.f1.toFixed(3)} P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)} acc ${scores.accuracy.toFixed(3)}   (README on these pages: ${published.toFixed(3)})`);
  }
  const predictions = ids.map((id) => {
    const page = truth[id];
    const article = extract(readPage(join(dir, 'html', `${id}.html.gz`)), page?.url ?? null);
    return [page?.articleBody ?? '', article?.text ?? ''] as const;
  });
  const scores = shingleScores(predictions);
  log(`  roundup                    F1 ${scores.f1.toFixed(3)} P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)} acc ${scores.accuracy.toFixed(3)}   target 0.970`);
  log(`  published: ${PUBLISHED.scrapinghub}`);
  const below = scores.perPage.filter((f) => f < 0.5).length;
  log(`  pages below F1 0.5: ${below}`);
  if (showPages) {
    const ranked = ids.map((id, i) => ({ id, f: scores.perPage[i] ?? 0, url: truth[id]?.url })).sort((a, b) => a.f - b.f).slice(0, 25);
    for (const page of ranked) log(`    ${page.f.toFixed(3)}  ${page.id.slice(0, 12)}  ${page.url}`);
  }
  return {
    'scrapinghub.f1': scores.f1,
    'scrapinghub.precision': scores.precision,
    'scrapinghub.recall': scores.recall,
    'scrapinghub.accuracy': scores.accuracy,
  };
}

// ---------- trafilatura: with/without snippets ----------

interface EvalEntry {
  readonly file: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
}

/** Whitespace-normalised text, as upstream compares it. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Scores the extractor on trafilatura's annotated snippets. */
function scoreTrafilatura(log: (line: string) => void, showPages: boolean): Record<string, number> {
  const dir = join(DATA, 'trafilatura');
  const entries = Object.entries(JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalEntry>);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  const worst: Array<{ url: string; misses: number; leaks: number }> = [];
  for (const [url, entry] of entries) {
    const path = join(dir, 'html', `${entry.file}.gz`);
    const text = existsSync(path) ? squash(extract(readPage(path), url)?.text ?? '') : '';
    let misses = 0;
    let leaks = 0;
    for (const snippet of entry.with) {
      if (text.includes(squash(snippet))) tp++;
      else misses++;
    }
    for (const snippet of entry.without) {
      if (text.includes(squash(snippet))) leaks++;
      else tn++;
    }
    fn += misses;
    fp += leaks;
    if (misses + leaks > 0) worst.push({ url, misses, leaks });
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  const accuracy = (tp + tn) / (tp + tn + fp + fn);
  log(`  roundup  P ${precision.toFixed(3)} R ${recall.toFixed(3)} acc ${accuracy.toFixed(3)} F1 ${f1.toFixed(3)}   target 0.930  (tp ${tp} fn ${fn} fp ${fp} tn ${tn})`);
  log(`  published: ${PUBLISHED.trafilatura}`);
  if (showPages) {
    for (const page of worst.sort((a, b) => b.misses + b.leaks - (a.misses + a.leaks)).slice(0, 25)) log(`    missed ${page.misses} leaked ${page.leaks}  ${page.url}`);
  }
  return { 'trafilatura.f1': f1, 'trafilatura.precision': precision, 'trafilatura.recall': recall };
}

// ---------- readability: metadata ----------

interface ExpectedMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedTime: string | null;
}

/** True when our byline names the same people as the expected byline string. */
function sameByline(expected: string, ours: readonly string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (norm(expected) === norm(ours.join(', '))) return true;
  const want = bylineNames([expected]).map(norm).sort();
  const got = ours.map(norm).sort();
  return want.length > 0 && want.join('|') === got.join('|');
}

/** Scores title, byline and published time on Readability.js's test pages. */
function scoreReadability(log: (line: string) => void, showPages: boolean): Record<string, number> {
  const dir = join(DATA, 'readability');
  const cases = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'expected-metadata.json'))).sort();
  const tally: Record<'title' | 'byline' | 'published', [number, number]> = { title: [0, 0], byline: [0, 0], published: [0, 0] };
  const misses: string[] = [];
  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
    const article = extract(readPage(join(dir, name, 'source.html.gz')), 'http://fakehost/test/page.html');
    const check = (field: keyof typeof tally, wanted: string | null, ok: boolean, got: unknown) => {
      if (!wanted) return;
      tally[field][1]++;
      if (ok) tally[field][0]++;
      else misses.push(`${name} ${field}: expected ${JSON.stringify(wanted)} got ${JSON.stringify(got)}`);
    };
    check('title', expected.title, squash(article?.title ?? '') === squash(expected.title ?? ''), article?.title);
    check('byline', expected.byline, sameByline(expected.byline ?? '', article?.byline ?? []), article?.byline);
    check('published', expected.publishedTime, sameDate(expected.publishedTime, article?.published ?? null), article?.published);
  }
  const share = (field: keyof typeof tally) => (tally[field][1] === 0 ? 0 : tally[field][0] / tally[field][1]);
  log(`  title ${tally.title[0]}/${tally.title[1]} = ${share('title').toFixed(3)} (target 0.98)  byline ${tally.byline[0]}/${tally.byline[1]} = ${share('byline').toFixed(3)} (target 0.90)  published ${tally.published[0]}/${tally.published[1]} = ${share('published').toFixed(3)} (target 0.90)`);
  if (showPages) for (const line of misses) log(`    ${line}`);
  return { 'readability.title': share('title'), 'readability.byline': share('byline'), 'readability.published': share('published') };
}

/** Runs the three scorings; metrics are named `<corpus>.<figure>`. */
export async function run(args: string[]): Promise<EvalReport> {
  const missing = missingData('extraction');
  if (missing) return { name: 'extract', corpusHash: '', metrics: {}, skipped: missing };
  const quiet = args.includes('--quiet');
  const showPages = args.includes('--pages');
  const log = (line: string) => {
    if (!quiet) console.log(line);
  };
  const started = performance.now();
  log('scrapinghub (119 pages, shingle F1 of the article body):');
  const scrapinghub = scoreScrapinghub(log, showPages);
  log('trafilatura (645 pages, with/without snippets):');
  const trafilatura = scoreTrafilatura(log, showPages);
  log('readability (130 test pages, metadata):');
  const readability = scoreReadability(log, showPages);
  log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const corpusHash = hashCorpus(['scrapinghub', 'trafilatura', 'readability'].map((name) => join(DATA, name)));
  return { name: 'extract', corpusHash, metrics: { ...scrapinghub, ...trafilatura, ...readability } };
}
