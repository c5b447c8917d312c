// `npm run bench -- ingest [--feeds N] [--items N]`: replays 200+ feeds with 20,000+ items (real
// texts from ../shared/data/stories, replicated with fresh ids and shifted dates) through the whole
// ingestion loop on loopback — fetch, parse, dedupe, store items, fetch every page, store articles
// in a real SQLite file — and prints items/s and peak memory. Baseline, run in the same process on
// the same URLs: a bare fetch() of every feed and page at the same concurrency, with no parsing and
// no storage, i.e. the transport's own ceiling.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildReplayDir } from '../src/adapters/replay/replay-builder.ts';
import { openSqliteStore } from '../src/adapters/store-sqlite/index.ts';
import { createHttpClient } from '../src/adapters/http/index.ts';
import { createInlineQueue } from '../src/adapters/queue-inline/inline-queue.ts';
import { Ingestor } from '../src/app/ingestor.ts';
import { silentLogger } from '../src/ports/logger.ts';
import { systemClock } from '../src/ports/clock.ts';
import { parsePerspective } from '../src/core/perspective.ts';
import type { Store } from '../src/ports/store.ts';

const CONCURRENCY = 16;
const dataDir = resolve(import.meta.dirname, '../../shared/data');

/** Peak RSS sampled every 50 ms while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; seconds: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const result = await work();
    return { result, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, seconds: (performance.now() - started) / 1000 };
  } finally {
    clearInterval(timer);
  }
}

/** Starts `roundup replay` in a child process so its memory is not counted as ours. */
async function startReplayChild(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const bin = resolve(import.meta.dirname, '../bin/roundup.js');
  const child = spawn(process.execPath, [bin, 'replay', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /at (http:\/\/\S+)/.exec(d.toString());
      if (m) ok(m[1]!);
    });
    child.once('exit', (code) => fail(new Error(`replay server exited with ${code}`)));
  });
  return { url, child };
}

/** Registers one outlet per replayed outlet, with all its feeds. */
async function registerFeeds(store: Store, manifest: Awaited<ReturnType<typeof buildReplayDir>>['manifest'], base: string): Promise<string[]> {
  const urls: string[] = [];
  for (const outlet of manifest.outlets) {
    await store.upsertOutlet({ id: outlet.slug, name: outlet.name, homeDomain: `${outlet.slug}.example`, language: 'en', country: 'US', perspective: parsePerspective(outlet.lean ?? '') ?? 'unknown', perspectiveBasis: 'dataset label', isWire: false });
    for (const path of outlet.feedPaths) {
      const url = `${base}/${path.replace(/^\//, '')}`;
      urls.push(url);
      await store.addFeed({ outletId: outlet.slug, url, nextCheckAt: new Date(0).toISOString(), intervalSeconds: 3600 });
    }
  }
  return urls;
}

/** Baseline: fetch every feed, then every page linked from it, with fetch() and nothing else. */
async function bareFetch(feedUrls: string[], base: string): Promise<number> {
  const pages: string[] = [];
  const pool = async (urls: string[], each: (body: string) => void) => {
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) each(await (await fetch(urls[next++]!)).text());
    }));
  };
  await pool(feedUrls, (xml) => {
    for (const m of xml.matchAll(/<link>([^<]+)<\/link>/g)) if (m[1]!.includes('/articles/')) pages.push(m[1]!.replace('{{BASE}}', base));
  });
  await pool(pages, () => {});
  return pages.length;
}

/** Runs the benchmark and prints its table. */
export async function run(args: string[] = []): Promise<void> {
  if (!existsSync(join(dataDir, 'stories'))) {
    console.log(`bench ingest: skipped — ${dataDir}/stories is absent (the evaluation data is not in this checkout)`);
    return;
  }
  const flag = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1] ?? fallback) || fallback;
  const minFeeds = args.includes('--feeds') ? flag('--feeds', 200) : 200;
  const minItems = args.includes('--items') ? flag('--items', 20_000) : 20_000;
  const work = mkdtempSync(join(tmpdir(), 'roundup-bench-ingest-'));
  const replay = await buildReplayDir({ dataDir, outDir: join(work, 'replay'), minFeeds, minItems });
  const { url: base, child } = await startReplayChild(join(work, 'replay'));
  const store = openSqliteStore({ path: join(work, 'roundup.db') });
  const http = createHttpClient({ allowHosts: ['127.0.0.1'], perHostDelayMs: 0, perHostConcurrency: CONCURRENCY, respectRobots: true });
  try {
    await store.migrate();
    const feedUrls = await registerFeeds(store, replay.manifest, base);
    const ctx = { store, http, clock: systemClock, logger: silentLogger, random: Math.random, settings: { fetchPages: true, minIntervalSeconds: 300, maxIntervalSeconds: 86_400 } };
    const ours = await withPeakRss(async () => {
      const ingestor = new Ingestor(ctx, createInlineQueue({ concurrency: CONCURRENCY, logger: silentLogger }));
      const progress = await ingestor.runOnce();
      await ingestor.close();
      return progress;
    });
    const counts = await store.counts();
    const baseline = await withPeakRss(() => bareFetch(feedUrls, base));
    console.log(`ingest benchmark: ${replay.feeds} feeds, ${replay.items} items in the replay (${(replay.bytes / 2 ** 20).toFixed(1)} MB), concurrency ${CONCURRENCY}, Node ${process.version}`);
    console.table([
      { run: 'roundup ingest (fetch+parse+dedupe+store items, fetch pages, store articles)', items: counts.items, articles: counts.articles, seconds: +ours.seconds.toFixed(2), 'items/s': Math.round(counts.items / ours.seconds), 'peak RSS MB': Math.round(ours.peakMb) },
      { run: 'baseline: bare fetch() of the same feeds and pages, nothing stored', items: baseline.result, articles: 0, seconds: +baseline.seconds.toFixed(2), 'items/s': Math.round(baseline.result / baseline.seconds), 'peak RSS MB': Math.round(baseline.peakMb) },
    ]);
    if (ours.result.feedsFailed > 0 || ours.result.articlesFailed > 0) console.log(`failures: ${ours.result.feedsFailed} feeds, ${ours.result.articlesFailed} articles`);
  } finally {
    await http.close();
    await store.close();
    child.kill();
    rmSync(work, { recursive: true, force: true });
  }
}
