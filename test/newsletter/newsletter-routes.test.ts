// The /newsletter routes in process (app.request): double opt-in whose GET never confirms,
// one-click unsubscribe, preferences, export, delete, rate limits, blocklist, expired tokens.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import type { Mailer, OutgoingMessage } from '../../src/ports/mailer.ts';
import type { NewsletterStore } from '../../src/ports/newsletter-store.ts';
import { newsletterRoutes } from '../../src/web/newsletter/newsletter-routes.ts';
import { composeEdition } from '../../src/app/newsletter/compose-edition.ts';
import { tempNewsletterStore, testClock, testContext } from './support/newsletter-fixtures.ts';

/** A mailer that keeps what it was given. */
function captureMailer(): Mailer & { sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return { sent, send: async (m) => (sent.push(m), { kind: 'accepted', response: '250 ok' }), close: async () => undefined };
}

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of ([] as string[]).concat(v)) body.append(k, one);
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() };
};

describe('newsletter routes', () => {
  let store: NewsletterStore;
  let cleanup: () => Promise<void>;
  let mailer: ReturnType<typeof captureMailer>;
  let clock: ReturnType<typeof testClock>;
  let app: Hono;

  beforeEach(async () => {
    ({ store, cleanup } = await tempNewsletterStore());
    mailer = captureMailer();
    clock = testClock('2026-11-26T06:00:00.000Z');
    const ctx = testContext(store, mailer, { clock });
    app = new Hono().route('/newsletter', newsletterRoutes({ ctx }));
  });
  afterEach(async () => cleanup());

  const signup = (email: string, ip = '203.0.113.7', lists = ['morning-briefing', 'good-news']) =>
    app.request('/newsletter/subscribe', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': ip }, body: JSON.stringify({ email, lists, timeZone: 'Europe/London' }) });
  const tokenIn = (text: string, page: string) => decodeURIComponent(new RegExp(`/newsletter/${page}\\?token=([^\\s"&<>]+)`).exec(text)?.[1] ?? '');

  it('double opt-in: the mailed link opens a page whose button POSTs; the GET alone confirms nothing', async () => {
    const res = await signup('Reader@Example.com');
    assert.equal(res.status, 202);
    assert.deepEqual(await res.json(), { status: 'confirmation-sent' });
    assert.equal(mailer.sent.length, 1);
    const token = tokenIn(mailer.sent[0]!.text, 'confirm');
    const pageRes = await app.request(`/newsletter/confirm?token=${encodeURIComponent(token)}`);
    assert.equal(pageRes.status, 200);
    assert.equal(pageRes.headers.get('cache-control'), 'no-store');
    assert.match(await pageRes.text(), /<form method="post" action="\/newsletter\/confirm">/);
    const pending = await store.getSubscriberByEmail('Reader@example.com');
    assert.deepEqual(pending?.subscriptions.map((s) => s.status), ['pending', 'pending'], 'a link scanner following the GET confirms nothing');
    const done = await app.request('/newsletter/confirm', form({ token }));
    assert.equal(done.status, 200);
    const confirmed = await store.getSubscriberByEmail('Reader@example.com');
    assert.deepEqual(confirmed?.subscriptions.map((s) => s.status), ['confirmed', 'confirmed']);
    assert.equal(confirmed?.timeZone, 'Europe/London');
  });

  it('refuses bad addresses, blocked domains, unknown lists, and answers the same whether or not the address is known', async () => {
    assert.equal((await signup('not-an-address')).status, 400);
    assert.equal((await signup('x@blocked.example')).status, 400);
    assert.equal((await signup('x@sub.blocked.example')).status, 400);
    assert.equal((await signup('x\r\nBcc: y@example.com@example.com')).status, 400);
    assert.equal((await signup('x@example.com', '198.51.100.1', ['no-such-list'])).status, 400);
    const first = await (await signup('known@example.com', '198.51.100.2')).json();
    const again = await (await signup('known@example.com', '198.51.100.2')).json();
    assert.deepEqual(first, again);
  });

  it('answers 503 when no SMTP server is configured', async () => {
    const noMail = new Hono().route('/newsletter', newsletterRoutes({ ctx: testContext(store, null, { clock }) }));
    const res = await noMail.request('/newsletter/subscribe', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'a@example.com' }) });
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'newsletter/no-smtp');
  });

  it('limits sign-ups per IP with 429 and Retry-After', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await signup(`r${i}@example.com`, '192.0.2.9')).status);
    assert.deepEqual(statuses, [202, 202, 202, 202, 202, 429, 429]);
    const limited = await signup('r9@example.com', '192.0.2.9');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal((await signup('other@example.com', '192.0.2.10')).status, 202, 'another address is not limited');
    clock.set('2026-11-26T06:10:00.000Z');
    assert.equal((await signup('later@example.com', '192.0.2.9')).status, 202, 'the bucket refills');
  });

  it('the sign-up form posts lists; a form with no list subscribes to Morning Briefing', async () => {
    const res = await app.request('/newsletter/subscribe', form({ email: 'form@example.com' }));
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Check your inbox/);
    const s = await store.getSubscriberByEmail('form@example.com');
    assert.deepEqual(s?.subscriptions.map((x) => x.list), ['morning-briefing']);
    assert.match(await (await app.request('/newsletter')).text(), /name="list" value="good-news"/);
  });

  it('RFC 8058 one-click unsubscribe is honoured at once, and an expired or forged token is refused', async () => {
    await signup('leaver@example.com');
    await app.request('/newsletter/confirm', form({ token: tokenIn(mailer.sent[0]!.text, 'confirm') }));
    await composeEdition(testContext(store, mailer, { clock }), 'morning-briefing', { immediate: true });
    const { runOutbox } = await import('../../src/app/newsletter/outbox-sender.ts');
    await runOutbox(testContext(store, mailer, { clock }), { untilIdle: true });
    const edition = mailer.sent.find((m) => m.headers['List-Unsubscribe-Post'])!;
    const url = /<(https:[^>]+)>/.exec(edition.headers['List-Unsubscribe']!)![1]!;
    const path = url.replace('https://news.example.org', '');
    const res = await app.request(path, form({ 'List-Unsubscribe': 'One-Click' }));
    assert.equal(res.status, 200);
    const s = await store.getSubscriberByEmail('leaver@example.com');
    assert.equal(s?.subscriptions.find((x) => x.list === 'morning-briefing')?.status, 'unsubscribed');
    assert.equal(s?.subscriptions.find((x) => x.list === 'good-news')?.status, 'confirmed', 'only the list of that email');
    const token = new URL(url).searchParams.get('token')!;
    assert.equal((await app.request(`/newsletter/unsubscribe?token=${encodeURIComponent(token.slice(0, -2) + 'xx')}`, form({ 'List-Unsubscribe': 'One-Click' }))).status, 400);
    clock.set('2028-01-01T00:00:00.000Z');
    const expired = await app.request(`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`);
    assert.equal(expired.status, 400);
    assert.match(await expired.text(), /expired/);
  });

  it('preferences change lists, time zone and send hour; export returns the data; delete erases it', async () => {
    await signup('prefs@example.com');
    await app.request('/newsletter/confirm', form({ token: tokenIn(mailer.sent[0]!.text, 'confirm') }));
    const s = (await store.getSubscriberByEmail('prefs@example.com'))!;
    const { tokenFor } = await import('../../src/app/newsletter/newsletter-links.ts');
    const token = tokenFor(testContext(store, mailer, { clock }), 'manage', s.id, []);
    const pageRes = await app.request(`/newsletter/preferences?token=${encodeURIComponent(token)}`);
    assert.match(await pageRes.text(), /prefs@example\.com/);
    const saved = await app.request('/newsletter/preferences', form({ token, list: ['daily-digest'], timeZone: 'America/New_York', sendHour: '7' }));
    assert.equal(saved.status, 200);
    const after = (await store.getSubscriber(s.id))!;
    assert.equal(after.timeZone, 'America/New_York');
    assert.equal(after.sendHour, 7);
    assert.deepEqual(Object.fromEntries(after.subscriptions.map((x) => [x.list, x.status])), { 'daily-digest': 'confirmed', 'good-news': 'unsubscribed', 'morning-briefing': 'unsubscribed' });
    assert.equal((await app.request('/newsletter/preferences', form({ token, timeZone: 'Mars/Olympus' }))).status, 400);
    const exported = await app.request(`/newsletter/export?token=${encodeURIComponent(token)}`);
    assert.match(exported.headers.get('content-disposition') ?? '', /attachment/);
    assert.equal(((await exported.json()) as { subscriber: { email: string } }).subscriber.email, 'prefs@example.com');
    assert.equal((await app.request('/newsletter/delete', form({ token }))).status, 200);
    assert.equal(await store.getSubscriber(s.id), null);
    assert.equal((await app.request(`/newsletter/export?token=${encodeURIComponent(token)}`)).status, 404);
  });

  it('previews the edition a list would get, in HTML and text', async () => {
    const res = await app.request('/newsletter/preview/good-news');
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /Volunteers restore a coral reef/);
    assert.doesNotMatch(body, /Parliament passes the budget/, 'Good News keeps only good news');
    assert.match(await (await app.request('/newsletter/preview/morning-briefing?format=text')).text(), /MORNING|Morning Briefing/);
    assert.equal((await app.request('/newsletter/preview/nope')).status, 404);
  });
});
