// One subscriber's copy of an edition: personalised links, RFC 8058 one-click unsubscribe
// headers, a VERP envelope sender naming the outbox row (for bounces), and a Message-ID that is
// the same every time this (edition, subscriber) is sent.
import type { OutgoingMessage } from '../../ports/mailer.ts';
import type { Edition, NewsletterList } from '../../ports/newsletter-store.ts';
import { bounceAddress } from '../../stages/newsletter/dsn-classify.ts';
import { headerSafe } from '../../stages/newsletter/email-address.ts';
import { personalise } from '../../stages/render/email/edition-content.ts';
import { fromAddress, type NewsletterContext } from './newsletter-context.ts';
import { subscriberLinks } from './newsletter-links.ts';

/** The message of `edition` for one subscriber. */
export function editionMessage(ctx: NewsletterContext, edition: Edition, list: NewsletterList, subscriber: { id: number; email: string }): OutgoingMessage {
  const links = subscriberLinks(ctx, subscriber.id, list.slug);
  const sender = fromAddress(ctx.settings.from);
  const domain = sender.split('@')[1] ?? 'localhost';
  return {
    from: ctx.settings.from,
    envelopeFrom: bounceAddress(sender, edition.id, subscriber.id),
    to: subscriber.email,
    subject: headerSafe(edition.subject, 150),
    html: personalise(edition.html, links),
    text: personalise(edition.text, links),
    messageId: `<edition-${edition.id}.subscriber-${subscriber.id}@${domain}>`,
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>, <mailto:${sender}?subject=unsubscribe%20${links.unsubscribeToken}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${headerSafe(list.name, 80)} <${list.slug}.${domain}>`,
      'X-Roundup-Edition': String(edition.id),
    },
  };
}
