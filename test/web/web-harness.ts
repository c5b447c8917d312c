// One seeded store and app per test file: routes are read-only, so the tests share them.
import { tempStore } from '../support/sqlite-temp.ts';
import { createWebApp } from '../../src/web/web-app.ts';
import type { Store } from '../../src/ports/store.ts';
import type { Hono } from 'hono';
import { NOW, SITE, seedSite, type SiteFixture } from './site-fixture.ts';

/** A seeded store, its app (no page reuse, fixed clock) and the fixture. */
export interface WebHarness {
  readonly store: Store;
  readonly app: Hono;
  readonly fixture: SiteFixture;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  cleanup(): Promise<void>;
}

/** Opens a temp store, seeds it and builds the app. */
export async function openHarness(options: { cacheSeconds?: number } = {}): Promise<WebHarness> {
  const temp = await tempStore();
  const fixture = await seedSite(temp.store);
  const app = createWebApp({ store: temp.store, site: SITE, cacheSeconds: options.cacheSeconds ?? 0, nowMs: () => NOW });
  return {
    store: temp.store,
    app,
    fixture,
    get: async (path, headers = {}) => app.request(path, { headers }),
    cleanup: temp.cleanup,
  };
}

/** Fails when a body contains a payload in executable form (unescaped). */
export function assertNoRawPayload(body: string): void {
  for (const bad of ['<script>window.__xss', '<img src=x onerror', '<svg onload', 'href="javascript:']) {
    if (body.includes(bad)) throw new Error(`unescaped payload ${JSON.stringify(bad)} in body`);
  }
}
