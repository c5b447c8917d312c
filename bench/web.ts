// `npm run bench -- web [--stories N] [--duration S] [--rounds R] [--connections C]`: fills a real SQLite store
// with 10,000 stories built from ../shared/data/stories, serves the website, and loads the story
// page and the front page with autocannon (in a child process, so the load generator does not share
// the server's event loop) at 50 connections. Baseline, in the same run: the same HTML bytes served
// from memory by a bare node:http server. Prints req/s and p50/p99 latency beside it, checks ETag/304,
// and shows the same pages with page reuse turned off (every request rendered from the store).
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openSqliteStore } from '../src/adapters/store-sqlite/index.ts';
import { createWebApp } from '../src/web/web-app.ts';
import { startWebServer } from '../src/web/web-server.ts';
import { fillStore, readStoryGroups } from './web-fill.ts';

const dataDir = resolve(import.meta.dirname, '../../shared/data');
const TARGET_SHARE = 0.5;
const TARGET_P99_MS = 25;

/** What one autocannon run measured. */
interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** Reads `--name value` from the arguments. */
function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Runs autocannon's CLI against a URL and returns its figures. */
function autocannon(url: string, connections: number, seconds: number): Promise<Load> {
  const bin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const child = spawn(process.execPath, [bin, '-c', String(connections), '-d', String(seconds), '-j', url], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((ok, fail) => {
    child.once('exit', (code) => {
      if (code !== 0) return fail(new Error(`autocannon exited ${code}`));
      const r = JSON.parse(out) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
      ok({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors });
    });
  });
}

/** Median of each figure over several runs (errors summed). */
function medianLoad(runs: readonly Load[]): Load {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)), non2xx: runs.reduce((n, r) => n + r.non2xx, 0), errors: runs.reduce((n, r) => n + r.errors, 0) };
}

/** A bare node:http server answering every request with these bytes and headers. */
function bareServer(pages: ReadonlyMap<string, { body: Buffer; type: string }>): Promise<Server> {
  const server = createServer((req, res) => {
    const page = pages.get(req.url ?? '/');
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': page.type, 'content-length': page.body.length }).end(page.body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** One result line. */
function line(label: string, l: Load, base?: Load): string {
  const share = base ? `  ${((100 * l.rps) / base.rps).toFixed(0).padStart(4)}% of baseline` : '';
  const bad = l.non2xx + l.errors > 0 ? `  (${l.non2xx} non-2xx, ${l.errors} errors)` : '';
  return `  ${label.padEnd(34)} ${l.rps.toFixed(0).padStart(7)} req/s   p50 ${String(l.p50).padStart(3)} ms   p99 ${String(l.p99).padStart(3)} ms${share}${bad}`;
}

/** Checks that a repeated request with the ETag gets a 304. */
async function checkEtag(url: string): Promise<string> {
  const first = await fetch(url);
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  if (!etag) return 'no ETag';
  const again = await fetch(url, { headers: { 'if-none-match': etag } });
  return again.status === 304 ? `ETag ${etag} -> 304` : `ETag ${etag} -> ${again.status} (expected 304)`;
}

/** The bench. */
export async function run(args: string[]): Promise<void> {
  if (!existsSync(join(dataDir, 'stories'))) {
    console.log(`bench web: skipped — ${dataDir}/stories is absent (the evaluation data is not in this checkout)`);
    return;
  }
  const storyCount = option(args, 'stories', 10_000);
  const seconds = option(args, 'duration', 5);
  const rounds = option(args, 'rounds', 3);
  const connections = option(args, 'connections', 50);
  const dir = mkdtempSync(join(tmpdir(), 'roundup-bench-web-'));
  const store = openSqliteStore({ path: join(dir, 'roundup.db') });
  try {
    await store.migrate();
    const started = performance.now();
    const groups = await readStoryGroups(join(dataDir, 'stories'));
    const ids = await fillStore(store, groups, storyCount, Date.now());
    const counts = await store.counts();
    console.log(`bench web: ${ids.length} stories (${groups.length} real stories, replicated), ${counts.articles} articles, ${counts.outlets} outlets stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const site = { name: 'Roundup', description: 'The news from every side, in a minute.', publicUrl: 'http://127.0.0.1' };
    const cached = await startWebServer(createWebApp({ store, site }), { host: '127.0.0.1', port: 0 });
    const uncached = await startWebServer(createWebApp({ store, site, cacheSeconds: 0, snapshotSeconds: 10 }), { host: '127.0.0.1', port: 0 });
    const storyPath = `/stories/${ids[0]}`;
    const paths = [storyPath, '/'];
    const ours = `http://127.0.0.1:${cached.port}`;
    const pages = new Map<string, { body: Buffer; type: string }>();
    for (const path of paths) {
      const res = await fetch(`${ours}${path}`);
      pages.set(path, { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? 'text/html' });
    }
    const bare = await bareServer(pages);
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    console.log(`  story page ${storyPath}: ${pages.get(storyPath)!.body.length} bytes; front page: ${pages.get('/')!.body.length} bytes; ${connections} connections, ${rounds} rounds of ${seconds} s`);
    for (const path of paths) console.log(`  HTTP caching ${path}: ${await checkEtag(`${ours}${path}`)}`);

    let pass = true;
    for (const [label, path] of [['story page', storyPath], ['front page', '/']] as const) {
      await autocannon(`${ours}${path}`, connections, 2); // warm up
      // Baseline and ours alternate, and each figure is the median of the rounds: the machine is
      // shared, and load that comes and goes should not land on one side only.
      const bases: Load[] = [];
      const mines: Load[] = [];
      for (let r = 0; r < rounds; r++) {
        bases.push(await autocannon(`${bareUrl}${path}`, connections, seconds));
        mines.push(await autocannon(`${ours}${path}`, connections, seconds));
      }
      const base = medianLoad(bases);
      const mine = medianLoad(mines);
      const raw = await autocannon(`http://127.0.0.1:${uncached.port}${path}`, connections, seconds);
      console.log(`${label} (median of ${rounds} alternating rounds):`);
      console.log(line('baseline (bare node:http, memory)', base));
      console.log(line('roundup', mine, base));
      console.log(line('roundup, every request rendered', raw, base));
      const ok = mine.rps >= TARGET_SHARE * base.rps && mine.p99 < TARGET_P99_MS && mine.non2xx + mine.errors === 0;
      pass &&= ok;
      console.log(`  target (>= ${TARGET_SHARE * 100}% of baseline req/s, p99 < ${TARGET_P99_MS} ms): ${ok ? 'met' : 'NOT met'}`);
    }
    console.log(`bench web: ${pass ? 'targets met' : 'targets NOT met'}`);
    await Promise.all([cached.close(), uncached.close(), new Promise((ok) => bare.close(ok))]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
