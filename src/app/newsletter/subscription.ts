// Subscribing and leaving: double opt-in (a signed confirm link whose page POSTs), one-click
// unsubscribe, preferences, export and deletion. Outcomes a reader can cause are values; only
// real failures throw.
import { RoundupError } from '../../core/errors.ts';
import type { Subscriber } from '../../ports/newsletter-store.ts';
import { headerSafe, parseAddress, type AddressProblem } from '../../stages/newsletter/email-address.ts';
import { isTimeZone } from '../../stages/newsletter/send-schedule.ts';
import { verifyToken, type TokenClaims, type TokenProblem, type TokenPurpose } from '../../stages/newsletter/subscription-token.ts';
import { fromAddress, type NewsletterContext } from './newsletter-context.ts';
import { pageUrl, tokenFor } from './newsletter-links.ts';

/** A sign-up request from the form or the API. */
export interface SignupRequest {
  readonly email: string;
  readonly lists: readonly string[];
  readonly timeZone?: string;
  readonly sendHour?: number | null;
}

/** What a sign-up did. `confirmation-sent` is also the answer when nothing needed confirming, so the response never reveals who is subscribed. */
export type SignupOutcome =
  | { readonly kind: 'confirmation-sent'; readonly subscriber: number }
  | { readonly kind: 'invalid-address'; readonly problem: AddressProblem }
  | { readonly kind: 'invalid-request'; readonly reason: string };

/** Validates a sign-up, records pending subscriptions and mails the confirm link. */
export async function subscribe(ctx: NewsletterContext, request: SignupRequest): Promise<SignupOutcome> {
  const address = parseAddress(request.email, ctx.settings.signupBlocklist);
  if ('problem' in address) return { kind: 'invalid-address', problem: address.problem };
  const invalid = await checkRequest(ctx, request);
  if (invalid) return { kind: 'invalid-request', reason: invalid };
  const now = ctx.clock.now().toISOString();
  const subscriber = await ctx.store.findOrCreateSubscriber({ email: address.address, timeZone: request.timeZone ?? 'UTC', sendHour: request.sendHour ?? null }, now);
  const toConfirm = request.lists.filter((l) => subscriber.subscriptions.find((s) => s.list === l)?.status !== 'confirmed');
  if (toConfirm.length === 0) return { kind: 'confirmation-sent', subscriber: subscriber.id };
  await ctx.store.setSubscriptions(subscriber.id, toConfirm, 'pending', now);
  await sendConfirmation(ctx, subscriber, toConfirm);
  return { kind: 'confirmation-sent', subscriber: subscriber.id };
}

async function checkRequest(ctx: NewsletterContext, request: SignupRequest): Promise<string | null> {
  if (request.lists.length === 0) return 'choose at least one list';
  for (const slug of request.lists) if (!(await ctx.store.getList(slug))) return `no list "${slug}"`;
  if (request.timeZone !== undefined && !isTimeZone(request.timeZone)) return `unknown time zone "${request.timeZone}"`;
  if (request.sendHour != null && !(Number.isInteger(request.sendHour) && request.sendHour >= 0 && request.sendHour <= 23)) return 'send hour must be 0–23';
  return null;
}

// Transactional mail goes straight through the mailer, not the outbox: a lost confirm mail is
// fixed by signing up again, which sends a fresh link.
async function sendConfirmation(ctx: NewsletterContext, subscriber: Subscriber, lists: readonly string[]): Promise<void> {
  if (!ctx.mailer) throw new RoundupError('newsletter/no-smtp', 'no SMTP server configured (ROUNDUP_SMTP_URL): cannot send the confirmation');
  const url = pageUrl(ctx, 'confirm', tokenFor(ctx, 'confirm', subscriber.id, lists));
  const names = (await Promise.all(lists.map((l) => ctx.store.getList(l)))).map((l) => l?.name ?? '').join(', ');
  const site = headerSafe(ctx.settings.siteName);
  const outcome = await ctx.mailer.send({
    from: ctx.settings.from,
    envelopeFrom: fromAddress(ctx.settings.from),
    to: subscriber.email,
    subject: `Confirm your subscription to ${site}`,
    text: `Please confirm that you want ${names} from ${site}:\n\n${url}\n\nIf you did not ask for this, ignore this message: nothing will be sent.\n`,
    html: `<p>Please confirm that you want <b>${escape(names)}</b> from ${escape(site)}.</p><p><a href="${escape(url)}">Confirm my subscription</a></p><p>If you did not ask for this, ignore this message: nothing will be sent.</p>`,
    messageId: `<confirm.${subscriber.id}.${Date.now().toString(36)}@${fromAddress(ctx.settings.from).split('@')[1] ?? 'localhost'}>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
  if (outcome.kind === 'rejected') ctx.logger.warn({ subscriber: subscriber.id, reason: outcome.message }, 'confirmation mail refused');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A token's claims, or a typed error the web layer turns into a page. */
export function readToken(ctx: NewsletterContext, token: string, purpose: TokenPurpose): TokenClaims | { readonly problem: TokenProblem } {
  return verifyToken(ctx.mac, ctx.clock.now(), token, purpose);
}

/** Confirms the lists a confirm token names. Running it twice changes nothing more. */
export async function confirm(ctx: NewsletterContext, claims: TokenClaims): Promise<Subscriber | null> {
  const subscriber = await ctx.store.getSubscriber(claims.subscriber);
  if (!subscriber) return null;
  const lists = claims.lists.filter((l) => subscriber.subscriptions.some((s) => s.list === l && s.status === 'pending'));
  if (lists.length) await ctx.store.setSubscriptions(subscriber.id, lists, 'confirmed', ctx.clock.now().toISOString());
  return ctx.store.getSubscriber(subscriber.id);
}

/** Unsubscribes from the lists an unsubscribe token names (all lists for a manage token's `all`). */
export async function unsubscribe(ctx: NewsletterContext, subscriberId: number, lists: readonly string[]): Promise<boolean> {
  const subscriber = await ctx.store.getSubscriber(subscriberId);
  if (!subscriber) return false;
  const known = lists.filter((l) => subscriber.subscriptions.some((s) => s.list === l));
  if (known.length) await ctx.store.setSubscriptions(subscriberId, known, 'unsubscribed', ctx.clock.now().toISOString());
  return true;
}

/** Preference changes from the preference page. */
export interface PreferenceChange {
  readonly lists: readonly string[];
  readonly timeZone: string;
  readonly sendHour: number | null;
}

/** Applies preferences: lists ticked stay or become confirmed (the manage link proves the address), the others unsubscribed. */
export async function updatePreferences(ctx: NewsletterContext, subscriberId: number, change: PreferenceChange): Promise<string | null> {
  if (!isTimeZone(change.timeZone)) return `unknown time zone "${change.timeZone}"`;
  if (change.sendHour !== null && !(Number.isInteger(change.sendHour) && change.sendHour >= 0 && change.sendHour <= 23)) return 'send hour must be 0–23';
  const all = (await ctx.store.listLists()).map((l) => l.slug);
  const unknown = change.lists.find((l) => !all.includes(l));
  if (unknown) return `no list "${unknown}"`;
  const now = ctx.clock.now().toISOString();
  await ctx.store.updatePreferences(subscriberId, { timeZone: change.timeZone, sendHour: change.sendHour });
  if (change.lists.length) await ctx.store.setSubscriptions(subscriberId, change.lists, 'confirmed', now);
  const subscriber = await ctx.store.getSubscriber(subscriberId);
  const leaving = (subscriber?.subscriptions ?? []).filter((s) => s.status !== 'unsubscribed' && !change.lists.includes(s.list)).map((s) => s.list);
  if (leaving.length) await ctx.store.setSubscriptions(subscriberId, leaving, 'unsubscribed', now);
  return null;
}

/** Adds a subscriber from the command line; `confirmed` skips double opt-in (the operator vouches for the address). */
export async function addSubscriber(ctx: NewsletterContext, email: string, list: string, options: { confirmed: boolean; timeZone?: string; sendHour?: number | null }): Promise<Subscriber> {
  const address = parseAddress(email, ctx.settings.signupBlocklist);
  if ('problem' in address) throw new RoundupError('newsletter/invalid-address', `"${headerSafe(email, 100)}" is not a usable address (${address.problem})`);
  if (!(await ctx.store.getList(list))) throw new RoundupError('newsletter/unknown-list', `no list "${list}"`);
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) throw new RoundupError('newsletter/invalid-time-zone', `unknown time zone "${options.timeZone}"`);
  if (!options.confirmed) {
    const outcome = await subscribe(ctx, { email: address.address, lists: [list], timeZone: options.timeZone, sendHour: options.sendHour });
    if (outcome.kind !== 'confirmation-sent') throw new RoundupError('newsletter/invalid-request', outcome.kind === 'invalid-request' ? outcome.reason : outcome.problem);
    return (await ctx.store.getSubscriber(outcome.subscriber)) as Subscriber;
  }
  const now = ctx.clock.now().toISOString();
  const subscriber = await ctx.store.findOrCreateSubscriber({ email: address.address, timeZone: options.timeZone ?? 'UTC', sendHour: options.sendHour ?? null }, now);
  await ctx.store.setSubscriptions(subscriber.id, [list], 'confirmed', now);
  return (await ctx.store.getSubscriber(subscriber.id)) as Subscriber;
}
