// GET /assets/site.css and the icon: the site's only assets (the CSP allows styles and images from here only).
import { SITE_CSS } from '../site-style.ts';
import type { RouteRegistrar } from '../web-context.ts';

/** The site icon: a small SVG, so browsers need no /favicon.ico. */
export const ICON_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#1b1b1f"/><rect x="6" y="20" width="7" height="6" fill="#1f5fa8"/><rect x="13" y="20" width="7" height="6" fill="#6b6b73"/><rect x="20" y="20" width="6" height="6" fill="#b3261e"/><rect x="6" y="6" width="20" height="3" fill="#fdfcf9"/><rect x="6" y="12" width="14" height="3" fill="#fdfcf9"/></svg>';

/** GET /assets/site.css, /assets/icon.svg, /favicon.ico */
export const registerAssetRoute: RouteRegistrar = (app) => {
  const icon = () => new Response(ICON_SVG, { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' } });
  app.get('/assets/icon.svg', icon);
  app.get('/favicon.ico', icon);
  app.get('/assets/site.css', () => new Response(SITE_CSS, { headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' } }));
};
