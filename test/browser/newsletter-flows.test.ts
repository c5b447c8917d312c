// Newsletter flows in a real headless Chromium against the website with /newsletter mounted:
// sign up from the form on every page, confirm through the mailed link's page and its button,
// set preferences, unsubscribe from an edition's link. No console error (a CSP violation would
// be one), no serious or critical axe-core violation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createWebApp } from '../../src/web/web-app.ts';
import { startWebServer, type RunningServer } from '../../src/web/web-server.ts';
import { newsletterRoutes } from '../../src/web/newsletter/newsletter-routes.ts';
import { openNewsletterSqliteStore } from '../../src/adapters/newsletter-sqlite/newsletter-sqlite-store.ts';
import { composeEdition } from '../../src/app/newsletter/compose-edition.ts';
import { runOutbox } from '../../src/app/newsletter/outbox-sender.ts';
import { DEFAULT_LISTS } from '../../src/stages/newsletter/list-defaults.ts';
import type { Mailer, OutgoingMessage } from '../../src/ports/mailer.ts';
import type { NewsletterStore } from '../../src/ports/newsletter-store.ts';
import { tempStore } from '../support/sqlite-temp.ts';
import { NOW, SITE, seedSite } from '../web/site-fixture.ts';
import { ARTIFACTS, CHROMIUM, axeViolations, hasChromium } from './browser-harness.ts';
import { testContext } from '../newsletter/support/newsletter-fixtures.ts';

const skip = hasChromium ? false : 'Debian chromium is not installed (.ci/run installs it)';

describe('newsletter flows in Chromium', { skip }, () => {
  const sent: OutgoingMessage[] = [];
  const mailer: Mailer = { send: async (m) => (sent.push(m), { kind: 'accepted', response: '250' }), close: async () => undefined };
  let temp: Awaited<ReturnType<typeof tempStore>>;
  let store: NewsletterStore;
  let server: RunningServer;
  let context: BrowserContext;
  let profile: string;
  let base: string;
  let ctx: ReturnType<typeof testContext>;
  const consoleErrors: string[] = [];

  before(async () => {
    temp = await tempStore();
    await seedSite(temp.store);
    store = openNewsletterSqliteStore({ path: temp.path });
    await store.migrate();
    await store.insertMissingLists(DEFAULT_LISTS);
    ctx = testContext(store, mailer, { clock: { now: () => new Date(NOW) } });
    const app = createWebApp({ store: temp.store, site: { ...SITE, publicUrl: 'http://127.0.0.1' }, cacheSeconds: 0, nowMs: () => NOW, extraRoutes: (a) => void a.route('/newsletter', newsletterRoutes({ ctx })) });
    server = await startWebServer(app, { host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${server.port}`;
    profile = mkdtempSync(join(tmpdir(), 'roundup-chromium-nl-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'] });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    await temp?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Opens a path of this server (links in mails name the configured public URL). */
  async function open(urlOrPath: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
    page.on('pageerror', (e) => void consoleErrors.push(e.message));
    const u = new URL(urlOrPath, base);
    await page.goto(`${base}${u.pathname}${u.search}`);
    return page;
  }

  it('sign up from the front page, confirm with the button, set preferences, unsubscribe from an edition', async () => {
    const front = await open('/');
    await front.locator('#signup-email').fill('reader@example.com');
    await Promise.all([front.waitForURL(/\/newsletter\/subscribe$/), front.locator('.signup-form button[type=submit]').click()]);
    assert.match((await front.locator('h1').textContent()) ?? '', /Check your inbox/);
    assert.deepEqual(await axeViolations(front), []);

    const link = /https?:\/\/\S+\/newsletter\/confirm\?token=\S+/.exec(sent[0]!.text)![0];
    const confirmPage = await open(link);
    const pending = await store.getSubscriberByEmail('reader@example.com');
    assert.equal(pending?.subscriptions[0]?.status, 'pending', 'opening the link alone confirms nothing');
    assert.deepEqual(await axeViolations(confirmPage), []);
    await Promise.all([confirmPage.waitForURL(/\/newsletter\/confirm$/), confirmPage.getByRole('button', { name: 'Confirm subscription' }).click()]);
    assert.match((await confirmPage.locator('h1').textContent()) ?? '', /You are subscribed/);
    assert.equal((await store.getSubscriberByEmail('reader@example.com'))?.subscriptions[0]?.status, 'confirmed');

    await Promise.all([confirmPage.waitForURL(/\/newsletter\/preferences\?token=/), confirmPage.getByRole('link', { name: /time zone/ }).click()]);
    await confirmPage.getByLabel(/Good News/).check();
    await confirmPage.locator('#nl-tz').fill('Europe/Berlin');
    await confirmPage.locator('#nl-hour').selectOption('7');
    assert.deepEqual(await axeViolations(confirmPage), []);
    await confirmPage.screenshot({ path: join(ARTIFACTS, 'newsletter-preferences.png'), fullPage: true });
    await Promise.all([confirmPage.waitForURL(/\/newsletter\/preferences$/), confirmPage.getByRole('button', { name: 'Save' }).click()]);
    assert.match((await confirmPage.locator('h1').textContent()) ?? '', /Settings saved/);
    const saved = (await store.getSubscriberByEmail('reader@example.com'))!;
    assert.deepEqual([saved.timeZone, saved.sendHour], ['Europe/Berlin', 7]);
    assert.deepEqual(saved.subscriptions.map((s) => [s.list, s.status]), [['good-news', 'confirmed'], ['morning-briefing', 'confirmed']]);

    await composeEdition(ctx, 'morning-briefing', { immediate: true });
    await runOutbox(ctx, { untilIdle: true });
    const edition = sent.find((m) => m.headers['List-Unsubscribe'])!;
    const unsubscribeUrl = /<(https?:[^>]+)>/.exec(edition.headers['List-Unsubscribe']!)![1]!;
    const unsub = await open(unsubscribeUrl);
    assert.deepEqual(await axeViolations(unsub), []);
    await Promise.all([unsub.waitForURL(/\/newsletter\/unsubscribe/), unsub.getByRole('button', { name: 'Unsubscribe' }).click()]);
    assert.match((await unsub.locator('h1').textContent()) ?? '', /Unsubscribed/);
    assert.equal((await store.getSubscriberByEmail('reader@example.com'))?.subscriptions.find((s) => s.list === 'morning-briefing')?.status, 'unsubscribed');
    assert.deepEqual(consoleErrors, []);
  });
});
