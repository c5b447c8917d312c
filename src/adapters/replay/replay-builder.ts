// Builds an offline replay directory from the story datasets: one RSS feed (or several sections)
// per outlet, one HTML page per article, an index page for feed discovery, robots.txt and a
// manifest. Links use the `{{BASE}}` placeholder unless a base URL is given; see replay-server.ts.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RoundupError } from '../../core/errors.ts';
import { renderRssFeed } from './replay-feed-writer.ts';
import { relatedArticles, renderArticlePage } from './replay-page-writer.ts';
import { BASE_PLACEHOLDER } from './replay-placeholder.ts';
import { planReplay, type ReplayPlan } from './replay-plan.ts';
import { buildManifest, renderIndexPage, renderRobotsTxt, type ReplayManifest } from './replay-site-writer.ts';
import { readStoryDatasets } from './replay-story-reader.ts';
import { renderSourcesOpml } from './replay-opml-writer.ts';

/** Options of buildReplayDir; all but the two directories have defaults. */
export interface BuildReplayOptions {
  /** The shared data folder (holding `stories/`); read in place, never copied. */
  readonly dataDir: string;
  /** Directory to write; created if absent; must be empty or a replay directory built earlier. */
  readonly outDir: string;
  /** Story datasets to read; default `['allsides', 'basil']`. */
  readonly datasets?: readonly string[];
  /** Split outlets into section feeds until there are at least this many feeds; default 1. */
  readonly minFeeds?: number;
  /** Copies of the corpus; copy k >= 1 gets id suffix `-r<k>` and dates shifted by k days; default 1. */
  readonly replicate?: number;
  /** Raises `replicate` until the directory holds at least this many items; default 0. */
  readonly minItems?: number;
  /** Fixed origin to write instead of the `{{BASE}}` placeholder (then only that origin works). */
  readonly baseUrl?: string;
}

/** What a build wrote. */
export interface ReplayBuildSummary {
  readonly outDir: string;
  readonly outlets: number;
  readonly feeds: number;
  readonly items: number;
  readonly files: number;
  readonly bytes: number;
  readonly manifest: ReplayManifest;
}

/** Default datasets: the two with outlet names and dates. */
export const DEFAULT_REPLAY_DATASETS: readonly string[] = ['allsides', 'basil'];

// Written first and removed never: a directory holding it was made by this builder and may be replaced.
const MARKER_FILE = '.roundup-replay';
const OWNED_ENTRIES = ['feeds', 'articles', 'index.html', 'robots.txt', 'sources.opml', 'manifest.json', MARKER_FILE];
const WRITE_CONCURRENCY = 32;

/** Reads the story datasets and writes a replay directory; resolves with what was written. */
export async function buildReplayDir(options: BuildReplayOptions): Promise<ReplayBuildSummary> {
  const datasets = options.datasets ?? DEFAULT_REPLAY_DATASETS;
  const minFeeds = positiveInteger(options.minFeeds ?? 1, 'minFeeds');
  const rows = await readStoryDatasets(options.dataDir, datasets);
  if (rows.length === 0) throw new RoundupError('replay/no-articles', `replay: no articles in datasets ${datasets.join(', ')}`);
  const replicate = Math.max(positiveInteger(options.replicate ?? 1, 'replicate'), Math.ceil((options.minItems ?? 0) / rows.length));
  const plan = planReplay(rows, { replicate, minFeeds });
  const base = options.baseUrl === undefined ? BASE_PLACEHOLDER : options.baseUrl.replace(/\/$/, '');
  const manifest = buildManifest(plan, base, datasets, replicate);
  await prepareOutDir(options.outDir);
  const written = await writeAll(options.outDir, siteFiles(plan, base));
  // Written after everything else, so a manifest only exists beside a complete directory.
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeFile(join(options.outDir, 'manifest.json'), manifestText);
  const files = written.files + 1;
  const bytes = written.bytes + Buffer.byteLength(manifestText);
  return { outDir: options.outDir, outlets: plan.outlets.length, feeds: manifest.feeds, items: manifest.items, files, bytes, manifest };
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RoundupError('replay/bad-option', `replay: ${name} must be a positive integer, got ${value}`);
  return value;
}

// Refuses to write into a directory it did not make, so a typo cannot clobber someone's files.
async function prepareOutDir(outDir: string): Promise<void> {
  let entries: string[];
  try {
    await mkdir(outDir, { recursive: true });
    entries = await readdir(outDir);
  } catch (err) {
    throw new RoundupError('replay/out-dir-unusable', `replay: cannot write to ${outDir}`, { cause: err });
  }
  if (entries.length > 0 && !entries.includes(MARKER_FILE)) {
    throw new RoundupError('replay/out-dir-not-empty', `replay: ${outDir} is not empty and was not built by the replay builder`);
  }
  await Promise.all(OWNED_ENTRIES.map((entry) => rm(join(outDir, entry), { recursive: true, force: true })));
  await writeFile(join(outDir, MARKER_FILE), 'Built by Roundup replay builder; safe to rebuild.\n');
}

// Generated lazily so that 20,000 pages are never all held as strings at once.
function* siteFiles(plan: ReplayPlan, base: string): Generator<[string, string]> {
  for (const outlet of plan.outlets) {
    for (const feed of outlet.feeds) yield [feed.path, renderRssFeed(outlet, feed, base)];
    for (const [index, article] of outlet.articles.entries()) {
      yield [article.pagePath, renderArticlePage(outlet, article, base, relatedArticles(outlet.articles, index))];
    }
  }
  yield ['index.html', renderIndexPage(plan, base)];
  yield ['robots.txt', renderRobotsTxt()];
  yield ['sources.opml', renderSourcesOpml(plan, base)];
}

async function writeAll(root: string, files: Iterator<[string, string]>): Promise<{ files: number; bytes: number }> {
  const made = new Map<string, Promise<unknown>>();
  let count = 0;
  let bytes = 0;
  const worker = async (): Promise<void> => {
    // Workers share one iterator: each takes the next file as soon as its last write finished.
    for (let next = files.next(); next.done !== true; next = files.next()) {
      const [relative, content] = next.value;
      await ensureDir(dirname(join(root, relative)), made);
      await writeFile(join(root, relative), content);
      count++;
      bytes += Buffer.byteLength(content);
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, worker));
  return { files: count, bytes };
}

// One mkdir per folder, shared by every writer that needs it (awaiting it before writing).
function ensureDir(dir: string, made: Map<string, Promise<unknown>>): Promise<unknown> {
  let making = made.get(dir);
  if (making === undefined) {
    making = mkdir(dir, { recursive: true });
    made.set(dir, making);
  }
  return making;
}
