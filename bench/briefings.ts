// Briefing composition time for a 50-article story (target: under 200 ms), beside two baselines
// measured in the same process on the same articles: wink-nlp only splitting them into sentences
// (the floor any extractive composer pays), and LexRank over them. Articles are the first 50 of
// BASIL (full news articles, 628 words on average, from Fox News, The New York Times and
// HuffPost), given to the composer as one story; quotes are found beforehand, as the ingestion
// loop stores them. Median of 7 runs after one warm-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parsePerspective } from '../src/core/perspective.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { composeBriefing, lexRankSummary, type BriefingArticle } from '../src/stages/briefings/index.ts';
import { findQuotes } from '../src/stages/quotes/index.ts';
import { missingData, SHARED_DATA_DIR } from '../eval/eval-report.ts';

const RUNS = 7;

/** The first `n` BASIL articles as briefing input. */
function loadArticles(n: number): BriefingArticle[] {
  const body = gunzipSync(readFileSync(join(SHARED_DATA_DIR, 'stories', 'basil.jsonl.gz'))).toString('utf8');
  return body
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, n)
    .map((line) => {
      const r = JSON.parse(line) as Record<string, string | null>;
      return {
        id: r.id!,
        outlet: r.outlet ?? 'unknown',
        perspective: parsePerspective(r.lean ?? '') ?? 'unknown',
        title: r.title ?? '',
        text: r.text ?? '',
        url: null,
        published: r.published ? new Date(Date.parse(r.published)).toISOString() : null,
        quotes: findQuotes(r.text ?? ''),
        language: 'en',
      };
    });
}

/** Median wall and CPU milliseconds of RUNS runs of `work`, after two warm-ups. CPU time is
 * printed too because the machine is shared: wall time then measures the neighbours as well. */
function median(work: () => unknown): { wall: number; cpu: number } {
  work();
  work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    work();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const mid = (list: number[]): number => list.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  return { wall: mid(walls), cpu: mid(cpus) };
}

/** "wall ms (cpu ms)" for a line of the report. */
function figure(t: { wall: number; cpu: number }): string {
  return `${t.wall.toFixed(1).padStart(7)} ms wall ${t.cpu.toFixed(1).padStart(7)} ms CPU`;
}

/** Prints the composer's time beside the baselines for stories of 10, 25 and 50 articles. */
export async function run(): Promise<void> {
  const skipped = missingData('stories', 'basil.jsonl.gz');
  if (skipped) {
    console.log(`bench briefings: skipped, ${skipped}`);
    return;
  }
  const all = loadArticles(50);
  const nlp = winkNLP(model, ['sbd']);
  console.log(`load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
  for (const n of [10, 25, 50]) {
    const articles = all.slice(0, n);
    const words = articles.reduce((k, a) => k + a.text.split(/\s+/).length, 0);
    const compose = median(() => composeBriefing({ story: 'bench', articles }));
    const split = median(() => articles.forEach((a) => nlp.readDoc(a.text).sentences().length()));
    const lexrank = median(() => lexRankSummary(articles, 90));
    console.log(`${String(n).padStart(2)} articles, ${words} words (median of ${RUNS}):`);
    console.log(`  composeBriefing          ${figure(compose)}${n === 50 ? '  (target < 200 ms)' : ''}`);
    console.log(`  wink-nlp sentences only  ${figure(split)}  (baseline)`);
    console.log(`  LexRank                  ${figure(lexrank)}  (baseline)`);
  }
}
