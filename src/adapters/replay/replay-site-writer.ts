import { escapeMarkup } from './replay-escape.ts';
import type { ReplayPlan } from './replay-plan.ts';

/** Marker in manifest.json: lets the builder recognise (and safely replace) a directory it wrote. */
export const REPLAY_GENERATOR = 'roundup-replay';

/** One outlet entry of manifest.json. */
export interface ReplayManifestOutlet {
  readonly name: string;
  readonly slug: string;
  readonly lean: string | null;
  /** First (or only) feed, relative to the directory. */
  readonly feedPath: string;
  /** Every feed of the outlet; more than one when outlets were split into sections. */
  readonly feedPaths: readonly string[];
  readonly articles: number;
}

/** Contents of manifest.json. */
export interface ReplayManifest {
  readonly generator: typeof REPLAY_GENERATOR;
  /** What stands for the origin in the files: `{{BASE}}` or a fixed base URL. */
  readonly base: string;
  readonly datasets: readonly string[];
  readonly replicate: number;
  readonly feeds: number;
  readonly items: number;
  readonly outlets: readonly ReplayManifestOutlet[];
}

/** Renders the home page: every feed linked and advertised with `<link rel="alternate">` for discovery. */
export function renderIndexPage(plan: ReplayPlan, base: string): string {
  const feeds = plan.outlets.flatMap((o) => o.feeds);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>Roundup offline replay</title>',
    ...feeds.map((f) => `<link rel="alternate" type="application/rss+xml" title="${escapeMarkup(f.title)}" href="${escapeMarkup(`${base}/${f.path}`)}">`),
    '</head>',
    '<body>',
    '<h1>Roundup offline replay</h1>',
    `<p>${plan.outlets.length} outlets, ${feeds.length} feeds, ${plan.outlets.reduce((n, o) => n + o.articles.length, 0)} articles.</p>`,
    '<ul class="outlets">',
    ...plan.outlets.map((o) => `<li>${escapeMarkup(o.name)}: ${o.feeds.map((f) => `<a href="${escapeMarkup(`${base}/${f.path}`)}">${escapeMarkup(f.title)}</a>`).join(', ')}</li>`),
    '</ul>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** robots.txt that allows every agent everywhere. */
export function renderRobotsTxt(): string {
  return 'User-agent: *\nAllow: /\n';
}

/** Builds manifest.json's object from the plan. */
export function buildManifest(plan: ReplayPlan, base: string, datasets: readonly string[], replicate: number): ReplayManifest {
  const outlets = plan.outlets.map((o) => ({
    name: o.name,
    slug: o.slug,
    lean: o.lean,
    feedPath: o.feeds[0]?.path ?? '',
    feedPaths: o.feeds.map((f) => f.path),
    articles: o.articles.length,
  }));
  const feeds = outlets.reduce((n, o) => n + o.feedPaths.length, 0);
  const items = outlets.reduce((n, o) => n + o.articles, 0);
  return { generator: REPLAY_GENERATOR, base, datasets, replicate, feeds, items, outlets };
}
