// One headless Debian Chromium (playwright-core) per test file, against the web app served on
// loopback from a seeded temp store. Collects console errors, page errors and dialogs so tests can
// assert that nothing failed and no XSS payload ran.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createWebApp } from '../../src/web/web-app.ts';
import { startWebServer, type RunningServer } from '../../src/web/web-server.ts';
import { tempStore } from '../support/sqlite-temp.ts';
import { NOW, SITE, seedSite, type SiteFixture } from '../web/site-fixture.ts';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots land here (gitignored). */
export const ARTIFACTS = 'test-artifacts';

/** Problems a page reported. */
export interface PageProblems {
  readonly console: string[];
  readonly dialogs: string[];
}

/** A served app and a browser. */
export interface BrowserHarness {
  readonly base: string;
  readonly fixture: SiteFixture;
  readonly context: BrowserContext;
  /** A new page that records its problems. */
  open(path: string, width?: number): Promise<{ page: Page; problems: PageProblems }>;
  close(): Promise<void>;
}

/** True when the browser is installed (CI installs it; see .ci/run). */
export const hasChromium = existsSync(CHROMIUM);

/** Starts the app and the browser. */
export async function openBrowserHarness(): Promise<BrowserHarness> {
  const temp = await tempStore();
  const fixture = await seedSite(temp.store);
  const app = createWebApp({ store: temp.store, site: { ...SITE, publicUrl: 'http://127.0.0.1' }, cacheSeconds: 0, nowMs: () => NOW });
  const server: RunningServer = await startWebServer(app, { host: '127.0.0.1', port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'roundup-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    base,
    fixture,
    context,
    async open(path, width = 1280) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      const problems: PageProblems = { console: [], dialogs: [] };
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.console.push(m.text());
      });
      page.on('pageerror', (e) => problems.console.push(`pageerror: ${e.message}`));
      page.on('dialog', (d) => {
        problems.dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${base}${path}`);
      return { page, problems };
    },
    async close() {
      await context.close();
      await server.close();
      await temp.cleanup();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations of the page, as `id: help (n nodes)` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) does not apply to it.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))})`);
}

/** Saves phone-width and desktop-width full-page screenshots of the page under `name`. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const [label, width] of [['phone', 390], ['desktop', 1280]] as const) {
    await page.setViewportSize({ width, height: label === 'phone' ? 844 : 900 });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${label}.png`), fullPage: true });
  }
}

/** True when any XSS payload of the fixture ran in the page. */
export async function payloadRan(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss !== undefined);
}
