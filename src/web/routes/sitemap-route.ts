// GET /sitemap.xml and GET /robots.txt: what crawlers may index (pages, stories, outlets) and
// what they should leave (search results, article passages, the API).
import { escapeXml } from '../feeds/xml-text.ts';
import { KICKER_SECTIONS } from '../format/kicker-sections.ts';
import type { RouteRegistrar } from '../web-context.ts';

/** Stories listed in the sitemap, most recently seen first (the protocol allows 50,000 URLs). */
export const SITEMAP_STORIES = 5000;

/** One `<url>`. */
function urlEntry(loc: string, lastmod?: string): string {
  return `<url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
}

/** The robots.txt of a site at `publicUrl`. */
export function robotsText(publicUrl: string): string {
  return `User-agent: *\nDisallow: /search\nDisallow: /articles/\nDisallow: /api/\nDisallow: /newsletter/\n\nSitemap: ${publicUrl}/sitemap.xml\n`;
}

/** GET /sitemap.xml and /robots.txt */
export const registerSitemapRoutes: RouteRegistrar = (app, ctx) => {
  app.get('/robots.txt', () => new Response(robotsText(ctx.site.publicUrl), { headers: { 'content-type': 'text/plain; charset=utf-8' } }));
  app.get('/sitemap.xml', async () => {
    const base = ctx.site.publicUrl;
    const [stories, snap] = await Promise.all([ctx.store.listStories({ limit: SITEMAP_STORIES }), ctx.reader.outletIndex()]);
    const urls = [
      urlEntry(`${base}/`),
      urlEntry(`${base}/about`),
      urlEntry(`${base}/outlets`),
      ...KICKER_SECTIONS.map((s) => urlEntry(`${base}/sections/${s.slug}`)),
      ...stories.map((s) => urlEntry(`${base}/stories/${encodeURIComponent(s.id)}`, s.lastSeen)),
      ...snap.outlets.map((o) => urlEntry(`${base}/outlets/${encodeURIComponent(o.id)}`)),
    ];
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
    return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
  });
};
