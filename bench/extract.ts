// Extraction speed: our extractArticle beside @mozilla/readability over jsdom (as its README
// recommends) and over linkedom, in one process on the same decoded pages (the scrapinghub and
// readability corpora of ../shared/data). Prints pages/s, median and p99 ms per page and the peak
// heap growth of each. `--pages N` limits the pages; run with `node --expose-gc` for steadier memory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/stages/extract/index.ts';
import { decodeBody } from '../src/stages/fetch/body-decode.ts';
import { SHARED_DATA_DIR } from '../eval/eval-report.ts';

const DATA = join(SHARED_DATA_DIR, 'extraction');
const URL_FOR_PAGES = 'https://bench.example/article';

type Extractor = (html: string) => number;

const quietConsole = new VirtualConsole();

const EXTRACTORS: ReadonlyArray<readonly [string, Extractor]> = [
  ['roundup extractArticle', (html) => {
    const outcome = extractArticle(html, { url: URL_FOR_PAGES });
    return outcome.kind === 'article' ? outcome.article.text.length : 0;
  }],
  ['Readability.js over linkedom', (html) => {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent?.length ?? 0;
  }],
  ['Readability.js over jsdom', (html) => {
    const dom = new JSDOM(html, { url: URL_FOR_PAGES, virtualConsole: quietConsole });
    const length = new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
    dom.window.close();
    return length;
  }],
];

/** The decoded pages of the corpora. */
function loadPages(limit: number): string[] {
  const files: string[] = [];
  const scrapinghub = join(DATA, 'scrapinghub', 'html');
  if (existsSync(scrapinghub)) files.push(...readdirSync(scrapinghub).sort().map((f) => join(scrapinghub, f)));
  const readability = join(DATA, 'readability');
  if (existsSync(readability)) files.push(...readdirSync(readability).sort().map((d) => join(readability, d, 'source.html.gz')).filter(existsSync));
  return files.slice(0, limit).map((file) => decodeBody(gunzipSync(readFileSync(file)), null).text);
}

/** Times one extractor over every page: per-page milliseconds and peak heap growth. */
function measure(extract: Extractor, pages: readonly string[]): { times: number[]; cpu: number[]; totalMs: number; cpuMs: number; peakMb: number; failures: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let failures = 0;
  for (const html of pages.slice(0, 10)) extract(html);
  const times: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  for (const html of pages) {
    const t = performance.now();
    const c = process.cpuUsage();
    try {
      if (extract(html) === 0) failures++;
    } catch {
      failures++;
    }
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const usedCpu = process.cpuUsage(startedCpu);
  return { times, cpu, totalMs: performance.now() - started, cpuMs: (usedCpu.user + usedCpu.system) / 1000, peakMb: (peak - base) / 1e6, failures };
}

/** The q-quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Prints the table. */
export async function run(args: string[]): Promise<void> {
  if (!existsSync(DATA)) {
    console.log(`bench extract: skipped, ${DATA} is absent`);
    return;
  }
  const limitIndex = args.indexOf('--pages');
  const pages = loadPages(limitIndex >= 0 ? Number(args[limitIndex + 1]) : Infinity);
  const megabytes = pages.reduce((sum, page) => sum + page.length, 0) / 1e6;
  console.log(`bench extract: ${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML`);
  // Wall-clock figures suffer from other processes on a shared machine; CPU time does not (it
  // includes the garbage collector's threads, so it can exceed wall time).
  const rows: string[][] = [['extractor', 'pages/s', 'median ms', 'p99 ms', 'max ms', 'CPU pages/s', 'CPU p99 ms', 'peak heap MB', 'empty/failed']];
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (const [name, extract] of EXTRACTORS) {
    const m = measure(extract, pages);
    const sorted = [...m.times].sort((a, b) => a - b);
    const sortedCpu = [...m.cpu].sort((a, b) => a - b);
    const rate = pages.length / (m.totalMs / 1000);
    rates.push(rate);
    cpuRates.push(pages.length / (m.cpuMs / 1000));
    rows.push([name, rate.toFixed(1), quantile(sorted, 0.5).toFixed(2), quantile(sorted, 0.99).toFixed(2), (sorted[sorted.length - 1] ?? 0).toFixed(1), (pages.length / (m.cpuMs / 1000)).toFixed(1), quantile(sortedCpu, 0.99).toFixed(2), m.peakMb.toFixed(0), String(m.failures)]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
  const [ours = 0, , jsdom = 1] = rates;
  const [oursCpu = 0, , jsdomCpu = 1] = cpuRates;
  console.log(`roundup is ${(ours / jsdom).toFixed(1)}× Readability.js over jsdom in pages/s (${(oursCpu / jsdomCpu).toFixed(1)}× per CPU second); target ≥ 3×, p99 < 50 ms.`);
}
