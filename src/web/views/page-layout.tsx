/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The frame of every page: head (title, canonical, feeds, OpenGraph, JSON-LD), masthead,
// navigation, the newsletter sign-up form and the footer. No inline script or style: the CSP forbids both.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { SiteConfig } from '../../config/config.ts';
import { KICKER_SECTIONS } from '../format/kicker-sections.ts';

/** A feed announced with `<link rel="alternate">`. */
export interface AlternateLink {
  readonly type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  readonly href: string;
  readonly title: string;
}

/** What a page tells the layout about itself. */
export interface PageMeta {
  readonly title: string;
  readonly description?: string;
  /** Path of the page's canonical URL, e.g. `/stories/42`. */
  readonly path: string;
  readonly alternates?: readonly AlternateLink[];
  /** OpenGraph type: `website` or `article`. */
  readonly ogType?: 'website' | 'article';
  /** A JSON-LD object for the page (NewsArticle on a story). */
  readonly jsonLd?: unknown;
  /** The front page shows the site name as its heading. */
  readonly isFront?: boolean;
  /** Extra `<meta name="robots">` value, e.g. `noindex` on search results. */
  readonly robots?: string;
}

/** JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and line separators escaped so nothing closes the block. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The three feeds of a page whose feeds live at `<base>.rss`, `.atom`, `.json`. */
export function feedAlternates(base: string, title: string): AlternateLink[] {
  return [
    { type: 'application/rss+xml', href: `${base}.rss`, title: `${title} (RSS)` },
    { type: 'application/atom+xml', href: `${base}.atom`, title: `${title} (Atom)` },
    { type: 'application/feed+json', href: `${base}.json`, title: `${title} (JSON Feed)` },
  ];
}

/** The head of a page. */
function PageHead(props: { site: SiteConfig; meta: PageMeta }) {
  const { site, meta } = props;
  const url = `${site.publicUrl}${meta.path}`;
  const description = meta.description ?? site.description;
  const fullTitle = meta.isFront ? site.name : `${meta.title} · ${site.name}`;
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {meta.robots ? <meta name="robots" content={meta.robots} /> : null}
      <link rel="canonical" href={url} />
      <link rel="stylesheet" href="/assets/site.css" />
      <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
      {(meta.alternates ?? []).map((a) => (
        <link rel="alternate" type={a.type} href={a.href} title={a.title} />
      ))}
      <meta property="og:site_name" content={site.name} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content={meta.ogType ?? 'website'} />
      <meta property="og:url" content={url} />
      {meta.jsonLd === undefined ? null : <script type="application/ld+json">{raw(jsonLdText(meta.jsonLd))}</script>}
    </head>
  );
}

/** The newsletter sign-up form; the newsletter module mounts `/newsletter/subscribe`. */
export function SignupForm() {
  return (
    <section class="signup" aria-labelledby="signup-title">
      <h2 id="signup-title">Get the briefings by email</h2>
      <form method="post" action="/newsletter/subscribe" class="signup-form">
        <label for="signup-email">Email address</label>
        <input id="signup-email" name="email" type="email" required autocomplete="email" maxlength={254} />
        <button type="submit">Subscribe</button>
      </form>
    </section>
  );
}

/** Masthead with the site name and the main navigation. */
function Masthead(props: { site: SiteConfig; isFront: boolean }) {
  return (
    <header class="masthead">
      {props.isFront ? <h1>{props.site.name}</h1> : <a class="brand" href="/">{props.site.name}</a>}
      <nav aria-label="Sections">
        <ul>
          {KICKER_SECTIONS.map((s) => (
            <li><a href={`/sections/${s.slug}`}>{s.kicker}</a></li>
          ))}
          <li><a href="/outlets">Outlets</a></li>
          <li><a href="/about">About</a></li>
        </ul>
      </nav>
      <form class="search-box" method="get" action="/search" role="search">
        <label for="search-q" class="visually-hidden">Search stories and articles</label>
        <input id="search-q" name="q" type="search" placeholder="Search" maxlength={200} />
        <button type="submit">Search</button>
      </form>
    </header>
  );
}

/** A whole HTML page around `children`. */
export function PageLayout(props: { site: SiteConfig; meta: PageMeta; children?: Child }) {
  const { site, meta } = props;
  return (
    <html lang="en">
      <PageHead site={site} meta={meta} />
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <Masthead site={site} isFront={meta.isFront === true} />
        <main id="main">{props.children}</main>
        <footer class="site-footer">
          <SignupForm />
          <p>
            {site.name}: {site.description} <a href="/about">How it works</a> · <a href="/feed.rss">RSS</a> · <a href="/feed.atom">Atom</a> · <a href="/feed.json">JSON Feed</a> · <a href="/api/v1/openapi.json">API</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
