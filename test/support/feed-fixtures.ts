// Small feeds and pages written for the ingestion tests (our own fixtures, no third-party data).

/** An RSS 2.0 feed whose items link to pages under `base`. */
export function rssFeed(base: string, name: string, count: number, options: { ttl?: number; extra?: string } = {}): string {
  const items = Array.from({ length: count }, (_, i) => {
    const day = String((i % 27) + 1).padStart(2, '0');
    return `<item><title>${name} story ${i} &amp; more</title><link>${base}/pages/${name}-${i}.html?utm_source=rss&amp;utm_medium=feed</link><guid isPermaLink="false">${name}-${i}</guid><pubDate>Mon, ${day} Oct 2026 0${i % 10}:00:00 GMT</pubDate><description>&lt;p&gt;Lead of ${name} story ${i}.&lt;/p&gt;</description></item>`;
  }).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${name} feed</title><link>${base}/</link>${options.ttl ? `<ttl>${options.ttl}</ttl>` : ''}${options.extra ?? ''}${items}</channel></rss>`;
}

/** A news page with boilerplate around an `<article>`. */
export function articlePage(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${title}"><meta name="author" content="Jane Reporter"></head><body><nav><p>Home | World | Politics</p></nav><article><h1>${title}</h1>${body}</article><footer><p>Copyright</p></footer></body></html>`;
}
