// What every route is given: the Store port, the site's identity, the shared reader and the clock.
import type { Hono } from 'hono';
import type { SiteConfig } from '../config/config.ts';
import type { Store } from '../ports/store.ts';
import type { SiteReader } from './site-reader.ts';

/** Dependencies of the routes. */
export interface WebContext {
  readonly store: Store;
  readonly site: SiteConfig;
  readonly reader: SiteReader;
  readonly nowMs: () => number;
}

/** A route module: registers its paths on the app. */
export type RouteRegistrar = (app: Hono, ctx: WebContext) => void;
