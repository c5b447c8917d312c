// A small real SQLite store for the web tests: outlets across the spectrum, articles, stories and
// briefings written through the Store port, with XSS payloads in outlet names, titles, text and URLs.
import type { Briefing, BriefingSentence, BriefingSource } from '../../src/core/briefing.ts';
import type { Outlet } from '../../src/core/outlet.ts';
import type { Article } from '../../src/core/item.ts';
import type { Store } from '../../src/ports/store.ts';
import type { SiteConfig } from '../../src/config/config.ts';

/** Payloads that set window.__xss (or open a dialog) if they ever execute. */
export const XSS = {
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror="window.__xss=1">',
  attr: '"><svg onload=window.__xss=1>',
  url: 'javascript:window.__xss=1',
  scriptClose: '</script><script>window.__xss=1</script>',
} as const;

/** The site identity used by the tests. */
export const SITE: SiteConfig = { name: 'Roundup', description: 'The news from every side, in a minute.', publicUrl: 'https://roundup.example' };

/** "Now" of the fixture, in ms. */
export const NOW = Date.parse('2026-11-20T12:00:00.000Z');

const iso = (hoursAgo: number) => new Date(NOW - hoursAgo * 3_600_000).toISOString();

const OUTLETS: Outlet[] = [
  { id: 'left-times', name: 'Left Times', homeDomain: 'left.example', language: 'en', country: 'US', perspective: 'left', perspectiveBasis: 'AllSides Media Bias Chart 2024', isWire: false },
  { id: 'centre-wire', name: 'Centre Wire', homeDomain: 'wire.example', language: 'en', country: 'INT', perspective: 'centre', perspectiveBasis: 'AllSides Media Bias Chart 2024', isWire: true },
  { id: 'right-post', name: 'Right Post', homeDomain: 'right.example', language: 'en', country: 'US', perspective: 'right', perspectiveBasis: 'AllSides Media Bias Chart 2024', isWire: false },
  { id: 'evil', name: `Evil ${XSS.script} News`, homeDomain: 'evil.example', language: 'en', country: 'US', perspective: 'unknown', perspectiveBasis: `${XSS.img}`, isWire: false },
];

/** One article to store. */
interface ArticleSpec {
  readonly outlet: string;
  readonly title: string;
  readonly text: string;
  readonly hoursAgo: number;
  readonly url?: string;
}

/** Stores an outlet's feed, one item and its article. */
async function storeArticle(store: Store, spec: ArticleSpec, n: number): Promise<Article> {
  const feed = await store.addFeed({ outletId: spec.outlet, url: `https://${spec.outlet}.example/feed.xml`, nextCheckAt: iso(0), intervalSeconds: 3600 });
  const url = spec.url ?? `https://${spec.outlet}.example/a/${n}`;
  const { inserted } = await store.insertItems([{ feedId: feed.id, outletId: spec.outlet, guid: `g${n}`, url, canonicalUrl: `https://${spec.outlet}.example/a/${n}`, title: spec.title, summary: null, content: null, authors: [], categories: [], imageUrl: null, publishedAt: iso(spec.hoursAgo), updatedAt: null, firstSeenAt: iso(spec.hoursAgo) }]);
  return store.saveArticle({ itemId: inserted[0]!.id, outletId: spec.outlet, url, title: spec.title, text: spec.text, byline: null, publishedAt: iso(spec.hoursAgo), language: 'en', source: 'page' });
}

/** A briefing sentence taken from `article`'s text (the first occurrence of `text`). */
function sentence(article: Article, text: string, role: BriefingSentence['role'], extra: Partial<BriefingSentence> = {}): BriefingSentence {
  const start = article.text.indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" is not in article ${article.id}`);
  return { text, sources: [{ article: String(article.id), start, end: start + text.length }], role, ...extra };
}

/** The source entry of an article. */
function source(article: Article, outlet: Outlet): BriefingSource {
  return { article: String(article.id), outlet: outlet.name, perspective: outlet.perspective, title: article.title, url: article.url, published: article.publishedAt };
}

/** Records a story of these articles (the first starts it) and returns its id. */
async function storeStory(store: Store, articles: readonly Article[], headline: string): Promise<string> {
  const id = `s${articles[0]!.id}`;
  const outlets = [...new Set(articles.map((a) => a.outletId))];
  for (let i = 0; i < articles.length; i++) {
    const members = articles.slice(0, i + 1);
    await store.recordStoryUpdate({
      articleId: articles[i]!.id, storyId: id, duplicateOf: null, duplicateKind: null, score: 0.5, language: 'eng', merges: [],
      story: { id, language: 'eng', articleIds: members.map((a) => String(a.id)), outlets: outlets.slice(0, new Set(members.map((a) => a.outletId)).size), headline, firstSeen: Date.parse(articles[0]!.publishedAt!), lastSeen: Date.parse(members.at(-1)!.publishedAt!), multiSource: new Set(members.map((a) => a.outletId)).size > 1 },
    });
  }
  return id;
}

/** What the fixture stored. */
export interface SiteFixture {
  readonly outlets: readonly Outlet[];
  readonly articles: readonly Article[];
  /** Story ids: court (three sides, full briefing), xss (payloads everywhere), talk (Talking Point), bare (no briefing). */
  readonly stories: { readonly court: string; readonly xss: string; readonly talk: string; readonly bare: string };
}

const COURT_LEFT = 'The Supreme Court ruled on Monday that police officers were shielded from two excessive-force lawsuits.\n\nCivil rights groups said the rulings "close the courthouse door" to victims.\n\nThe court is expected to hear a related case in March.';
const COURT_WIRE = 'The Supreme Court sided with police officers in two cases on Monday, overturning lower court decisions.\n\n"We are grateful for the clarity," said Jim Pasco of the Fraternal Order of Police.';
const COURT_RIGHT = 'The Supreme Court backed officers in two qualified immunity cases, a win for police unions.\n\nThe Right Post said the rulings restore common sense to policing.';

/** Fills a migrated store and returns what it holds. */
export async function seedSite(store: Store): Promise<SiteFixture> {
  for (const o of OUTLETS) await store.upsertOutlet(o);
  const byId = new Map(OUTLETS.map((o) => [o.id, o]));
  const specs: ArticleSpec[] = [
    { outlet: 'left-times', title: 'Supreme Court sides with police in immunity cases', text: COURT_LEFT, hoursAgo: 5 },
    { outlet: 'centre-wire', title: 'Court backs officers in two cases', text: COURT_WIRE, hoursAgo: 4 },
    { outlet: 'right-post', title: 'Justices back police officers', text: COURT_RIGHT, hoursAgo: 3 },
    { outlet: 'evil', title: `Evil headline ${XSS.img}`, text: `Payload one ${XSS.script} and more.\n\nPayload two ${XSS.attr} end.`, hoursAgo: 2, url: XSS.url },
    { outlet: 'left-times', title: `Left take ${XSS.scriptClose}`, text: `A second take ${XSS.scriptClose} on the payloads.`, hoursAgo: 2 },
    { outlet: 'right-post', title: 'Commentators weigh the budget deal', text: 'Commentators said the budget deal was a defeat for both parties.\n\nThe vote is set for Friday.', hoursAgo: 8 },
    { outlet: 'centre-wire', title: 'Budget deal reached in Congress', text: 'Negotiators reached a budget deal late on Tuesday.\n\nThe vote is set for Friday.', hoursAgo: 9 },
    { outlet: 'left-times', title: 'A lone report on a harbour fire', text: 'A fire broke out at the harbour on Sunday.', hoursAgo: 30 },
  ];
  const articles: Article[] = [];
  for (const [i, spec] of specs.entries()) articles.push(await storeArticle(store, spec, i));
  const [l, w, r, e1, e2, b1, b2, bare] = articles as [Article, Article, Article, Article, Article, Article, Article, Article];
  const outlet = (a: Article) => byId.get(a.outletId)!;

  const court = await storeStory(store, [l, w, r], 'Supreme Court sides with police');
  const courtBriefing: Briefing = {
    story: court, kicker: 'Speed Read', headline: 'Supreme Court sides with police in two immunity cases',
    standfirst: 'The unsigned rulings suggest the court will not rethink qualified immunity for now, leaving officers shielded from excessive-force suits.',
    whatHappened: [sentence(l, 'The Supreme Court ruled on Monday that police officers were shielded from two excessive-force lawsuits.', 'fact'), sentence(w, 'The Supreme Court sided with police officers in two cases on Monday, overturning lower court decisions.', 'fact')],
    whoSaidWhat: [sentence(w, '"We are grateful for the clarity," said Jim Pasco of the Fraternal Order of Police.', 'quote', { speaker: 'Jim Pasco' }), sentence(r, 'The Right Post said the rulings restore common sense to policing.', 'reading', { speaker: 'The Right Post' })],
    whatNext: [sentence(l, 'The court is expected to hear a related case in March.', 'next')],
    coverage: { left: 1, center: 1, right: 1, unknown: 0, blindspot: null },
    sources: [source(l, outlet(l)), source(w, outlet(w)), source(r, outlet(r))],
    related: [], updated: r.publishedAt, notes: [],
    ...{ terms: ['Supreme Court', 'Qualified immunity'] },
  };

  const xss = await storeStory(store, [e1, e2], `Headline ${XSS.script}`);
  const xssBriefing: Briefing = {
    story: xss, kicker: 'Speed Read', headline: `Payloads ${XSS.img} in a headline ${XSS.attr}`,
    standfirst: `A standfirst with ${XSS.scriptClose} inside.`,
    whatHappened: [sentence(e1, `Payload one ${XSS.script} and more.`, 'fact'), sentence(e2, `A second take ${XSS.scriptClose} on the payloads.`, 'fact')],
    whoSaidWhat: [sentence(e1, `Payload two ${XSS.attr} end.`, 'reading', { speaker: XSS.img })],
    whatNext: [],
    coverage: { left: 1, center: 0, right: 0, unknown: 1, blindspot: null },
    sources: [source(e1, outlet(e1)), source(e2, outlet(e2))],
    related: [{ story: court, kicker: 'Speed Read', headline: `Related ${XSS.img}`, shared: ['Supreme Court'] }],
    updated: e2.publishedAt, notes: [],
    ...{ terms: ['Supreme Court', `Topic ${XSS.script}`] },
  };

  const talk = await storeStory(store, [b2, b1], 'Budget deal');
  const talkBriefing: Briefing = {
    story: talk, kicker: 'Talking Point', headline: 'Commentators weigh a budget deal that pleases no one',
    standfirst: 'Both parties claimed and disowned the compromise as a Friday vote approached in Congress.',
    standfirstDates: [{ start: 54, end: 60, date: '2026-11-20' }],
    whatHappened: [sentence(b2, 'Negotiators reached a budget deal late on Tuesday.', 'fact')],
    whoSaidWhat: [sentence(b1, 'Commentators said the budget deal was a defeat for both parties.', 'reading', { speaker: 'Commentators' })],
    whatNext: [sentence(b2, 'The vote is set for Friday.', 'next')],
    coverage: { left: 0, center: 1, right: 1, unknown: 0, blindspot: 'left' },
    sources: [source(b2, outlet(b2)), source(b1, outlet(b1))],
    related: [{ story: court, kicker: 'Speed Read', headline: courtBriefing.headline, shared: ['Congress'] }],
    updated: b1.publishedAt, notes: [],
  };
  const bareId = await storeStory(store, [bare], 'A lone report on a harbour fire');
  for (const b of [courtBriefing, xssBriefing, talkBriefing]) await store.saveBriefing(b, new Date(NOW).toISOString());
  return { outlets: OUTLETS, articles, stories: { court, xss, talk, bare: bareId } };
}
