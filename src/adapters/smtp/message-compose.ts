// An OutgoingMessage as RFC 5322 bytes: nodemailer's MailComposer builds the MIME tree
// (multipart/alternative, text first), then nodemailer's DKIM signer signs it when a key is
// configured. Signing here, before the SMTP conversation, keeps the hand-off point exact.
import MailComposer from 'nodemailer/lib/mail-composer';
import DKIM from 'nodemailer/lib/dkim';
import type { Readable } from 'node:stream';
import type { OutgoingMessage } from '../../ports/mailer.ts';

/** DKIM key settings (relaxed/relaxed, rsa-sha256). */
export interface DkimKey {
  readonly domain: string;
  readonly selector: string;
  readonly privateKey: string;
}

/** Builds the message bytes, DKIM-signed when `dkim` is given. */
export async function composeMessage(message: OutgoingMessage, dkim: DkimKey | null): Promise<Buffer> {
  const composer = new MailComposer({
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    headers: { ...message.headers },
    envelope: { from: message.envelopeFrom, to: [message.to] },
  });
  const raw = await composer.compile().build();
  if (!dkim) return raw;
  const signer = new DKIM({ domainName: dkim.domain, keySelector: dkim.selector, privateKey: dkim.privateKey });
  return collect(signer.sign(raw));
}

function collect(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
