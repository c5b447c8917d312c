// Story clustering throughput and memory: streams real article texts from ../shared/data/stories,
// replayed with fresh ids and shifted times, through the clusterer, and prints articles/s and
// peak memory beside the single-pass TF-IDF baseline on the same stream.
//
// `npm run bench -- stories` runs 100,000 articles; `--million` adds the 1,000,000 run, which
// shows that cost per article and memory stay flat once the window is full. Times advance at
// `--per-day N` articles a day (default 1,200, a few hundred outlets), so one pass over the
// ~10,400 texts spans more than the 7-day window and a replayed text is not a duplicate of its
// earlier self.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import type { StoryArticle } from '../src/core/story.ts';
import { BaselineClusterer, StoryClusterer } from '../src/stages/stories/index.ts';
import { loadStream, STORY_FILES } from '../eval/stories.ts';
import { SHARED_DATA_DIR } from '../eval/eval-report.ts';

const DAY = 86_400_000;
const START = Date.UTC(2030, 0, 1);

/** One measured run. */
interface Measure {
  readonly articles: number;
  readonly seconds: number;
  /** CPU seconds of this process (user + system): the figure that other load on the machine disturbs least. */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly segments: readonly number[];
  readonly window?: string;
}

/** Prints the table; see the file comment for flags. */
export async function run(args: string[]): Promise<void> {
  if (!existsSync(path.join(SHARED_DATA_DIR, 'stories'))) {
    console.log('bench stories: skipped, ../shared/data/stories is absent');
    return;
  }
  const perDay = Number(flagValue(args, '--per-day') ?? 1_200);
  const pool = STORY_FILES.flatMap((name) => loadStream(name).map((g) => g.article));
  console.log(`bench stories: ${pool.length.toLocaleString('en')} real texts replayed at ${perDay.toLocaleString('en')} articles/day, 7-day window`);
  const sizes = args.includes('--million') ? [100_000, 1_000_000] : [100_000];
  const rows: string[][] = [['run', 'articles', 'articles/s', 'per CPU s', 'peak RSS MB', 'articles/s per 100k', 'window at end']];
  for (const n of sizes) rows.push(row('ours', measureOurs(pool, n, perDay)));
  rows.push(row('baseline (no window)', measureBaseline(pool, 100_000, perDay)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(21) : c.padStart(i === 5 ? 48 : 12))).join(' '));
  console.log('articles/s: one core, end to end (features, language, duplicates, scoring, merges, eviction), by the wall clock; per CPU s: by this');
  console.log("process's CPU time, which a busy machine disturbs less (compare ours with the baseline of the same run); peak RSS includes the loaded texts.");
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
}

function row(name: string, m: Measure): string[] {
  return [name, m.articles.toLocaleString('en'), Math.round(m.articles / m.seconds).toLocaleString('en'), Math.round(m.articles / m.cpuSeconds).toLocaleString('en'), m.peakRssMb.toFixed(0), m.segments.map((s) => Math.round(s).toLocaleString('en')).join(' '), m.window ?? ''];
}

/** The k-th article of the replayed stream: a pool text with a fresh id and a shifted time. */
function replayed(pool: readonly StoryArticle[], k: number, perDay: number): StoryArticle {
  const base = pool[k % pool.length]!;
  return { ...base, id: `r${k}`, publishedAt: START + Math.floor((k * DAY) / perDay) };
}

function measureOurs(pool: readonly StoryArticle[], n: number, perDay: number): Measure {
  const clusterer = new StoryClusterer();
  const m = timed(n, (k) => clusterer.assign(replayed(pool, k, perDay)));
  const w = clusterer.stats();
  return { ...m, window: `${w.stories} stories, ${w.articles} articles, ${w.termIds} term ids` };
}

function measureBaseline(pool: readonly StoryArticle[], n: number, perDay: number): Measure {
  const baseline = new BaselineClusterer(0.3);
  return timed(n, (k) => baseline.assign(replayed(pool, k, perDay)));
}

/** Runs `step` n times; rate per 100,000-article segment and peak RSS sampled every 5,000. */
function timed(n: number, step: (k: number) => unknown): Omit<Measure, 'window'> {
  const segments: number[] = [];
  let peak = process.memoryUsage().rss;
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  let segmentStart = started;
  for (let k = 0; k < n; k++) {
    step(k);
    if ((k + 1) % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    if ((k + 1) % 100_000 === 0) {
      const now = performance.now();
      segments.push(100_000 / ((now - segmentStart) / 1000));
      segmentStart = now;
    }
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { articles: n, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: peak / 1e6, segments };
}

function flagValue(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}
