// GET /assets/site.css: the stylesheet, the only asset (the CSP allows styles from here only).
import { SITE_CSS } from '../site-style.ts';
import type { RouteRegistrar } from '../web-context.ts';

/** GET /assets/site.css */
export const registerAssetRoute: RouteRegistrar = (app) => {
  app.get('/assets/site.css', () => new Response(SITE_CSS, { headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' } }));
};
