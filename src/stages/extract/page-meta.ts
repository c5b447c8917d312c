import type { HtmlElement } from './html-tree.ts';
import { descendants, normalizeSpace, textOf } from './tree-query.ts';

/** What a page's head and markup say about it, before any choice between sources. */
export interface PageMeta {
  /** `<meta>` values by lowercased key (property, name or itemprop); the last one wins, as in Readability. */
  readonly values: ReadonlyMap<string, string>;
  /** `<meta>` values by key; the first one wins (for keys that repeat, like article:author). */
  readonly firstValues: ReadonlyMap<string, string>;
  /** Every value of a repeated key (article:author, article:tag). */
  readonly allValues: ReadonlyMap<string, readonly string[]>;
  readonly documentTitle: string;
  readonly headings: readonly string[];
  readonly h1s: readonly string[];
  readonly lang: string | null;
  readonly canonical: string | null;
  /** Itemprop values of microdata (`content`, `datetime` or text), first one per name. */
  readonly itemprops: ReadonlyMap<string, string>;
  /** `datetime` of `<time>` elements, in page order. */
  readonly times: readonly string[];
}

// Readability's keys: `property` lists (article|dc|dcterm|og|twitter):(field) ...
const PROPERTY_KEY = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/gi;
// ... and `name` is one (prefix)(field).
const NAME_KEY = /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;

/** Reads the metadata a page states in its markup. */
export function readPageMeta(root: HtmlElement): PageMeta {
  const values = new Map<string, string>();
  const firstValues = new Map<string, string>();
  const allValues = new Map<string, string[]>();
  const itemprops = new Map<string, string>();
  const headings: string[] = [];
  const h1s: string[] = [];
  const times: string[] = [];
  let documentTitle: string | null = null;
  let lang: string | null = null;
  let canonical: string | null = null;
  for (const element of descendants(root)) {
    const { tag, attrs } = element;
    if (tag === 'meta') readMeta(attrs, values, firstValues, allValues);
    else if (tag === 'title' && documentTitle === null) documentTitle = textOf(element);
    else if (tag === 'html' && attrs.lang) lang = attrs.lang.trim() || null;
    else if (tag === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href && !canonical) canonical = attrs.href;
    else if (tag === 'h1' || tag === 'h2') {
      const text = normalizeSpace(textOf(element));
      headings.push(text);
      if (tag === 'h1') h1s.push(text);
    } else if (tag === 'time' && attrs.datetime) times.push(attrs.datetime);
    if (attrs.itemprop && tag !== 'meta') readItemprop(element, itemprops);
  }
  return { values, firstValues, allValues, documentTitle: documentTitle ?? '', headings, h1s, lang, canonical, itemprops, times };
}

/** Records one `<meta>` under its Readability key and under its plain lowercased key. */
function readMeta(attrs: Readonly<Record<string, string>>, values: Map<string, string>, first: Map<string, string>, all: Map<string, string[]>): void {
  const content = attrs.content?.trim();
  if (!content) return;
  const property = attrs.property;
  const name = attrs.name;
  let matched = false;
  if (property) {
    for (const match of property.matchAll(PROPERTY_KEY)) {
      values.set(match[0].toLowerCase().replace(/\s/g, ''), content);
      matched = true;
    }
  }
  if (!matched && name && NAME_KEY.test(name)) values.set(name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':'), content);
  for (const key of [property, name, attrs.itemprop, attrs['http-equiv']]) {
    if (!key) continue;
    const plain = key.trim().toLowerCase();
    if (!first.has(plain)) first.set(plain, content);
    const list = all.get(plain) ?? [];
    list.push(content);
    all.set(plain, list);
  }
}

/** Records one microdata property (first value per name). */
function readItemprop(element: HtmlElement, itemprops: Map<string, string>): void {
  for (const name of (element.attrs.itemprop ?? '').toLowerCase().split(/\s+/)) {
    if (!name || itemprops.has(name)) continue;
    const { content, datetime } = element.attrs;
    const value = content ?? datetime ?? (name === 'articlebody' ? '' : normalizeSpace(textOf(element)).slice(0, 300));
    if (value) itemprops.set(name, value);
  }
}
