// The newsletter's pages: small HTML documents on the site's stylesheet (the CSP allows no
// inline style or script). Every value is escaped; every action that changes something is a
// form that POSTs, because link scanners in mail systems follow GET links.
import type { NewsletterList, Subscriber } from '../../ports/newsletter-store.ts';
import { escapeHtml } from '../../stages/render/email/email-escape.ts';

/** A whole page around `body`. */
export function page(siteName: string, title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(siteName)}</title><link rel="stylesheet" href="/assets/site.css"></head>
<body><header class="masthead"><a class="brand" href="/">${escapeHtml(siteName)}</a></header><main id="main" class="newsletter-page"><h1>${escapeHtml(title)}</h1>
${body}</main></body></html>`;
}

/** A paragraph of text. */
export function para(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

/** A one-button form that POSTs the token to `action`. */
export function tokenForm(action: string, token: string, button: string): string {
  return `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(button)}</button></form>`;
}

/** The sign-up form with every list. */
export function signupForm(lists: readonly NewsletterList[]): string {
  const boxes = lists.map((l) => `<li><label><input type="checkbox" name="list" value="${escapeHtml(l.slug)}"${l.slug === 'morning-briefing' ? ' checked' : ''}> <b>${escapeHtml(l.name)}</b> — ${escapeHtml(l.description)}</label></li>`).join('');
  return `<form method="post" action="/newsletter/subscribe"><p><label for="nl-email">Email address</label><br>
<input id="nl-email" name="email" type="email" required autocomplete="email" maxlength="254"></p><fieldset><legend>Lists</legend><ul>${boxes}</ul></fieldset>
<p><label for="nl-tz">Time zone</label><br><input id="nl-tz" name="timeZone" value="UTC" maxlength="64"></p><p><button type="submit">Subscribe</button></p></form>`;
}

/** The preference form: lists, time zone, send hour; with export and delete. */
export function preferencesForm(token: string, subscriber: Subscriber, lists: readonly NewsletterList[]): string {
  const on = new Set(subscriber.subscriptions.filter((s) => s.status !== 'unsubscribed').map((s) => s.list));
  const boxes = lists.map((l) => `<li><label><input type="checkbox" name="list" value="${escapeHtml(l.slug)}"${on.has(l.slug) ? ' checked' : ''}> ${escapeHtml(l.name)} (${escapeHtml(l.cadence)}, ${l.sendHour}:00)</label></li>`).join('');
  const hours = [`<option value=""${subscriber.sendHour === null ? ' selected' : ''}>Each list's own hour</option>`, ...Array.from({ length: 24 }, (_, h) => `<option value="${h}"${subscriber.sendHour === h ? ' selected' : ''}>${String(h).padStart(2, '0')}:00</option>`)].join('');
  return `<p>Settings for <b>${escapeHtml(subscriber.email)}</b>.</p>
<form method="post" action="/newsletter/preferences"><input type="hidden" name="token" value="${escapeHtml(token)}">
<fieldset><legend>Lists</legend><ul>${boxes}</ul></fieldset>
<p><label for="nl-tz">Time zone (e.g. Europe/London)</label><br><input id="nl-tz" name="timeZone" value="${escapeHtml(subscriber.timeZone)}" maxlength="64"></p>
<p><label for="nl-hour">Send hour</label><br><select id="nl-hour" name="sendHour">${hours}</select></p>
<p><button type="submit">Save</button></p></form>
<h2>Your data</h2><p><a href="/newsletter/export?token=${encodeURIComponent(token)}">Download everything we store about you (JSON)</a></p>
${tokenForm('/newsletter/delete', token, 'Delete my subscription and data')}`;
}
