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

/** Fetches a URL and parses it as a feed; the typed error says why it is not one. */
async function fetchFeed(ctx: SourcesContext, url: string): Promise<FoundFeed> {
  const response = await ctx.http.get({ url, purpose: 'discovery' });
  if (response.kind !== 'ok') throw new RoundupError('sources/unavailable', `${url} answered ${response.status}; try again later`);
  const { text } = decodeBody(response.body, response.headers['content-type'] ?? null);
  try {
    return { url: response.permanentRedirectTo ?? url, parsed: parseFeed(text, { url: response.finalUrl }) };
  } catch (err) {
    // An HTML page: look for the feeds it announces, then the usual paths.
    if (err instanceof RoundupError && err.code === 'feeds/html-page') return discoverFromPage(ctx, text, response.finalUrl, err);
    throw err;
  }
}

/** Tries the feeds a homepage announces, then common feed paths of its site. */
async function discoverFromPage(ctx: SourcesContext, html: string, pageUrl: string, original: RoundupError): Promise<FoundFeed> {
  const announced = discoverFeedLinks(html, pageUrl).map((f) => f.url);
  const candidates = [...new Set([...announced, ...candidateFeedUrls(pageUrl)])];
  for (const candidate of candidates) {
    try {
      const response = await ctx.http.get({ url: candidate, purpose: 'discovery' });
      if (response.kind !== 'ok') continue;
      const { text } = decodeBody(response.body, response.headers['content-type'] ?? null);
      return { url: response.permanentRedirectTo ?? candidate, parsed: parseFeed(text, { url: response.finalUrl }) };
    } catch {
      // Not a feed at this candidate; the next one may be.
    }
  }
  throw new RoundupError('sources/no-feed-found', `${pageUrl} is a web page and no feed was found on it (tried ${candidates.length} candidate URLs)`, { cause: original });
}

/** Adds a feed (or the feeds found on a homepage) under a new or existing outlet. */
export async function addSource(ctx: SourcesContext, input: AddSourceInput): Promise<{ outlet: Outlet; feed: Feed }> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new RoundupError('sources/invalid-url', `"${input.url}" is not an absolute URL (expected e.g. https://example.com/feed.xml)`);
  }
  const found = await fetchFeed(ctx, url.href);
  const domain = homeDomainOf(found.parsed.link ?? found.url) ?? homeDomainOf(found.url) ?? url.hostname;
  const name = input.name ?? found.parsed.title ?? domain;
  const id = slugifyOutletName(name);
  const existing = await ctx.store.getOutlet(id);
  const outlet: Outlet = {
    id,
    name,
    homeDomain: existing?.homeDomain ?? domain,
    language: input.language ?? existing?.language ?? found.parsed.language?.slice(0, 2).toLowerCase() ?? 'en',
    country: input.country ?? existing?.country ?? 'ZZ',
    perspective: input.perspective ?? existing?.perspective ?? 'unknown',
    perspectiveBasis: input.perspective ? 'set by the operator' : (existing?.perspectiveBasis ?? 'not rated'),
    isWire: existing?.isWire ?? false,
  };
  await ctx.store.upsertOutlet(outlet);
  const feed = await ctx.store.addFeed({ outletId: id, url: found.url, title: found.parsed.title, nextCheckAt: ctx.clock.now().toISOString(), intervalSeconds: 3600 });
  return { outlet, feed };
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
