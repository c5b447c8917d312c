// The NewsletterStore contract: what src/ports/newsletter-store.ts promises, through the port
// only, so every adapter runs the same suite (SQLite now; a PostgreSQL adapter would add itself).
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { isRoundupError } from '../../src/core/errors.ts';
import type { NewsletterStore } from '../../src/ports/newsletter-store.ts';
import { DEFAULT_LISTS } from '../../src/stages/newsletter/list-defaults.ts';

/** Opens a fresh, migrated, empty newsletter store. */
export type OpenNewsletterStore = () => Promise<{ store: NewsletterStore; cleanup: () => Promise<void> }>;

const T = (m: number) => new Date(Date.parse('2026-11-26T06:00:00.000Z') + m * 60_000).toISOString();

/** Runs the contract against one adapter. */
export function newsletterStoreContract(name: string, open: OpenNewsletterStore): void {
  describe(`NewsletterStore contract: ${name}`, () => {
    let store: NewsletterStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
      await store.insertMissingLists(DEFAULT_LISTS);
    });
    afterEach(async () => cleanup());

    const subscriber = async (email: string, lists: string[] = ['morning-briefing']) => {
      const s = await store.findOrCreateSubscriber({ email, timeZone: 'UTC', sendHour: null }, T(0));
      await store.setSubscriptions(s.id, lists, 'confirmed', T(0));
      return s;
    };
    const edition = async (period = 'p1') => (await store.createEdition({ list: 'morning-briefing', period, subject: 'S', html: '<p>h</p>', text: 't', stories: ['a'] }, T(0))).edition;

    it('migrates twice harmlessly and keeps an operator\'s list settings over the defaults', async () => {
      await store.migrate();
      await store.upsertList({ ...DEFAULT_LISTS[0]!, sendHour: 20 });
      await store.insertMissingLists(DEFAULT_LISTS);
      assert.equal((await store.getList(DEFAULT_LISTS[0]!.slug))?.sendHour, 20);
      assert.deepEqual((await store.listLists()).map((l) => l.slug), ['daily-digest', 'good-news', 'morning-briefing']);
    });

    it('finds a subscriber by email whatever the case, and refuses unknown lists', async () => {
      const a = await store.findOrCreateSubscriber({ email: 'Ann@example.com', timeZone: 'Europe/Paris', sendHour: 7 }, T(0));
      const b = await store.findOrCreateSubscriber({ email: 'ann@EXAMPLE.com', timeZone: 'UTC', sendHour: null }, T(1));
      assert.equal(a.id, b.id);
      assert.equal(b.timeZone, 'Europe/Paris', 'an existing subscriber keeps their settings');
      await assert.rejects(store.setSubscriptions(a.id, ['nope'], 'pending', T(0)), (e) => isRoundupError(e, 'newsletter-store/not-found'));
      await assert.rejects(store.setSubscriptions(999, ['good-news'], 'pending', T(0)), (e) => isRoundupError(e, 'newsletter-store/not-found'));
    });

    it('lists as recipients only confirmed, unsuppressed subscribers', async () => {
      await subscriber('a@example.com');
      const b = await subscriber('b@example.com');
      await subscriber('c@example.com');
      await store.setSubscriptions(b.id, ['morning-briefing'], 'unsubscribed', T(1));
      await store.suppress('c@example.com', 'complaint', 'abuse', T(1));
      assert.deepEqual((await store.recipients('morning-briefing')).map((r) => r.email), ['a@example.com']);
      assert.equal((await store.listLists()).find((l) => l.slug === 'morning-briefing')?.confirmed, 2);
      assert.ok(await store.isSuppressed('C@example.com'));
    });

    it('creates an edition once per (list, period) and enqueues each subscriber once', async () => {
      const e1 = await edition();
      const again = await store.createEdition({ list: 'morning-briefing', period: 'p1', subject: 'other', html: '', text: '', stories: [] }, T(5));
      assert.equal(again.created, false);
      assert.equal(again.edition.id, e1.id);
      assert.equal(again.edition.subject, 'S');
      const a = await subscriber('a@example.com');
      assert.equal(await store.enqueue(e1.id, [{ subscriber: a.id, email: 'a@example.com', dueAt: T(0) }], T(0)), 1);
      assert.equal(await store.enqueue(e1.id, [{ subscriber: a.id, email: 'a@example.com', dueAt: T(9) }], T(0)), 0);
      assert.deepEqual((await store.unfinishedEditions('morning-briefing')).map((e) => e.id), [e1.id]);
    });

    it('claims due rows once, earliest first, and guards every state change', async () => {
      const e = await edition();
      const a = await subscriber('a@example.com');
      const b = await subscriber('b@example.com');
      await store.enqueue(e.id, [{ subscriber: b.id, email: 'b@example.com', dueAt: T(0) }, { subscriber: a.id, email: 'a@example.com', dueAt: T(10) }], T(0));
      const first = await store.claimDue(T(1), 10);
      assert.deepEqual(first.map((r) => [r.email, r.state, r.attempts]), [['b@example.com', 'sending', 1]]);
      assert.deepEqual(await store.claimDue(T(1), 10), [], 'a claimed row is not claimed again');
      store.markHandedOff(e.id, b.id, 1, T(2));
      assert.equal((await store.getOutboxRow(e.id, b.id))?.state, 'sending', 'handed off only from handing-off');
      store.markHandingOff(e.id, b.id, T(2));
      assert.equal((await store.getOutboxRow(e.id, b.id))?.state, 'handing-off');
      store.markHandedOff(e.id, b.id, 1, T(2));
      assert.equal((await store.getOutboxRow(e.id, b.id))?.state, 'handed-off');
      await store.markSent(e.id, b.id, T(2));
      await store.markRetry(e.id, b.id, T(50), 'late reply', T(3));
      assert.equal((await store.getOutboxRow(e.id, b.id))?.state, 'sent', 'a sent row never goes back to pending');
      const later = await store.claimDue(T(10), 10);
      assert.deepEqual(later.map((r) => r.email), ['a@example.com']);
      await store.markRetry(e.id, a.id, T(30), '421 later', T(10));
      assert.deepEqual(await store.claimDue(T(20), 10), []);
      assert.equal(await store.nextOutboxDue(), T(30));
      assert.equal((await store.claimDue(T(30), 10))[0]?.attempts, 2);
      await store.markFailed(e.id, a.id, '550 no', T(31));
      assert.deepEqual(await store.outboxCounts(e.id), { pending: 0, sending: 0, 'handing-off': 0, 'handed-off': 0, sent: 1, failed: 1, skipped: 0 });
    });

    it('after a crash, requeues rows that never reached SMTP, resends and counts rows caught mid hand-off, and records handed-off ones as sent', async () => {
      const e = await edition();
      const a = await subscriber('a@example.com');
      const b = await subscriber('b@example.com');
      const c = await subscriber('c@example.com');
      await store.enqueue(e.id, [a, b, c].map((s) => ({ subscriber: s.id, email: s.email, dueAt: T(0) })), T(0));
      await store.claimDue(T(0), 10);
      store.markHandingOff(e.id, a.id, T(1));
      store.markHandedOff(e.id, a.id, 1, T(1));
      store.markHandingOff(e.id, c.id, T(1));
      assert.deepEqual(await store.recoverInterrupted(T(2)), { requeued: 1, uncertain: 1, assumedSent: 1 });
      assert.equal((await store.getOutboxRow(e.id, a.id))?.state, 'sent');
      assert.deepEqual([(await store.getOutboxRow(e.id, b.id))?.state, (await store.getOutboxRow(e.id, b.id))?.uncertainResends], ['pending', 0]);
      const uncertain = await store.getOutboxRow(e.id, c.id);
      assert.deepEqual([uncertain?.state, uncertain?.uncertainResends], ['pending', 1]);
      assert.match(uncertain?.lastError ?? '', /may already hold a copy/);
      await store.claimDue(T(3), 10);
      await store.markRetry(e.id, c.id, T(4), 'connection lost after the mark', T(3), true);
      assert.equal((await store.getOutboxRow(e.id, c.id))?.uncertainResends, 2, 'a live uncertain retry counts too');
    });

    it('deleting a subscriber skips their pending rows, erases their address and exports nothing after', async () => {
      const e = await edition();
      const a = await subscriber('a@example.com');
      await store.enqueue(e.id, [{ subscriber: a.id, email: 'a@example.com', dueAt: T(0) }], T(0));
      const exported = await store.exportSubscriber(a.id);
      assert.equal((exported?.subscriber as { email: string }).email, 'a@example.com');
      assert.equal(await store.deleteSubscriber(a.id, T(1)), true);
      assert.equal(await store.deleteSubscriber(a.id, T(1)), false);
      const row = await store.getOutboxRow(e.id, a.id);
      assert.deepEqual([row?.state, row?.email], ['skipped', '']);
      assert.equal(await store.exportSubscriber(a.id), null);
    });

    it('counts soft bounces and keeps one suppression per address', async () => {
      await subscriber('s@example.com');
      assert.equal(await store.recordSoftBounce('s@example.com', T(0)), 1);
      assert.equal(await store.recordSoftBounce('s@example.com', T(1)), 2);
      assert.equal(await store.recordSoftBounce('unknown@example.com', T(1)), 0);
      await store.suppress('s@example.com', 'hard-bounce', '5.1.1', T(2));
      await store.suppress('s@example.com', 'complaint', 'abuse', T(3));
      assert.deepEqual((await store.listSuppressions()).map((s) => [s.email, s.reason]), [['s@example.com', 'hard-bounce']]);
    });

    it('gives the sender lease to one owner at a time, to a thief only for a named dead owner or after expiry', async () => {
      assert.equal(await store.acquireSenderLease('h:1', T(0), T(1)), true);
      assert.equal(await store.acquireSenderLease('h:2', T(0), T(1)), false);
      assert.equal(await store.acquireSenderLease('h:2', T(0), T(1), 'h:1'), true);
      assert.equal(await store.acquireSenderLease('h:3', T(2), T(3)), true, 'an expired lease is free');
      await store.releaseSenderLease('h:3');
      assert.equal(await store.senderLease(), null);
    });
  });
}
