// Editions over a real SMTP server on loopback: what arrives (headers, both parts, one-click
// unsubscribe, DKIM), and what happens on 421, 5xx, dropped connections and header injection.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { createSmtpMailer } from '../../src/adapters/smtp/smtp-mailer.ts';
import { composeEdition } from '../../src/app/newsletter/compose-edition.ts';
import { runOutbox } from '../../src/app/newsletter/outbox-sender.ts';
import { addSubscriber } from '../../src/app/newsletter/subscription.ts';
import type { NewsletterStore } from '../../src/ports/newsletter-store.ts';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.ts';
import { verifyDkim } from './support/dkim-verify.ts';
import { tempNewsletterStore, testContext } from './support/newsletter-fixtures.ts';

/** A header's unfolded value as sent. */
function rawHeader(mail: { headerLines: readonly { key: string; line: string }[] }, name: string): string {
  const line = mail.headerLines.find((h) => h.key === name)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim();
}

const keys = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });

describe('sending an edition over SMTP', () => {
  let sink: SmtpSink;
  let store: NewsletterStore;
  let cleanup: () => Promise<void>;

  before(async () => {
    sink = await startSmtpSink();
  });
  after(async () => {
    await sink.close();
  });
  beforeEach(async () => {
    sink.messages.length = 0;
    sink.rcptRule = () => null;
    sink.failDataNext.count = 0;
    if (cleanup) await cleanup();
    ({ store, cleanup } = await tempNewsletterStore());
  });

  async function sendToAll(emails: readonly string[], dkim = false) {
    const mailer = createSmtpMailer({ url: sink.url, concurrency: 2, dkim: dkim ? { domain: 'example.org', selector: 'news', privateKey: keys.privateKey } : null });
    const ctx = testContext(store, mailer);
    for (const e of emails) await addSubscriber(ctx, e, 'morning-briefing', { confirmed: true });
    const composed = await composeEdition(ctx, 'morning-briefing', { immediate: true });
    const report = await runOutbox(ctx, { untilIdle: true });
    await mailer.close();
    return { ctx, report, edition: composed!.edition };
  }

  it('delivers one message per subscriber with both parts, one-click unsubscribe headers and a valid DKIM signature', async () => {
    const { report, edition } = await sendToAll(['ann@example.com', 'bob@example.net', 'cy@example.com'], true);
    assert.equal(report.sent, 3);
    assert.equal(sink.messages.length, 3);
    assert.deepEqual(sink.messages.map((m) => m.recipients[0]).sort(), ['ann@example.com', 'bob@example.net', 'cy@example.com']);
    for (const m of sink.messages) {
      const mail = await simpleParser(m.raw);
      assert.match(mail.subject ?? '', /^Morning Briefing: /);
      assert.ok(mail.html && mail.html.includes('<table'), 'an HTML part with a table layout');
      assert.ok(mail.text && mail.text.includes('Read more: https://news.example.org/stories/'), 'a plain-text part');
      const unsubscribe = rawHeader(mail, 'list-unsubscribe');
      assert.match(unsubscribe, /<https:\/\/news\.example\.org\/newsletter\/unsubscribe\?token=[^>]+>/);
      assert.match(unsubscribe, /<mailto:news@example\.org\?subject=unsubscribe%20[^>]+>/);
      assert.equal(rawHeader(mail, 'list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
      assert.ok(mail.html.includes('/newsletter/unsubscribe?token='), 'an unsubscribe link in the footer');
      assert.ok(!mail.html.includes('roundup.invalid'), 'placeholders replaced');
      assert.match(m.envelopeFrom, new RegExp(`^news\\+b-${edition.id}-\\d+@example\\.org$`), 'VERP bounce address');
      const dkim = verifyDkim(m.raw, keys.publicKey);
      assert.equal(dkim.reason, 'pass');
      assert.equal(dkim.domain, 'example.org');
    }
    const tampered = Buffer.from(sink.messages[0]!.raw.toString('latin1').replace('Morning Briefing', 'Evening Briefing'), 'latin1');
    assert.equal(verifyDkim(tampered, keys.publicKey).ok, false, 'the verifier notices a changed message');
    assert.ok(Buffer.byteLength(edition.html) < 100_000);
  });

  it('retries a 421 later, fails a 550 for good and suppresses the address, and never sends twice', async () => {
    sink.rcptRule = (a) => (a === 'gone@example.com' ? { code: 550, message: '5.1.1 no such user' } : null);
    sink.failDataNext = { count: 1, code: 421, message: '4.3.2 try again later' };
    const { ctx, report, edition } = await sendToAll(['gone@example.com', 'ok1@example.com', 'ok2@example.com']);
    assert.equal(report.failed, 1);
    assert.equal(report.retried, 1);
    assert.equal(report.sent, 1);
    assert.ok(await store.isSuppressed('gone@example.com'));
    const counts = await store.outboxCounts(edition.id);
    assert.equal(counts.pending, 1, 'the deferred row waits for its backoff');
    // After the backoff the row goes out once.
    (ctx.clock as unknown as { set(iso: string): void }).set('2026-11-26T07:00:00.000Z');
    const mailer = createSmtpMailer({ url: sink.url, concurrency: 1, dkim: null });
    const again = await runOutbox({ ...ctx, mailer }, { untilIdle: true });
    await mailer.close();
    assert.equal(again.sent, 1);
    const delivered = sink.messages.map((m) => m.recipients[0]).sort();
    assert.deepEqual(delivered, ['ok1@example.com', 'ok2@example.com']);
  });

  it('calls the hand-off hooks once per message, around the end-of-data mark, before the reply', async () => {
    const mailer = createSmtpMailer({ url: sink.url, concurrency: 1, dkim: null });
    const events: string[] = [];
    let sameTurn = false;
    const big = 'x'.repeat(300_000);
    for (const html of ['<p>small</p>', `<p>${big}</p>`]) {
      const hooks = {
        beforeMark: () => {
          events.push('before-mark');
          // True until the current synchronous turn ends.
          sameTurn = true;
          queueMicrotask(() => (sameTurn = false));
        },
        afterMark: () => void events.push(`after-mark${html.length < 100 && sameTurn ? ' (same turn)' : ''}`),
      };
      const outcome = await mailer.send({ from: 'a@example.org', envelopeFrom: 'a@example.org', to: 'b@example.org', subject: 's', html, text: 't', messageId: '<x@example.org>', headers: {} }, hooks);
      events.push(outcome.kind);
    }
    await mailer.close();
    assert.deepEqual(events, ['before-mark', 'after-mark (same turn)', 'accepted', 'before-mark', 'after-mark', 'accepted'], 'a small message: the kernel takes the mark at once, and the after-mark commit follows its write with nothing in between');
    sink.rcptRule = () => ({ code: 550, message: 'no' });
    const refused: string[] = [];
    const m2 = createSmtpMailer({ url: sink.url, concurrency: 1, dkim: null });
    const outcome = await m2.send({ from: 'a@example.org', envelopeFrom: 'a@example.org', to: 'c@example.org', subject: 's', html: 'h', text: 't', messageId: '<y@example.org>', headers: {} }, { beforeMark: () => refused.push('before-mark'), afterMark: () => refused.push('after-mark') });
    await m2.close();
    assert.equal(outcome.kind, 'rejected');
    assert.deepEqual(refused, [], 'a refused recipient never reaches the end-of-data mark');
  });

  it('a connection dropped mid-message: retried later on a fresh connection, delivered once, nothing lost', async () => {
    sink.dropDuringData = 1;
    const mailer = createSmtpMailer({ url: sink.url, concurrency: 1, dkim: null });
    const ctx = testContext(store, mailer);
    for (const e of ['d1@example.com', 'd2@example.com', 'd3@example.com']) await addSubscriber(ctx, e, 'morning-briefing', { confirmed: true });
    await composeEdition(ctx, 'morning-briefing', { immediate: true });
    const first = await runOutbox(ctx, { untilIdle: true });
    assert.equal(first.retried, 1);
    assert.equal(first.sent, 2);
    (ctx.clock as unknown as { set(iso: string): void }).set('2026-11-26T07:00:00.000Z');
    const second = await runOutbox(ctx, { untilIdle: true });
    await mailer.close();
    assert.equal(second.sent, 1);
    assert.deepEqual(sink.messages.map((m) => m.recipients[0]).sort(), ['d1@example.com', 'd2@example.com', 'd3@example.com']);
  });

  it('a dropped connection is a temporary failure, and the next connection is fresh', async () => {
    const mailer = createSmtpMailer({ url: 'smtp://127.0.0.1:1?tls=off', concurrency: 1, dkim: null });
    const outcome = await mailer.send({ from: 'a@example.org', envelopeFrom: 'a@example.org', to: 'b@example.org', subject: 's', html: '<p>x</p>', text: 'x', messageId: '<x@example.org>', headers: {} });
    assert.equal(outcome.kind, 'rejected');
    assert.equal(outcome.kind === 'rejected' && outcome.permanent, false);
    await mailer.close();
  });

  it('skips a subscriber deleted or unsubscribed after the edition was composed', async () => {
    const mailer = createSmtpMailer({ url: sink.url, concurrency: 1, dkim: null });
    const ctx = testContext(store, mailer);
    const a = await addSubscriber(ctx, 'stay@example.com', 'morning-briefing', { confirmed: true });
    const b = await addSubscriber(ctx, 'deleted@example.com', 'morning-briefing', { confirmed: true });
    const c = await addSubscriber(ctx, 'left@example.com', 'morning-briefing', { confirmed: true });
    await composeEdition(ctx, 'morning-briefing', { immediate: true });
    await store.deleteSubscriber(b.id, '2026-11-26T06:00:00.000Z');
    await store.setSubscriptions(c.id, ['morning-briefing'], 'unsubscribed', '2026-11-26T06:00:00.000Z');
    const report = await runOutbox(ctx, { untilIdle: true });
    await mailer.close();
    assert.equal(report.sent, 1);
    assert.equal(report.skipped, 1, 'the unsubscribed row is skipped at send time');
    const counts = await store.outboxCounts();
    assert.equal(counts.skipped, 2, "the deleted subscriber's row was skipped (and its address erased) by the deletion itself");
    assert.deepEqual(sink.messages.map((m) => m.recipients[0]), ['stay@example.com']);
    assert.ok(a.id > 0);
  });

  it('keeps header injection out of subjects and names', async () => {
    const mailer = createSmtpMailer({ url: sink.url, concurrency: 1, dkim: null });
    const ctx = testContext(store, mailer, { settings: { ...testContext(store, null).settings, siteName: 'Evil\r\nBcc: victim@example.com' } });
    await addSubscriber(ctx, 'reader@example.com', 'morning-briefing', { confirmed: true });
    const briefings = (await import('./support/newsletter-fixtures.ts')).briefingSource([
      (await import('./support/newsletter-fixtures.ts')).briefing('s9', 'Headline\r\nBcc: victim@example.com', 'Standfirst'),
    ]);
    await composeEdition({ ...ctx, briefings }, 'morning-briefing', { immediate: true });
    await runOutbox(ctx, { untilIdle: true });
    await mailer.close();
    assert.equal(sink.messages.length, 1);
    assert.deepEqual(sink.messages[0]!.recipients, ['reader@example.com']);
    const head = sink.messages[0]!.raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
    assert.doesNotMatch(head, /^Bcc:/im);
  });
});
