// The fast MIME writer against nodemailer's MailComposer: mailparser reads the same message from both.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { simpleParser } from 'mailparser';
import { writeMimeMessage } from '../../src/adapters/smtp/mime-message.ts';
import { composeWithMailComposer } from '../../src/adapters/smtp/message-compose.ts';
import type { OutgoingMessage } from '../../src/ports/mailer.ts';

const message: OutgoingMessage = {
  from: 'Rüdiger’s Roundup, Desk <news@example.org>',
  envelopeFrom: 'news+b-1-2@example.org',
  to: 'reader@example.com',
  subject: 'Good News: Zürich’s “clean” river — a very long subject line that must be folded over several lines to stay legal',
  html: '<p>Grüße ✓ <a href="https://news.example.org/newsletter/unsubscribe?token=abc.def">Unsubscribe</a></p>',
  text: 'Grüße ✓\nUnsubscribe: https://news.example.org/newsletter/unsubscribe?token=abc.def\n',
  messageId: '<edition-1.subscriber-2@example.org>',
  headers: { 'List-Unsubscribe': '<https://news.example.org/newsletter/unsubscribe?token=abc.def>, <mailto:news@example.org?subject=unsubscribe%20abc.def>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
};

describe('fast MIME writer', () => {
  it('reads back like MailComposer output: from, subject, both parts, message id, list headers', async () => {
    const fast = await simpleParser(writeMimeMessage(message, new Date('2026-11-26T06:00:00Z')));
    const reference = await simpleParser(await composeWithMailComposer(message));
    assert.equal(fast.subject, message.subject);
    assert.equal(fast.subject, reference.subject);
    assert.deepEqual(fast.from?.value, reference.from?.value);
    assert.equal(fast.text, reference.text);
    assert.equal(fast.html, reference.html);
    assert.equal(fast.messageId, reference.messageId);
    assert.equal(fast.date?.toISOString(), '2026-11-26T06:00:00.000Z');
    const raw = writeMimeMessage(message, new Date()).toString('latin1');
    assert.ok(raw.split('\r\n').every((line) => line.length <= 998), 'no line over 998 octets');
    assert.doesNotMatch(raw, /[^\r]\n/, 'CRLF line ends only');
  });

  it('never lets a CR or LF in a value start a new header', async () => {
    const raw = writeMimeMessage({ ...message, subject: 'Hi\r\nBcc: victim@example.com', headers: { 'X-Test': 'a\nBcc: b@example.com' } }, new Date()).toString('latin1');
    assert.doesNotMatch(raw.split('\r\n\r\n')[0] ?? '', /^Bcc:/im);
  });
});
