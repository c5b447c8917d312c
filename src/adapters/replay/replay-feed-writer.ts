import { escapeMarkup } from './replay-escape.ts';
import type { ReplayArticle, ReplayFeed, ReplayOutlet } from './replay-plan.ts';

/** Renders one feed as RSS 2.0; `base` is the origin written before every path (the placeholder by default). */
export function renderRssFeed(outlet: ReplayOutlet, feed: ReplayFeed, base: string): string {
  const newest = feed.articles.find((a) => a.publishedAt !== null)?.publishedAt ?? null;
  const channel = [
    `<title>${escapeMarkup(feed.title)}</title>`,
    `<link>${escapeMarkup(`${base}/`)}</link>`,
    `<description>${escapeMarkup(`Latest articles from ${outlet.name} (offline replay)`)}</description>`,
    '<language>en</language>',
    `<atom:link href="${escapeMarkup(`${base}/${feed.path}`)}" rel="self" type="application/rss+xml"/>`,
    '<generator>roundup-replay</generator>',
    // Derived from the newest item rather than the clock, so builds are reproducible.
    ...(newest === null ? [] : [`<lastBuildDate>${rfc822(newest)}</lastBuildDate>`]),
    ...feed.articles.map((article) => renderItem(outlet, article, base)),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    ...channel.map((line) => `  ${line}`),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

function renderItem(outlet: ReplayOutlet, article: ReplayArticle, base: string): string {
  const parts = [
    `<title>${escapeMarkup(article.title)}</title>`,
    `<link>${escapeMarkup(`${base}/${article.pagePath}`)}</link>`,
    // Not a permalink: the link changes with the port, the guid must not.
    `<guid isPermaLink="false">${escapeMarkup(article.guid)}</guid>`,
    ...(article.publishedAt === null ? [] : [`<pubDate>${rfc822(article.publishedAt)}</pubDate>`]),
    `<dc:creator>${escapeMarkup(bylineOf(outlet))}</dc:creator>`,
    `<description>${escapeMarkup(article.paragraphs[0] ?? '')}</description>`,
  ];
  return `<item>${parts.join('')}</item>`;
}

/** The byline used on every page and item of an outlet (the datasets carry no authors). */
export function bylineOf(outlet: ReplayOutlet): string {
  return `${outlet.name} Staff`;
}

/** RFC 822 date as RSS 2.0 wants it, e.g. `Mon, 18 Oct 2021 14:03:22 GMT`. */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}
