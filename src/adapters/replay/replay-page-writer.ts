import { escapeMarkup, jsonForScript } from './replay-escape.ts';
import { bylineOf } from './replay-feed-writer.ts';
import type { ReplayArticle, ReplayOutlet } from './replay-plan.ts';

/** Renders an article as a realistic news page: metadata in <head>, boilerplate around an <article>. */
export function renderArticlePage(outlet: ReplayOutlet, article: ReplayArticle, base: string, related: readonly ReplayArticle[] = []): string {
  const url = `${base}/${article.pagePath}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    renderHead(outlet, article, url, base),
    '<body>',
    renderHeader(outlet, base),
    '<main id="main">',
    renderArticle(outlet, article),
    renderAside(related, base),
    '</main>',
    renderFooter(outlet, base),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderHead(outlet: ReplayOutlet, article: ReplayArticle, url: string, base: string): string {
  const title = escapeMarkup(article.title);
  const description = escapeMarkup(article.paragraphs[0] ?? '');
  const feed = outlet.feeds[0];
  return [
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} | ${escapeMarkup(outlet.name)}</title>`,
    `<meta name="description" content="${description}">`,
    `<meta name="author" content="${escapeMarkup(bylineOf(outlet))}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${escapeMarkup(url)}">`,
    `<meta property="og:site_name" content="${escapeMarkup(outlet.name)}">`,
    ...(article.publishedAt === null ? [] : [`<meta property="article:published_time" content="${article.publishedAt}">`]),
    `<link rel="canonical" href="${escapeMarkup(url)}">`,
    ...(feed === undefined ? [] : [`<link rel="alternate" type="application/rss+xml" title="${escapeMarkup(feed.title)}" href="${escapeMarkup(`${base}/${feed.path}`)}">`]),
    `<script type="application/ld+json">${jsonForScript(structuredData(outlet, article, url))}</script>`,
    '<link rel="stylesheet" href="/site.css">',
    '</head>',
  ].join('\n');
}

function structuredData(outlet: ReplayOutlet, article: ReplayArticle, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url,
    ...(article.publishedAt === null ? {} : { datePublished: article.publishedAt }),
    author: { '@type': 'Person', name: bylineOf(outlet) },
    publisher: { '@type': 'Organization', name: outlet.name },
  };
}

// Navigation, share buttons and a newsletter box: the boilerplate an extractor must leave out.
function renderHeader(outlet: ReplayOutlet, base: string): string {
  const sections = ['Politics', 'World', 'Business', 'Technology', 'Health', 'Opinion'];
  return [
    '<header class="site-header">',
    `<a class="logo" href="${escapeMarkup(`${base}/`)}">${escapeMarkup(outlet.name)}</a>`,
    '<nav aria-label="Sections"><ul>',
    ...sections.map((s) => `<li><a href="${escapeMarkup(`${base}/`)}#${s.toLowerCase()}">${s}</a></li>`),
    '</ul></nav>',
    '<form class="search" action="/search" role="search"><input type="search" name="q" placeholder="Search"><button>Search</button></form>',
    '</header>',
  ].join('\n');
}

function renderArticle(outlet: ReplayOutlet, article: ReplayArticle): string {
  const time = article.publishedAt === null ? '' : ` <time datetime="${article.publishedAt}">${escapeMarkup(humanDate(article.publishedAt))}</time>`;
  return [
    '<article>',
    `<h1>${escapeMarkup(article.title)}</h1>`,
    `<p class="byline">By <span class="author">${escapeMarkup(bylineOf(outlet))}</span>${time}</p>`,
    '<div class="share"><a href="#share-facebook">Share</a> <a href="#share-x">Post</a> <a href="#share-email">Email</a></div>',
    '<div class="article-body">',
    ...article.paragraphs.map((p) => `<p>${escapeMarkup(p)}</p>`),
    '</div>',
    '</article>',
  ].join('\n');
}

function renderAside(related: readonly ReplayArticle[], base: string): string {
  return [
    '<aside class="related"><h2>More from this site</h2><ul>',
    ...related.map((a) => `<li><a href="${escapeMarkup(`${base}/${a.pagePath}`)}">${escapeMarkup(a.title)}</a></li>`),
    '</ul>',
    '<div class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our newsletter.</p><form action="/subscribe"><input type="email" name="email"><button>Sign up</button></form></div>',
    '</aside>',
  ].join('\n');
}

function renderFooter(outlet: ReplayOutlet, base: string): string {
  return [
    '<footer class="site-footer">',
    `<p>&copy; ${escapeMarkup(outlet.name)}. Offline replay served by Roundup for testing.</p>`,
    `<ul><li><a href="${escapeMarkup(`${base}/`)}">Home</a></li><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>`,
    '</footer>',
  ].join('\n');
}

/** Up to three older headlines of the outlet to link beside article `index`, none repeating its title. */
export function relatedArticles(articles: readonly ReplayArticle[], index: number): ReplayArticle[] {
  const own = articles[index]?.title;
  const picked: ReplayArticle[] = [];
  // Replicas of one article sit next to each other, so a short scan skips them by title.
  for (let step = 1; step <= 50 && step < articles.length && picked.length < 3; step++) {
    const candidate = articles[(index + step) % articles.length];
    if (candidate !== undefined && candidate.title !== own && !picked.some((p) => p.title === candidate.title)) picked.push(candidate);
  }
  return picked;
}

function humanDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
