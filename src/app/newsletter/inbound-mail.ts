// What to do with mail that comes back: a hard bounce or a complaint suppresses the address at
// once; soft bounces are counted and suppress after the limit; auto-replies are ignored; a
// mailto one-click unsubscribe ("unsubscribe TOKEN" in the subject) is honoured.
import { classifyInbound, type InboundKind, type InboundMessage } from '../../stages/newsletter/dsn-classify.ts';
import { verifyToken } from '../../stages/newsletter/subscription-token.ts';
import type { NewsletterContext } from './newsletter-context.ts';
import { unsubscribe } from './subscription.ts';

/** What was done with one received message. */
export interface InboundResult {
  readonly kind: InboundKind | 'unsubscribe';
  readonly recipient: string | null;
  readonly action: 'suppressed' | 'counted' | 'unsubscribed' | 'ignored';
}

/** Handles one parsed received message. Handling it twice is harmless. */
export async function handleInbound(ctx: NewsletterContext, message: InboundMessage): Promise<InboundResult> {
  const unsub = /^\s*unsubscribe\s+(\S+)/i.exec(message.subject);
  if (unsub?.[1]) return mailtoUnsubscribe(ctx, unsub[1]);
  const verdict = classifyInbound(message);
  const recipient = verdict.recipient ?? (await recipientOfRow(ctx, verdict.outbox));
  const now = ctx.clock.now().toISOString();
  if (!recipient || verdict.kind === 'auto-reply' || verdict.kind === 'unrelated') return { kind: verdict.kind, recipient, action: 'ignored' };
  if (verdict.kind === 'hard-bounce' || verdict.kind === 'complaint') {
    await ctx.store.suppress(recipient, verdict.kind, [verdict.status, verdict.diagnostic].filter(Boolean).join(' ') || verdict.kind, now);
    return { kind: verdict.kind, recipient, action: 'suppressed' };
  }
  const count = await ctx.store.recordSoftBounce(recipient, now);
  if (count >= ctx.settings.softBounceLimit) {
    await ctx.store.suppress(recipient, 'hard-bounce', `${count} soft bounces`, now);
    return { kind: verdict.kind, recipient, action: 'suppressed' };
  }
  return { kind: verdict.kind, recipient, action: 'counted' };
}

async function recipientOfRow(ctx: NewsletterContext, outbox: { edition: number; subscriber: number } | null): Promise<string | null> {
  if (!outbox) return null;
  const row = await ctx.store.getOutboxRow(outbox.edition, outbox.subscriber);
  return row?.email || null;
}

async function mailtoUnsubscribe(ctx: NewsletterContext, token: string): Promise<InboundResult> {
  const claims = verifyToken(ctx.mac, ctx.clock.now(), token, 'unsubscribe');
  if ('problem' in claims) return { kind: 'unsubscribe', recipient: null, action: 'ignored' };
  await unsubscribe(ctx, claims.subscriber, claims.lists);
  return { kind: 'unsubscribe', recipient: null, action: 'unsubscribed' };
}
