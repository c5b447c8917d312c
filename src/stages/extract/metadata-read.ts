import type { ExtractedArticle } from '../../core/extracted-article.ts';
import type { HtmlElement } from './html-tree.ts';
import type { JsonLdArticle } from './json-ld-article.ts';
import type { PageMeta } from './page-meta.ts';
import { bylineFromElements } from './byline-element.ts';
import { bylineNames } from './byline-names.ts';
import { normalizeDate } from './date-normalize.ts';
import { textSimilarity, titleFromDocument } from './title-pick.ts';
import { absoluteUrl, normalizeSpace } from './tree-query.ts';

/** The article's metadata, each field chosen from the most reliable source that states it. */
export type ArticleMetadata = Omit<ExtractedArticle, 'text' | 'html'>;

/** The first non-empty value. */
function first(...values: Array<string | null | undefined>): string | null {
  for (const value of values) if (value && value.trim()) return normalizeSpace(value);
  return null;
}

/** Chooses every metadata field: JSON-LD, then OpenGraph and meta tags, then microdata and markup. */
export function readMetadata(meta: PageMeta, ld: JsonLdArticle | null, root: HtmlElement, url: string | null): ArticleMetadata {
  const v = (key: string) => meta.values.get(key);
  const f = (key: string) => meta.firstValues.get(key);
  const canonicalUrl = absoluteUrl(first(meta.canonical, f('og:url')), url) ?? absoluteUrl(url, null);
  const base = canonicalUrl ?? url;
  return {
    title: pickTitle(meta, ld),
    byline: pickByline(meta, ld, root),
    published: normalizeDate(first(ld?.datePublished, v('article:published_time'), v('parsely-pub-date'), f('og:published_time'), f('pubdate'), f('publishdate'), f('date'), f('dc.date.issued'), f('dc.date'), meta.itemprops.get('datepublished'), meta.times[0])),
    modified: normalizeDate(first(ld?.dateModified, f('article:modified_time'), f('og:updated_time'), meta.itemprops.get('datemodified'))),
    language: first(meta.lang, ld?.language, f('og:locale')?.replace('_', '-'), f('content-language'), f('language')),
    siteName: first(v('og:site_name'), ld?.publisher, f('application-name'), f('twitter:site')?.replace(/^@/, '')),
    canonicalUrl,
    leadImage: absoluteUrl(first(f('og:image'), f('og:image:url'), f('og:image:secure_url'), f('twitter:image'), f('twitter:image:src'), ld?.image), base),
    section: first(f('article:section'), ld?.section, f('section'), f('parsely-section')),
    description: first(ld?.description, v('dc:description'), v('dcterm:description'), v('og:description'), v('description'), v('twitter:description')),
  };
}

/** The headline: JSON-LD (name or headline, whichever matches the document title), then meta tags,
 * then the document title cleaned of the outlet name. */
function pickTitle(meta: PageMeta, ld: JsonLdArticle | null): string | null {
  const v = (key: string) => meta.values.get(key);
  let fromLd: string | null = null;
  if (ld?.name && ld.headline && ld.name !== ld.headline) {
    const docTitle = titleFromDocument(meta.documentTitle, meta.headings, meta.h1s);
    const headlineMatches = textSimilarity(ld.headline, docTitle) > 0.75;
    fromLd = headlineMatches && textSimilarity(ld.name, docTitle) <= 0.75 ? ld.headline : ld.name;
  } else fromLd = ld?.name ?? ld?.headline ?? null;
  const stated = first(fromLd, v('dc:title'), v('dcterm:title'), v('og:title'), v('weibo:article:title'), v('weibo:webpage:title'), v('title'), v('twitter:title'), v('parsely-title'));
  return stated ?? first(titleFromDocument(meta.documentTitle, meta.headings, meta.h1s));
}

/** Author names: JSON-LD, meta tags (not profile URLs), then the byline element of the page. */
function pickByline(meta: PageMeta, ld: JsonLdArticle | null, root: HtmlElement): string[] {
  if (ld && ld.authors.length > 0) {
    const names = bylineNames(ld.authors);
    if (names.length > 0) return names;
  }
  const v = (key: string) => meta.values.get(key);
  const articleAuthors = [...(meta.allValues.get('article:author') ?? []), v('article:author') ?? ''].filter((value) => value && !/^https?:\/\//.test(value));
  const stated = first(v('dc:creator'), v('dcterm:creator'), v('author'), v('parsely-author'));
  if (stated) return bylineNames([stated]);
  if (articleAuthors.length > 0) return bylineNames(articleAuthors);
  const element = bylineFromElements(root);
  return element ? bylineNames([element]) : [];
}
