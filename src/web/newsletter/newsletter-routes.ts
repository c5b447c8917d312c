// The newsletter's routes, a Hono sub-app for /newsletter/*: sign-up (form and JSON API), the
// double opt-in confirm page whose button POSTs, unsubscribe (a page, and RFC 8058 one-click
// POST), preferences, export, delete, and edition previews. Thin: parse, call a use case, answer.
import { Hono, type Context } from 'hono';
import { isRoundupError } from '../../core/errors.ts';
import type { NewsletterContext } from '../../app/newsletter/newsletter-context.ts';
import { confirm, readToken, subscribe, unsubscribe, updatePreferences, type SignupRequest } from '../../app/newsletter/subscription.ts';
import { renderListEdition } from '../../app/newsletter/compose-edition.ts';
import { tokenFor } from '../../app/newsletter/newsletter-links.ts';
import { personalise } from '../../stages/render/email/edition-content.ts';
import type { TokenPurpose } from '../../stages/newsletter/subscription-token.ts';
import { createSignupLimiter } from './signup-limiter.ts';
import { page, para, preferencesForm, signupForm, tokenForm } from './newsletter-pages.ts';

/** What the routes need. */
export interface NewsletterRouteDeps {
  readonly ctx: NewsletterContext;
  /** The client's address for the per-IP sign-up limit (behind a proxy: from X-Forwarded-For). Default: the X-Forwarded-For's first hop, else 'unknown'. */
  readonly clientIp?: (c: Context) => string;
  /** Lists a form that names none subscribes to. Default: morning-briefing. */
  readonly defaultLists?: readonly string[];
}

/** Edition previews are email HTML, whose styles are inline attributes: they need their own
 * policy (still no script, no frames, nothing fetched but images). */
export const EMAIL_PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TOKEN_PROBLEMS: Readonly<Record<string, string>> = {
  malformed: 'This link is incomplete. Copy the whole link from the email.',
  'bad-signature': 'This link is not valid.',
  expired: 'This link has expired. Sign up again to get a new one.',
  'wrong-purpose': 'This link is not meant for this page.',
};

/** The /newsletter sub-app; mount with `app.route('/newsletter', newsletterRoutes(deps))`. */
export function newsletterRoutes(deps: NewsletterRouteDeps): Hono {
  const { ctx } = deps;
  const site = ctx.settings.siteName;
  const limiter = createSignupLimiter(() => ctx.clock.now().getTime());
  const clientIp = deps.clientIp ?? ((c: Context) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown');
  const app = new Hono();
  // Every answer here is personal or changes state: never reuse it from a cache.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
  });
  const html = (c: Context, status: 200 | 400 | 404 | 429, title: string, body: string) => c.html(page(site, title, body), status);
  const claims = (c: Context, token: string | undefined, purpose: TokenPurpose) => {
    const verdict = readToken(ctx, token ?? '', purpose);
    return 'problem' in verdict ? { error: html(c, 400, 'Link not valid', para(TOKEN_PROBLEMS[verdict.problem] ?? 'This link is not valid.')) } : { claims: verdict };
  };

  app.get('/', async (c) => html(c, 200, 'Newsletters', signupForm(await ctx.store.listLists())));

  app.post('/subscribe', async (c) => {
    const json = (c.req.header('content-type') ?? '').includes('application/json');
    const allowed = limiter.take(clientIp(c));
    if (!allowed.ok) {
      c.header('retry-after', String(allowed.retryAfterSeconds));
      return json ? c.json({ error: { code: 'newsletter/rate-limited', message: 'Too many sign-ups from your address; try again later.' } }, 429) : html(c, 429, 'Too many sign-ups', para('Too many sign-ups from your address; please try again later.'));
    }
    const request = json ? await jsonSignup(c) : await formSignup(c);
    if (!request) return c.json({ error: { code: 'newsletter/invalid-request', message: 'Expected a JSON object with an "email" string.' } }, 400);
    const withLists = request.lists.length ? request : { ...request, lists: deps.defaultLists ?? ['morning-briefing'] };
    const outcome = await subscribe(ctx, withLists).catch((err: unknown) => {
      if (isRoundupError(err, 'newsletter/no-smtp')) return null;
      throw err;
    });
    if (!outcome) {
      const message = 'Sign-up is not available right now: this site cannot send email yet.';
      return json ? c.json({ error: { code: 'newsletter/no-smtp', message } }, 503) : c.html(page(site, 'Not available', para(message)), 503);
    }
    if (outcome.kind === 'confirmation-sent') {
      return json ? c.json({ status: 'confirmation-sent' }, 202) : html(c, 200, 'Check your inbox', para('We sent you a link to confirm your subscription. Nothing will be sent until you confirm.'));
    }
    const message = outcome.kind === 'invalid-address' ? `That email address cannot be used (${outcome.problem}).` : `The request cannot be used: ${outcome.reason}.`;
    return json ? c.json({ error: { code: `newsletter/${outcome.kind}`, message } }, 400) : html(c, 400, 'Not subscribed', para(message));
  });

  app.get('/confirm', (c) => {
    const token = c.req.query('token');
    const r = claims(c, token, 'confirm');
    return r.error ?? html(c, 200, 'Confirm your subscription', `${para('One more step: press the button to start receiving the newsletter.')}${tokenForm('/newsletter/confirm', token ?? '', 'Confirm subscription')}`);
  });

  app.post('/confirm', async (c) => {
    const token = String((await c.req.parseBody()).token ?? '');
    const r = claims(c, token, 'confirm');
    if (r.error) return r.error;
    const subscriber = await confirm(ctx, r.claims);
    if (!subscriber) return html(c, 404, 'Not found', para('This subscription no longer exists.'));
    const manage = tokenFor(ctx, 'manage', subscriber.id, []);
    return html(c, 200, 'You are subscribed', `${para('Thank you: your subscription is confirmed.')}<p><a href="/newsletter/preferences?token=${encodeURIComponent(manage)}">Choose your time zone and send hour</a></p>`);
  });

  app.get('/unsubscribe', (c) => {
    const token = c.req.query('token');
    const r = claims(c, token, 'unsubscribe');
    return r.error ?? html(c, 200, 'Unsubscribe', `${para('Press the button to stop receiving this list.')}${tokenForm(`/newsletter/unsubscribe?token=${encodeURIComponent(token ?? '')}`, token ?? '', 'Unsubscribe')}`);
  });

  // RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the URL in the header, with no
  // cookies and no confirmation: honoured at once. The page's own button posts here too.
  app.post('/unsubscribe', async (c) => {
    const body = await c.req.parseBody();
    const token = c.req.query('token') ?? String(body.token ?? '');
    const r = claims(c, token, 'unsubscribe');
    if (r.error) return r.error;
    await unsubscribe(ctx, r.claims.subscriber, r.claims.lists);
    if (body['List-Unsubscribe'] === 'One-Click') return c.text('unsubscribed', 200);
    return html(c, 200, 'Unsubscribed', para('You will not receive this list any more.'));
  });

  app.get('/preferences', async (c) => {
    const token = c.req.query('token');
    const r = claims(c, token, 'manage');
    if (r.error) return r.error;
    const subscriber = await ctx.store.getSubscriber(r.claims.subscriber);
    if (!subscriber) return html(c, 404, 'Not found', para('This subscription no longer exists.'));
    return html(c, 200, 'Your newsletter settings', preferencesForm(token ?? '', subscriber, await ctx.store.listLists()));
  });

  app.post('/preferences', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const token = String(body.token ?? '');
    const r = claims(c, token, 'manage');
    if (r.error) return r.error;
    const lists = ([] as unknown[]).concat(body.list ?? []).map(String);
    const hour = String(body.sendHour ?? '');
    const problem = await updatePreferences(ctx, r.claims.subscriber, { lists, timeZone: String(body.timeZone ?? 'UTC').trim(), sendHour: hour === '' ? null : Number(hour) });
    if (problem) return html(c, 400, 'Not saved', para(`Your settings were not saved: ${problem}.`));
    const subscriber = await ctx.store.getSubscriber(r.claims.subscriber);
    return html(c, 200, 'Settings saved', subscriber ? preferencesForm(token, subscriber, await ctx.store.listLists()) : '');
  });

  app.get('/export', async (c) => {
    const r = claims(c, c.req.query('token'), 'manage');
    if (r.error) return r.error;
    const data = await ctx.store.exportSubscriber(r.claims.subscriber);
    if (!data) return html(c, 404, 'Not found', para('This subscription no longer exists.'));
    c.header('content-disposition', 'attachment; filename="roundup-newsletter-data.json"');
    return c.json(data);
  });

  app.get('/delete', (c) => {
    const token = c.req.query('token');
    const r = claims(c, token, 'manage');
    return r.error ?? html(c, 200, 'Delete your data', `${para('This removes your address, your lists and your delivery history. It cannot be undone.')}${tokenForm('/newsletter/delete', token ?? '', 'Delete everything')}`);
  });

  app.post('/delete', async (c) => {
    const r = claims(c, String((await c.req.parseBody()).token ?? ''), 'manage');
    if (r.error) return r.error;
    await ctx.store.deleteSubscriber(r.claims.subscriber, ctx.clock.now().toISOString());
    return html(c, 200, 'Deleted', para('Your address and everything stored with it are deleted.'));
  });

  app.get('/editions/:id', async (c) => {
    const edition = await ctx.store.getEdition(Number(c.req.param('id')));
    if (!edition) return html(c, 404, 'Not found', para('There is no such edition.'));
    c.header('content-security-policy', EMAIL_PREVIEW_CSP);
    return c.html(personalise(edition.html, { unsubscribe: '#', manage: '#' }));
  });

  app.get('/preview/:slug', async (c) => {
    const list = await ctx.store.getList(c.req.param('slug'));
    if (!list) return html(c, 404, 'Not found', para('There is no such list.'));
    const rendered = await renderListEdition(ctx, list, ctx.clock.now());
    if (c.req.query('format') === 'text') return c.text(personalise(rendered.text, { unsubscribe: '#', manage: '#' }));
    c.header('content-security-policy', EMAIL_PREVIEW_CSP);
    return c.html(personalise(rendered.html, { unsubscribe: '#', manage: '#' }));
  });

  return app;
}

async function jsonSignup(c: Context): Promise<SignupRequest | null> {
  const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
  if (!body || typeof body !== 'object' || typeof body.email !== 'string') return null;
  const lists = Array.isArray(body.lists) ? body.lists.map(String) : [];
  const sendHour = typeof body.sendHour === 'number' ? body.sendHour : null;
  return { email: body.email, lists, timeZone: typeof body.timeZone === 'string' ? body.timeZone : undefined, sendHour };
}

async function formSignup(c: Context): Promise<SignupRequest> {
  const body = await c.req.parseBody({ all: true });
  const lists = ([] as unknown[]).concat(body.list ?? []).map(String);
  const tz = String(body.timeZone ?? '').trim();
  return { email: String(body.email ?? ''), lists, timeZone: tz || undefined };
}
