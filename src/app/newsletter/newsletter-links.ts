// The URLs a subscriber is given: each carries a signed, expiring token.
import { signToken, type TokenPurpose } from '../../stages/newsletter/subscription-token.ts';
import type { NewsletterContext } from './newsletter-context.ts';

/** A signed token for `purpose` now. */
export function tokenFor(ctx: NewsletterContext, purpose: TokenPurpose, subscriber: number, lists: readonly string[]): string {
  return signToken(ctx.mac, ctx.clock.now(), purpose, subscriber, lists);
}

/** `${publicUrl}/newsletter/${page}?token=…`. */
export function pageUrl(ctx: NewsletterContext, page: 'confirm' | 'unsubscribe' | 'preferences', token: string): string {
  return `${ctx.settings.publicUrl}/newsletter/${page}?token=${encodeURIComponent(token)}`;
}

/** Unsubscribe (one list) and manage (all settings) links of one subscriber. */
export function subscriberLinks(ctx: NewsletterContext, subscriber: number, list: string): { unsubscribe: string; manage: string; unsubscribeToken: string } {
  const unsubscribeToken = tokenFor(ctx, 'unsubscribe', subscriber, [list]);
  return { unsubscribe: pageUrl(ctx, 'unsubscribe', unsubscribeToken), manage: pageUrl(ctx, 'preferences', tokenFor(ctx, 'manage', subscriber, [])), unsubscribeToken };
}
