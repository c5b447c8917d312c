// Pure planning of a replay directory: which outlets, feeds and pages exist and what each holds.
// No I/O and no clock: times come from the data, spread within the day by a hash of the id.
import { createHash } from 'node:crypto';
import { RoundupError } from '../../core/errors.ts';
import type { StoryRow } from './replay-story-reader.ts';

/** One article page of the replay, with its time already spread and shifted. */
export interface ReplayArticle {
  /** Dataset id, with `-r<k>` appended for replica k >= 1. */
  readonly id: string;
  /** Stable across ports and builds: `<dataset>:<id>`. */
  readonly guid: string;
  readonly dataset: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** UTC ISO 8601, or null when the dataset gives no date. */
  readonly publishedAt: string | null;
  /** Path of the page inside the directory, e.g. `articles/npr-online-news/5607-left.html`. */
  readonly pagePath: string;
}

/** One RSS feed of an outlet; its articles newest first. */
export interface ReplayFeed {
  readonly path: string;
  readonly title: string;
  readonly articles: readonly ReplayArticle[];
}

/** One outlet of the replay with its feeds and all its articles (newest first). */
export interface ReplayOutlet {
  readonly name: string;
  readonly slug: string;
  readonly lean: string | null;
  readonly feeds: readonly ReplayFeed[];
  readonly articles: readonly ReplayArticle[];
}

/** Everything a replay directory contains, outlets sorted by slug. */
export interface ReplayPlan {
  readonly outlets: readonly ReplayOutlet[];
}

/** How to plan: corpus copies and the least number of feeds. */
export interface ReplayPlanOptions {
  /** Total copies of the corpus (>= 1); copy k >= 1 gets id suffix `-r<k>` and dates shifted by k days. */
  readonly replicate: number;
  /** Split outlets into sections until there are at least this many feeds (>= 1). */
  readonly minFeeds: number;
}

const DAY_MS = 86_400_000;
// Articles are placed between 05:00 and 23:00 UTC, like a newsroom's publishing day.
const DAY_START_S = 5 * 3600;
const DAY_SPAN_S = 18 * 3600;

/** Plans a replay directory from story rows. */
export function planReplay(rows: readonly StoryRow[], options: ReplayPlanOptions): ReplayPlan {
  const groups = groupByOutlet(rows);
  const slugs = uniqueSlugs([...groups.keys()]);
  const drafts = [...groups].map(([name, outletRows]) => {
    const slug = slugs.get(name) ?? 'outlet';
    return { name, slug, lean: dominantLean(outletRows), articles: outletArticles(outletRows, slug, options.replicate) };
  });
  drafts.sort((a, b) => a.slug.localeCompare(b.slug));
  const counts = allocateFeedCounts(drafts.map((d) => d.articles.length), options.minFeeds);
  return { outlets: drafts.map((d, i) => ({ ...d, feeds: splitFeeds(d.name, d.slug, d.articles, counts[i] ?? 1) })) };
}

function groupByOutlet(rows: readonly StoryRow[]): Map<string, StoryRow[]> {
  const groups = new Map<string, StoryRow[]>();
  for (const row of rows) {
    // Rows without an outlet (NeuS, ECB+) still need a site; one per dataset keeps them apart.
    const name = row.outlet ?? `Unknown outlet (${row.dataset})`;
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [row]);
    else group.push(row);
  }
  return groups;
}

/** URL-safe slug of an outlet name: `Fox News (Online News)` -> `fox-news-online-news`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'outlet' : slug;
}

function uniqueSlugs(names: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const result = new Map<string, string>();
  // Sorted so that which of two colliding names gets the suffix does not depend on row order.
  for (const name of [...names].sort()) {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(name, slug);
  }
  return result;
}

function dominantLean(rows: readonly StoryRow[]): string | null {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.lean !== null) counts.set(row.lean, (counts.get(row.lean) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? null;
}

function outletArticles(rows: readonly StoryRow[], slug: string, replicate: number): ReplayArticle[] {
  const articles: ReplayArticle[] = [];
  const seen = new Set<string>();
  for (let copy = 0; copy < replicate; copy++) {
    for (const row of rows) {
      const article = toArticle(row, slug, copy);
      if (seen.has(article.pagePath)) throw new RoundupError('replay/duplicate-id', `replay: two articles map to ${article.pagePath}`);
      seen.add(article.pagePath);
      articles.push(article);
    }
  }
  return articles.sort(newestFirst);
}

function toArticle(row: StoryRow, slug: string, copy: number): ReplayArticle {
  const id = copy === 0 ? row.id : `${row.id}-r${copy}`;
  const paragraphs = row.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  return {
    id,
    guid: `${row.dataset}:${id}`,
    dataset: row.dataset,
    title: row.title ?? paragraphs[0]?.slice(0, 90) ?? id,
    paragraphs,
    // The spread hashes the original id so every copy keeps the same time of day.
    publishedAt: spreadTime(row.published, `${row.dataset}:${row.id}`, copy),
    pagePath: `articles/${slug}/${fileId(id)}.html`,
  };
}

// Ids become file names: anything outside [A-Za-z0-9._-] is replaced, and a leading dot too,
// because the server hides dot files.
function fileId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\./, '_');
}

/** `YYYY-MM-DD` plus `shiftDays` days plus a time of day derived from `key`; null when no date. */
export function spreadTime(date: string | null, key: string, shiftDays: number): string | null {
  if (date === null) return null;
  const midnight = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(midnight)) return null;
  const seconds = DAY_START_S + (createHash('sha1').update(key).digest().readUInt32BE(0) % DAY_SPAN_S);
  return new Date(midnight + shiftDays * DAY_MS + seconds * 1000).toISOString();
}

function newestFirst(a: ReplayArticle, b: ReplayArticle): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return a.id.localeCompare(b.id);
}

/** Feeds per outlet: one each, then extra sections to the outlet with most articles per feed. */
export function allocateFeedCounts(sizes: readonly number[], minFeeds: number): number[] {
  const counts = sizes.map(() => 1);
  const capacity = sizes.reduce((sum, size) => sum + Math.max(size, 1), 0);
  if (minFeeds > capacity) {
    throw new RoundupError('replay/too-few-articles', `replay: ${minFeeds} feeds asked for, but ${capacity} articles allow at most ${capacity} non-empty feeds; raise replicate`);
  }
  for (let total = counts.length; total < minFeeds; total++) {
    const next = busiestSplittable(sizes, counts);
    if (next < 0) break;
    counts[next] = (counts[next] ?? 1) + 1;
  }
  return counts;
}

function busiestSplittable(sizes: readonly number[], counts: readonly number[]): number {
  let best = -1;
  let bestLoad = -1;
  sizes.forEach((size, i) => {
    const count = counts[i] ?? 1;
    const load = size / count;
    // Strict `>` keeps the earliest (slug order) outlet on ties, so allocation is deterministic.
    if (count < size && load > bestLoad) {
      best = i;
      bestLoad = load;
    }
  });
  return best;
}

// Round-robin keeps every section spanning the outlet's whole date range, like real sections.
// Sections live in a folder of their own so that `<slug>-2` can never collide with another outlet.
function splitFeeds(name: string, slug: string, articles: readonly ReplayArticle[], count: number): ReplayFeed[] {
  if (count === 1) return [{ path: `feeds/${slug}.xml`, title: name, articles }];
  return Array.from({ length: count }, (_, section) => ({
    path: `feeds/${slug}/section-${section + 1}.xml`,
    title: `${name} — Section ${section + 1}`,
    articles: articles.filter((_, i) => i % count === section),
  }));
}
