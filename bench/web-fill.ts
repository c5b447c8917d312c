// Fills a store for the web bench: the real articles of ../shared/data/stories grouped into their
// stories, replicated with fresh ids and shifted dates until there are N stories, each with a
// Briefing built from its articles (title as headline, first sentences as What happened, a
// "said" sentence as Who said what) carrying real provenance offsets.
import { createReadStream, readdirSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Briefing, BriefingSentence, BriefingSource, Kicker } from '../src/core/briefing.ts';
import type { Article } from '../src/core/item.ts';
import type { Outlet } from '../src/core/outlet.ts';
import { parsePerspective, type Perspective } from '../src/core/perspective.ts';
import type { Store } from '../src/ports/store.ts';

/** One line of the stories data. */
interface DataArticle {
  id: string;
  dataset: string;
  outlet: string | null;
  lean?: string | null;
  title: string;
  text: string;
  published?: string | null;
  story: string;
}

/** Reads every `*.jsonl.gz` of the stories data, grouped by dataset and story. */
export async function readStoryGroups(dir: string): Promise<DataArticle[][]> {
  const groups = new Map<string, DataArticle[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl.gz')).sort()) {
    const lines = createInterface({ input: createReadStream(join(dir, file)).pipe(createGunzip()) });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as DataArticle;
      if (!a.title || !a.text) continue;
      a.outlet = a.outlet || 'Unknown outlet';
      const key = `${a.dataset}/${a.story}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
  }
  return [...groups.values()];
}

/** Outlet id of a dataset outlet name. */
const outletId = (name: string | null) => (name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'unknown';

/** First sentence of a text starting at `from`: its offsets. */
function sentenceAt(text: string, from: number): { start: number; end: number } | null {
  while (from < text.length && /\s/.test(text[from]!)) from++;
  if (from >= text.length) return null;
  const m = /[.!?]["”’]?(?=\s|$)/.exec(text.slice(from, from + 600));
  return m ? { start: from, end: from + m.index + m[0].length } : null;
}

/** The sentence of `article` at `span`, as a briefing sentence. */
function briefingSentence(article: Article, span: { start: number; end: number }, role: BriefingSentence['role'], outlet: Outlet): BriefingSentence {
  return { text: article.text.slice(span.start, span.end), sources: [{ article: String(article.id), start: span.start, end: span.end }], role, outlet: outlet.name, perspective: outlet.perspective };
}

/** Coverage counts of a set of outlets. */
function coverageOf(outlets: readonly Outlet[]): Briefing['coverage'] {
  const side = (p: Perspective) => (p === 'left' || p === 'lean-left' ? 'left' : p === 'right' || p === 'lean-right' ? 'right' : p === 'centre' ? 'center' : 'unknown');
  const c = { left: 0, center: 0, right: 0, unknown: 0 };
  for (const o of outlets) c[side(o.perspective)]++;
  const total = c.left + c.center + c.right;
  const blindspot = total >= 3 && c.left / total < 0.2 ? 'left' : total >= 3 && c.right / total < 0.2 ? 'right' : null;
  return { ...c, blindspot };
}

const KICKERS: Kicker[] = ['Speed Read', 'Speed Read', 'Speed Read', 'Speed Read', 'Speed Read', 'Speed Read', 'Speed Read', 'Speed Read', 'Talking Point', "Today's Big Question"];

/** A briefing of stored articles in the house format. */
function buildBriefing(storyId: string, articles: readonly Article[], outlets: ReadonlyMap<string, Outlet>, index: number, related: Briefing['related']): Briefing {
  const outletOf = (a: Article) => outlets.get(a.outletId)!;
  const facts: BriefingSentence[] = [];
  for (const a of articles.slice(0, 3)) {
    const s = sentenceAt(a.text, 0);
    if (s) facts.push(briefingSentence(a, s, 'fact', outletOf(a)));
  }
  const readings: BriefingSentence[] = [];
  for (const a of articles) {
    const at = a.text.search(/\bsaid\b/);
    const s = at > 0 ? sentenceAt(a.text, Math.max(0, a.text.lastIndexOf('. ', at) + 1)) : null;
    if (s && readings.length < 2) readings.push(briefingSentence(a, s, 'reading', outletOf(a)));
  }
  const lead = articles[0]!;
  const second = sentenceAt(lead.text, sentenceAt(lead.text, 0)?.end ?? 0);
  const sources: BriefingSource[] = articles.map((a) => ({ article: String(a.id), outlet: outletOf(a).name, perspective: outletOf(a).perspective, title: a.title, url: a.url, published: a.publishedAt }));
  const words = lead.title.match(/\b[A-Z][a-z]{3,}\b/g) ?? [];
  return {
    story: storyId, kicker: KICKERS[index % KICKERS.length]!, headline: lead.title,
    standfirst: second ? lead.text.slice(second.start, second.end) : lead.title,
    whatHappened: facts, whoSaidWhat: readings, whatNext: [],
    coverage: coverageOf([...new Set(articles.map(outletOf))]), sources, related,
    updated: articles.at(-1)!.publishedAt, notes: [],
    ...{ terms: words.slice(0, 3) },
  };
}

/** Stores outlets, articles, stories and briefings; returns the story ids. */
export async function fillStore(store: Store, groups: readonly DataArticle[][], storyCount: number, nowMs: number): Promise<string[]> {
  const outlets = new Map<string, Outlet>();
  for (const a of groups.flat()) {
    const id = outletId(a.outlet);
    if (!outlets.has(id)) outlets.set(id, { id, name: a.outlet ?? 'Unknown outlet', homeDomain: `${id}.example`, language: 'en', country: 'US', perspective: parsePerspective(a.lean ?? '') ?? 'unknown', perspectiveBasis: 'dataset label', isWire: false });
  }
  for (const o of outlets.values()) await store.upsertOutlet(o);
  const feeds = new Map<string, number>();
  for (const o of outlets.values()) feeds.set(o.id, (await store.addFeed({ outletId: o.id, url: `https://${o.homeDomain}/feed.xml`, nextCheckAt: new Date(nowMs).toISOString(), intervalSeconds: 3600 })).id);
  const ids: string[] = [];
  for (let n = 0; n < storyCount; n++) {
    const round = Math.floor(n / groups.length);
    // Copies beyond the first round keep two articles each, to bound the fill time.
    const group = groups[n % groups.length]!.slice(0, round === 0 ? 8 : 2);
    // Spread stories over the last 30 days so ranking and paging see real spreads of time.
    const at = nowMs - (n * 30 * 86_400_000) / storyCount;
    const articles: Article[] = [];
    for (const [i, a] of group.entries()) {
      const oid = outletId(a.outlet);
      const url = `https://${outlets.get(oid)!.homeDomain}/${encodeURIComponent(a.id)}/${n}`;
      const published = new Date(at - (group.length - i) * 600_000).toISOString();
      const { inserted } = await store.insertItems([{ feedId: feeds.get(oid)!, outletId: oid, guid: `${a.id}#${n}`, url, canonicalUrl: url, title: a.title, summary: null, content: null, authors: [], categories: [], imageUrl: null, publishedAt: published, updatedAt: null, firstSeenAt: published }]);
      articles.push(await store.saveArticle({ itemId: inserted[0]!.id, outletId: oid, url, title: a.title, text: a.text, byline: null, publishedAt: published, language: 'en', source: 'feed' }));
    }
    const storyId = `b${n}`;
    const outletIds = [...new Set(articles.map((a) => a.outletId))];
    for (const a of articles) {
      await store.recordStoryUpdate({ articleId: a.id, storyId, duplicateOf: null, duplicateKind: null, score: 0.5, language: 'eng', merges: [], story: { id: storyId, language: 'eng', articleIds: articles.map((x) => String(x.id)), outlets: outletIds, headline: articles[0]!.title, firstSeen: Date.parse(articles[0]!.publishedAt!), lastSeen: Date.parse(articles.at(-1)!.publishedAt!), multiSource: outletIds.length > 1 } });
    }
    const related = [1, 2, 3].filter((d) => n >= d).map((d) => ({ story: `b${n - d}`, kicker: 'Speed Read' as Kicker, headline: groups[(n - d) % groups.length]![0]!.title, shared: [] }));
    await store.saveBriefing(buildBriefing(storyId, articles, outlets, n, related), new Date(at).toISOString());
    ids.push(storyId);
  }
  return ids;
}
