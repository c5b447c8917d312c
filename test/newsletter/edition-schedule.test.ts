// Scheduled editions: each subscriber's edition is composed in the UTC hour of their local send
// time and due at it; a pass twice in one hour composes nothing more. Received mail: bounces,
// complaints, auto-replies and mailto unsubscribes.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { Mailer } from '../../src/ports/mailer.ts';
import type { NewsletterStore } from '../../src/ports/newsletter-store.ts';
import { composeEdition } from '../../src/app/newsletter/compose-edition.ts';
import { tick } from '../../src/app/newsletter/edition-schedule.ts';
import { addSubscriber } from '../../src/app/newsletter/subscription.ts';
import { handleInbound } from '../../src/app/newsletter/inbound-mail.ts';
import { tokenFor } from '../../src/app/newsletter/newsletter-links.ts';
import type { InboundMessage } from '../../src/stages/newsletter/dsn-classify.ts';
import { tempNewsletterStore, testClock, testContext } from './support/newsletter-fixtures.ts';

const okMailer: Mailer & { count: number } = { count: 0, async send() { this.count++; return { kind: 'accepted', response: '250' }; }, async close() {} };

describe('scheduled editions', () => {
  let store: NewsletterStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ store, cleanup } = await tempNewsletterStore()));
  afterEach(async () => cleanup());

  it('composes per UTC hour for the subscribers whose local send time falls in it', async () => {
    const clock = testClock('2026-11-26T06:10:00.000Z');
    const ctx = testContext(store, okMailer, { clock });
    await addSubscriber(ctx, 'london@example.com', 'morning-briefing', { confirmed: true, timeZone: 'Europe/London' });
    await addSubscriber(ctx, 'ny@example.com', 'morning-briefing', { confirmed: true, timeZone: 'America/New_York' });
    await addSubscriber(ctx, 'early@example.com', 'morning-briefing', { confirmed: true, timeZone: 'America/New_York', sendHour: 2 });
    const london = await composeEdition(ctx, 'morning-briefing', { immediate: false });
    assert.equal(london?.enqueued, 1);
    assert.equal(london?.edition.period, '2026-11-26T06');
    const row = (await store.claimDue('2026-11-26T06:10:00.000Z', 10))[0];
    assert.equal(row?.email, 'london@example.com');
    assert.equal(row?.dueAt, '2026-11-26T06:00:00.000Z');
    clock.set('2026-11-26T11:00:00.000Z');
    assert.equal((await composeEdition(ctx, 'morning-briefing', { immediate: false }))?.enqueued, 1, 'New York at its 06:00');
    clock.set('2026-11-26T13:00:00.000Z');
    assert.equal(await composeEdition(ctx, 'morning-briefing', { immediate: false }), null, 'nobody due this hour');
  });

  it('a schedule pass composes and sends once, and a second pass in the same hour adds nothing', async () => {
    const clock = testClock('2026-11-26T18:05:00.000Z');
    const mailer = { ...okMailer, count: 0 };
    const ctx = testContext(store, mailer, { clock });
    await addSubscriber(ctx, 'a@example.com', 'daily-digest', { confirmed: true });
    await addSubscriber(ctx, 'b@example.com', 'daily-digest', { confirmed: true });
    await tick(ctx);
    await tick(ctx);
    assert.equal(mailer.count, 2);
    assert.equal((await store.outboxCounts()).sent, 2);
  });
});

const inbound = (over: Partial<InboundMessage>): InboundMessage => ({ headers: {}, subject: '', text: '', deliveryStatus: null, feedbackReport: null, to: [], ...over });

describe('received mail', () => {
  let store: NewsletterStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ store, cleanup } = await tempNewsletterStore()));
  afterEach(async () => cleanup());

  it('counts soft bounces up to the limit, suppresses on complaints, ignores auto-replies, honours mailto unsubscribe', async () => {
    const ctx = testContext(store, okMailer);
    const s = await addSubscriber(ctx, 'soft@example.com', 'good-news', { confirmed: true });
    const soft = inbound({ deliveryStatus: 'Final-Recipient: rfc822; soft@example.com\nAction: delayed\nStatus: 4.2.2\n' });
    assert.equal((await handleInbound(ctx, soft)).action, 'counted');
    assert.equal((await handleInbound(ctx, soft)).action, 'counted');
    assert.equal((await handleInbound(ctx, soft)).action, 'suppressed', 'the third soft bounce reaches the limit of 3');
    assert.equal((await handleInbound(ctx, inbound({ feedbackReport: 'Feedback-Type: abuse\nOriginal-Rcpt-To: angry@example.com\n' }))).action, 'suppressed');
    assert.ok(await store.isSuppressed('angry@example.com'));
    assert.equal((await handleInbound(ctx, inbound({ subject: 'Automatic reply: away', headers: { 'auto-submitted': 'auto-replied' } }))).action, 'ignored');
    const token = tokenFor(ctx, 'unsubscribe', s.id, ['good-news']);
    assert.equal((await handleInbound(ctx, inbound({ subject: `unsubscribe ${token}` }))).action, 'unsubscribed');
    assert.equal((await store.getSubscriber(s.id))?.subscriptions[0]?.status, 'unsubscribed');
    assert.equal((await handleInbound(ctx, inbound({ subject: 'unsubscribe forged.token' }))).action, 'ignored');
  });
});
