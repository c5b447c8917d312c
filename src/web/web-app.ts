// The website, feeds out and JSON API as one Hono app over the Store port. `roundup start` serves
// it with @hono/node-server; tests call `app.request(url)` in process.
import { Hono } from 'hono';
import type { SiteConfig } from '../config/config.ts';
import type { Store } from '../ports/store.ts';
import { errorResponse, publicError } from './error-response.tsx';
import { HttpError } from './http-error.ts';
import { responseCache } from './response-cache.ts';
import { securityHeaders } from './security-headers.ts';
import { createSiteReader } from './site-reader.ts';
import type { RouteRegistrar, WebContext } from './web-context.ts';
import { registerArticleApi } from './api/article-api.ts';
import { registerOpenApiRoute } from './api/openapi-document.ts';
import { registerStoryApi } from './api/story-api.ts';
import { registerAboutRoute } from './routes/about-route.tsx';
import { registerArticleRoute } from './routes/article-route.tsx';
import { registerAssetRoute } from './routes/asset-route.ts';
import { registerFeedRoutes } from './routes/feed-routes.ts';
import { registerFrontRoute } from './routes/front-route.tsx';
import { registerHealthRoute } from './routes/health-route.ts';
import { registerOutletRoutes } from './routes/outlet-route.tsx';
import { registerSearchRoute } from './routes/search-route.tsx';
import { registerSectionRoutes } from './routes/section-route.tsx';
import { registerSitemapRoutes } from './routes/sitemap-route.ts';
import { registerStoryRoute } from './routes/story-route.tsx';

/** What the web app needs. */
export interface WebAppOptions {
  readonly store: Store;
  readonly site: SiteConfig;
  /** Seconds a rendered page is reused; 0 renders every request. Default 10. */
  readonly cacheSeconds?: number;
  /** Seconds the recent-briefings list and outlet table are reused; defaults to cacheSeconds. */
  readonly snapshotSeconds?: number;
  /** Clock in ms; defaults to Date.now. */
  readonly nowMs?: () => number;
  /** Mounts more routes (the newsletter's `/newsletter/*`) before the site's own. */
  readonly extraRoutes?: (app: Hono) => void;
  /** Called with unexpected errors (the 500s), so they are logged, never shown. */
  readonly onError?: (err: unknown, path: string) => void;
}

/** Every page, feed and API route, in registration order. */
const ROUTES: readonly RouteRegistrar[] = [
  registerHealthRoute,
  registerAssetRoute,
  registerFrontRoute,
  registerStoryRoute,
  registerArticleRoute,
  registerSectionRoutes,
  registerOutletRoutes,
  registerAboutRoute,
  registerSearchRoute,
  registerFeedRoutes,
  registerSitemapRoutes,
  registerStoryApi,
  registerArticleApi,
  registerOpenApiRoute,
];

/** Builds the app. */
export function createWebApp(options: WebAppOptions): Hono {
  const nowMs = options.nowMs ?? Date.now;
  const reuseMs = (options.cacheSeconds ?? 10) * 1000;
  const ctx: WebContext = { store: options.store, site: options.site, reader: createSiteReader(options.store, (options.snapshotSeconds ?? reuseMs / 1000) * 1000, nowMs), nowMs };
  const app = new Hono();
  // The cache is outermost so a reused response already carries the security headers set inside it.
  app.use('*', responseCache({ reuseMs, maxEntries: 2000, nowMs }));
  app.use('*', securityHeaders());
  options.extraRoutes?.(app);
  for (const register of ROUTES) register(app, ctx);
  app.notFound((c) => errorResponse(c, ctx.site, 404, 'web/not-found', 'There is no page at this address.'));
  app.onError((err, c) => {
    const e = publicError(err);
    if (!(err instanceof HttpError)) options.onError?.(err, c.req.path);
    return errorResponse(c, ctx.site, e.status, e.code, e.message);
  });
  return app;
}
