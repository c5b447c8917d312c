import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/stages/extract/index.ts';
import type { ExtractedArticle } from '../../../src/core/extracted-article.ts';

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old bridge, ending a debate that had run for more than three years in the town.',
  'Engineers had warned since 2021 that the steel frame was corroding, and that repairs would cost more than a new crossing.',
  '"We had no other choice," the mayor said after the vote, adding that a ferry would run until the new bridge opens.',
  'Shop owners on the east bank said they feared losing customers, while cyclists welcomed a planned lane on the new bridge.',
];

/** A page with the article among typical furniture. */
function newsPage(head: string, extraBody = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <article><h1>Council closes old bridge</h1><p class="byline">By Ana Lima and Tom Reed</p>
  <div class="article-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
  <h2>What happens next</h2><ul><li>A ferry runs from Monday.</li><li>Demolition starts in spring.</li></ul>
  <div class="newsletter-signup"><p>Sign up for our morning newsletter, delivered every day to your inbox, free of charge.</p></div>
  <script>alert("x")</script></div></article>
  <aside><h3>Most read</h3><ul><li><a href="/a">Story A is here</a></li><li><a href="/b">Story B is there</a></li></ul></aside>
  ${extraBody}<footer>© 2024 The Town Paper</footer></body></html>`;
}

/** The article of a page, failing the test when there is none. */
function article(html: string, url: string | null = 'https://paper.example/news/bridge'): ExtractedArticle {
  const outcome = extractArticle(html, { url });
  assert.equal(outcome.kind, 'article', outcome.kind === 'no-article' ? outcome.reason : '');
  return (outcome as { article: ExtractedArticle }).article;
}

describe('extractArticle: body', () => {
  const result = article(newsPage('<title>Council closes old bridge | The Town Paper</title>'));

  it('keeps every paragraph, separated by a blank line, with headings and list items as paragraphs', () => {
    assert.equal(result.text, [...PARAGRAPHS, 'What happens next', 'A ferry runs from Monday.', 'Demolition starts in spring.'].join('\n\n'));
  });

  it('drops navigation, share bars, newsletter boxes, asides, footers and scripts', () => {
    for (const leak of ['Home', 'Share on Facebook', 'Sign up', 'Most read', '©', 'alert']) assert.ok(!result.text.includes(leak), leak);
  });

  it('gives sanitized HTML of the content only', () => {
    assert.match(result.html, /^<p>The council voted/);
    assert.match(result.html, /<ul>\n<li>A ferry runs from Monday.<\/li>/);
    assert.ok(!/script|alert|onclick|<nav|<form|<iframe/i.test(result.html));
  });

  it('cleans the outlet name off the document title', () => assert.equal(result.title, 'Council closes old bridge'));
  it('reads the byline from the page when no metadata states it', () => assert.deepEqual(result.byline, ['Ana Lima', 'Tom Reed']));
  it('reads the language from <html lang>', () => assert.equal(result.language, 'en'));
});

describe('extractArticle: metadata', () => {
  it('prefers JSON-LD (with @graph) and normalises dates to ISO with offset', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'The Town Paper' },
        { '@type': 'NewsArticle', headline: 'Council closes old bridge', author: [{ '@type': 'Person', name: 'Ana Lima' }, { name: 'Tom Reed' }], datePublished: '2024-03-05T09:30:00+0100', dateModified: '2024-03-05T11:00:00Z', articleSection: 'Local', publisher: { name: 'The Town Paper' }, image: { url: '/img/bridge.jpg' } },
      ],
    });
    const a = article(newsPage(`<script type="application/ld+json">${ld}</script><link rel="canonical" href="/news/bridge?ref=1">`));
    assert.equal(a.title, 'Council closes old bridge');
    assert.deepEqual(a.byline, ['Ana Lima', 'Tom Reed']);
    assert.equal(a.published, '2024-03-05T09:30:00+01:00');
    assert.equal(a.modified, '2024-03-05T11:00:00Z');
    assert.equal(a.section, 'Local');
    assert.equal(a.siteName, 'The Town Paper');
    assert.equal(a.canonicalUrl, 'https://paper.example/news/bridge?ref=1');
    assert.equal(a.leadImage, 'https://paper.example/img/bridge.jpg');
  });

  it('falls back to OpenGraph, article: and meta tags', () => {
    const head = `<meta property="og:title" content="Bridge &amp; ferry"><meta property="og:site_name" content="Town Paper">
      <meta property="article:published_time" content="2024-03-05T08:00:00Z"><meta name="author" content="By Ana Lima">
      <meta property="og:description" content="The council voted."><meta property="og:image" content="https://cdn.example/b.jpg">
      <meta property="article:section" content="Local">`;
    const a = article(newsPage(head));
    assert.equal(a.title, 'Bridge & ferry');
    assert.equal(a.siteName, 'Town Paper');
    assert.equal(a.published, '2024-03-05T08:00:00Z');
    assert.deepEqual(a.byline, ['Ana Lima']);
    assert.equal(a.description, 'The council voted.');
    assert.equal(a.leadImage, 'https://cdn.example/b.jpg');
  });

  it('reads microdata and <time> when nothing else states the date', () => {
    const a = article(newsPage('', '').replace('<p class="byline">', '<time datetime="2023-12-01">1 December</time><p class="byline">'));
    assert.equal(a.published, '2023-12-01');
  });

  it('guesses the language from the text when the page states none', () => {
    const a = article(newsPage('').replace('<html lang="en">', '<html>'));
    assert.equal(a.language, 'eng');
  });
});

describe('extractArticle: standfirsts, captions and boxes around the body', () => {
  // Long enough (over 1,000 characters) that the strict reading stands without a second, gentle one.
  const long = PARAGRAPHS.map((p) => `${p} ${p}`);
  const body = `<div class="article-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
  const standfirst = 'The town will lose its oldest crossing next year after a vote that split the council down the middle.';
  const page = (content: string) => `<html><body><nav><a href="/">Home</a></nav>${content}<footer>© Paper</footer></body></html>`;

  it('joins a standfirst set as a heading with a lead class, but not a subheading', () => {
    assert.ok(article(page(`<article><h1>Bridge</h1><h2 class="article-lead">${standfirst}</h2>${body}</article>`)).text.startsWith(standfirst));
    assert.ok(!article(page(`<article><h1>Bridge</h1><h2 class="sub-head">${standfirst}</h2>${body}</article>`)).text.includes(standfirst));
  });

  it('knows standfirst class names in other languages (bajada, sommario, Vorspann)', () => {
    for (const name of ['texto-bajada', 'sommario', 'vorspann']) {
      const text = article(page(`<article><h1>Bridge</h1><div class="${name}"><p>${standfirst}</p></div>${body}</article>`)).text;
      assert.ok(text.startsWith(standfirst), name);
    }
  });

  it('finds a standfirst in an intro box of the page header, a few boxes above the body', () => {
    const html = page(`<div id="main"><div class="wideblock"><div class="intro-box"><p class="intro">${standfirst}</p></div></div>
      <div id="content-left"><div class="content-page"><p class="date">12 May 2024</p><div class="wrap"><span>Print</span>${body}</div></div></div></div>`);
    assert.ok(article(html).text.startsWith(standfirst));
  });

  it('leaves captions out of the text, whatever marks their lines', () => {
    const captions = ['<figure><img src="/a.jpg"><figcaption><p>The old bridge at dawn, seen from the east bank of the river.</p></figcaption></figure>',
      '<div class="bildunterschrift">Die alte Brücke am Morgen, vom Ostufer des Flusses aus gesehen.</div>',
      '<p class="imagedescription">AFP / MARCO BERTORELLO</p>'];
    const text = article(page(`<article><h1>Bridge</h1><div class="article-body">${long.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${captions.join('')}${long.slice(2).map((p) => `<p>${p}</p>`).join('')}</div></article>`)).text;
    assert.equal(text, long.join('\n\n'));
  });

  it('drops author boxes, rating widgets, disclaimers and comment sections named in German', () => {
    const boxes = ['<div class="post-author__bio"><p>Anna writes about towns, bridges and the people who cross them every day.</p></div>',
      '<span class="post-ratings">(Noch keine Bewertungen)</span>',
      '<p class="aawp-disclaimer">Bei den Verlinkungen handelt es sich um Affiliate-Links, für die wir eine Provision erhalten.</p>',
      '<section class="kommentare"><p>Keine Kommentare bisher zu diesem Artikel über die alte Brücke.</p></section>'];
    const text = article(page(`<article><h1>Bridge</h1><div class="article-body">${long.map((p) => `<p>${p}</p>`).join('')}${boxes.join('')}</div></article>`)).text;
    assert.equal(text, long.join('\n\n'));
  });

  it("drops the outlet's closing pitch, but not a paragraph of the story that names a subscription", () => {
    const pitches = ['<p>Follow The Town Paper on Twitter and Instagram @TownPaper.</p>', '<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.</p>'];
    const story = 'The ferry operator said that subscribers to its monthly pass would ride free until the new bridge opens.';
    const html = (tail: string) => page(`<article><h1>Bridge</h1><div class="article-body">${long.map((p) => `<p>${p}</p>`).join('')}${tail}</div></article>`);
    assert.equal(article(html(pitches.join(''))).text, long.join('\n\n'));
    assert.equal(article(html(`<p>${story}</p>`)).text, [...long, story].join('\n\n'));
  });

  it('cuts the tail after a related-stories heading in another language, and drops comment prompts, figure labels, reading times and wire credits', () => {
    const html = (middle: string, tail: string) => page(`<article><h1>Bridge</h1><div class="article-body">${long.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${middle}${long.slice(2).map((p) => `<p>${p}</p>`).join('')}${tail}</div></article>`);
    for (const heading of ['Temas relacionados', 'Zum Weiterlesen:', 'Weitere Informationen:']) {
      assert.equal(article(html('', `<h3>${heading}</h3><p>Another story about the river, with a link.</p>`)).text, long.join('\n\n'), heading);
    }
    const noise = '<p>Abbildung 2: Die Brücke im Jahr 1920.</p><p>Sie müssen eingeloggt sein, um Kommentare zu schreiben!</p><p>5 min read</p><p>By Reuters</p>';
    assert.equal(article(html(noise, '')).text, long.join('\n\n'));
  });

  it("joins the prose paragraphs of the article's <header> when no standfirst is marked, once each", () => {
    const html = page(`<article><header><h1>Bridge</h1><p>${standfirst}</p><p>${standfirst}</p><p>By Ana Lima</p></header><div class="layout"><div class="tools"><a href="/print">Print</a></div><div class="main">${body}</div></div></article>`);
    assert.equal(article(html).text, [standfirst, ...PARAGRAPHS].join('\n\n'));
  });

  it('keeps the article when a table cell lists hundreds of names separated by commas', () => {
    const names = Array.from({ length: 150 }, (_, i) => `Name${i} Surname${i}`).join(', ');
    const letter = [...long, ...long, ...long];
    const html = page(`<article><div class="letter">${letter.map((p) => `<p>${p}</p>`).join('')}<table><tbody><tr><th>Signed</th><th>Also signed</th></tr><tr><td>${names}</td><td>${names}</td></tr></tbody></table></div></article>`);
    assert.ok(article(html).text.startsWith(letter.join('\n\n')));
  });
});

