import type { Outlet, Feed } from '../core/outlet.ts';
import type { Perspective } from '../core/perspective.ts';
import { RoundupError, describeError } from '../core/errors.ts';
import type { ParsedFeed } from '../core/feed-entry.ts';
import type { Store } from '../ports/store.ts';
import type { HttpClient } from '../ports/http-client.ts';
import type { Clock } from '../ports/clock.ts';
import { decodeBody } from '../stages/fetch/body-decode.ts';
import { parseFeed } from '../stages/feeds/index.ts';
import { DEFAULT_OUTLETS } from '../stages/sources/default-outlets.ts';
import { discoverFeedLinks, candidateFeedUrls } from '../stages/sources/feed-discovery.ts';
import { homeDomainOf, slugifyOutletName } from '../stages/sources/outlet-names.ts';
import { parseOpml, buildOpml } from '../stages/sources/opml.ts';

/** What the source use cases need. */
export interface SourcesContext {
  readonly store: Store;
  readonly http: HttpClient;
  readonly clock: Clock;
}

/** What the user gave with `sources add`. */
export interface AddSourceInput {
  readonly url: string;
  readonly name?: string;
  readonly perspective?: Perspective;
  readonly language?: string;
  readonly country?: string;
}

/** A feed found at a URL, with what it says of itself. */
interface FoundFeed {
  readonly url: string;
  readonly parsed: ParsedFeed;
}

/** How many announced feeds of one homepage are added at most. */
const MAX_DISCOVERED_FEEDS = 20;

/** Fetches a URL and parses it as a feed; throws the typed reason when it is not one. */
async function fetchFeed(ctx: SourcesContext, url: string): Promise<FoundFeed | { html: string; pageUrl: string; error: RoundupError }> {
  const response = await ctx.http.get({ url, purpose: 'discovery' });
  if (response.kind !== 'ok') throw new RoundupError('sources/unavailable', `${url} answered ${response.status}; try again later`);
  const { text } = decodeBody(response.body, response.headers['content-type'] ?? null);
  try {
    return { url: response.permanentRedirectTo ?? url, parsed: parseFeed(text, { url: response.finalUrl }) };
  } catch (err) {
    if (err instanceof RoundupError && err.code === 'feeds/html-page') return { html: text, pageUrl: response.finalUrl, error: err };
    throw err;
  }
}

/** The feeds a homepage announces that really are feeds; else the first common feed path that is one. */
async function discoverFromPage(ctx: SourcesContext, html: string, pageUrl: string, original: RoundupError): Promise<FoundFeed[]> {
  const announced = [...new Set(discoverFeedLinks(html, pageUrl).map((f) => f.url))].slice(0, MAX_DISCOVERED_FEEDS);
  const found: FoundFeed[] = [];
  for (const candidate of announced) {
    const feed = await tryFeed(ctx, candidate);
    if (feed) found.push(feed);
  }
  if (found.length > 0) return found;
  const guesses = candidateFeedUrls(pageUrl).filter((u) => !announced.includes(u));
  for (const candidate of guesses) {
    const feed = await tryFeed(ctx, candidate);
    if (feed) return [feed];
  }
  const tried = announced.length + guesses.length;
  throw new RoundupError('sources/no-feed-found', `${pageUrl} is a web page and no feed was found on it (tried ${tried} candidate URLs)`, { cause: original });
}

/** A candidate URL parsed as a feed, or null when it is not one. */
async function tryFeed(ctx: SourcesContext, url: string): Promise<FoundFeed | null> {
  try {
    const result = await fetchFeed(ctx, url);
    return 'parsed' in result ? result : null;
  } catch {
    return null; // Not a feed at this candidate; the next one may be.
  }
}

/** Parses the user's URL, naming it when it is not an absolute http(s) URL. */
function parseSourceUrl(raw: string): URL {
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // Reported below.
  }
  throw new RoundupError('sources/invalid-url', `"${raw}" is not an absolute http(s) URL (expected e.g. https://example.com/feed.xml)`);
}

/** An outlet id from its name, or from its domain when the name has no Latin letters or digits. */
function outletIdFor(name: string, domain: string): string {
  try {
    return slugifyOutletName(name);
  } catch {
    return slugifyOutletName(domain);
  }
}

/** Adds a feed, or the feeds found on a homepage, under a new or existing outlet. */
export async function addSource(ctx: SourcesContext, input: AddSourceInput): Promise<{ outlet: Outlet; feeds: Feed[] }> {
  const url = parseSourceUrl(input.url);
  const result = await fetchFeed(ctx, url.href);
  const found = 'parsed' in result ? [result] : await discoverFromPage(ctx, result.html, result.pageUrl, result.error);
  const first = found[0] as FoundFeed;
  const domain = homeDomainOf(first.parsed.link ?? first.url) ?? homeDomainOf(first.url) ?? url.hostname;
  const name = input.name ?? first.parsed.title ?? domain;
  const id = outletIdFor(name, domain);
  const existing = await ctx.store.getOutlet(id);
  const outlet: Outlet = {
    id,
    name: existing?.name ?? name,
    homeDomain: existing?.homeDomain ?? domain,
    language: input.language ?? existing?.language ?? first.parsed.language?.slice(0, 2).toLowerCase() ?? 'en',
    country: input.country ?? existing?.country ?? 'ZZ',
    perspective: input.perspective ?? existing?.perspective ?? 'unknown',
    perspectiveBasis: input.perspective ? 'set by the operator' : (existing?.perspectiveBasis ?? 'not rated'),
    isWire: existing?.isWire ?? false,
  };
  await ctx.store.upsertOutlet(outlet);
  const now = ctx.clock.now().toISOString();
  const feeds: Feed[] = [];
  for (const feed of found) feeds.push(await ctx.store.addFeed({ outletId: id, url: feed.url, title: feed.parsed.title, nextCheckAt: now, intervalSeconds: 3600 }));
  return { outlet, feeds };
}

/** Removes an outlet by id, or a single feed by its URL. Returns what was removed. */
export async function removeSource(store: Store, idOrUrl: string): Promise<'outlet' | 'feed'> {
  if (await store.removeOutlet(idOrUrl)) return 'outlet';
  const feed = await store.getFeedByUrl(idOrUrl);
  if (feed && (await store.removeFeed(feed.id))) return 'feed';
  throw new RoundupError('sources/not-found', `no outlet with id "${idOrUrl}" and no feed with that URL`);
}

/** Loads the default outlet list into an empty store; a store with outlets is left alone. */
export async function seedDefaultOutlets(store: Store, now: Date): Promise<number> {
  if ((await store.listOutlets()).length > 0) return 0;
  for (const { feeds, ...outlet } of DEFAULT_OUTLETS) {
    await store.upsertOutlet(outlet);
    for (const url of feeds) await store.addFeed({ outletId: outlet.id, url, nextCheckAt: now.toISOString(), intervalSeconds: 3600 });
  }
  return DEFAULT_OUTLETS.length;
}

/** Imports the feeds of an OPML document; outlets are made from its outlines. Returns counts. */
export async function importOpml(store: Store, opml: string, now: Date): Promise<{ outlets: number; feeds: number; errors: string[] }> {
  const entries = parseOpml(opml);
  const outlets = new Set<string>();
  const errors: string[] = [];
  let feeds = 0;
  for (const entry of entries) {
    try {
      const outlet = outletFromOpml(entry);
      if (!(await store.getOutlet(outlet.id))) await store.upsertOutlet(outlet);
      outlets.add(outlet.id);
      await store.addFeed({ outletId: outlet.id, url: entry.url, title: entry.title ?? null, nextCheckAt: now.toISOString(), intervalSeconds: 3600 });
      feeds++;
    } catch (err) {
      errors.push(`${entry.url}: ${describeError(err)}`);
    }
  }
  return { outlets: outlets.size, feeds, errors };
}

/** The outlet an OPML outline stands for, with Roundup's own attributes when it wrote the file. */
function outletFromOpml(entry: ReturnType<typeof parseOpml>[number]): Outlet {
  const name = entry.outletName ?? entry.title ?? homeDomainOf(entry.htmlUrl ?? entry.url) ?? entry.url;
  return {
    id: entry.outletId ?? slugifyOutletName(name),
    name,
    homeDomain: homeDomainOf(entry.htmlUrl ?? entry.url) ?? new URL(entry.url).hostname,
    language: entry.language ?? 'en',
    country: entry.country ?? 'ZZ',
    perspective: entry.perspective ?? 'unknown',
    perspectiveBasis: entry.perspectiveBasis ?? 'not rated',
    isWire: entry.isWire ?? false,
  };
}

/** The whole source list as an OPML 2.0 document. */
export async function exportOpml(store: Store, now: Date): Promise<string> {
  const [outlets, feeds] = await Promise.all([store.listOutlets(), store.listFeeds()]);
  return buildOpml(outlets, feeds, { title: 'Roundup sources', dateCreated: now.toUTCString() });
}
