// Composing an edition: pick the list's briefings (stage), render HTML and text once with link
// placeholders (stage), store the edition once per (list, period), and add one outbox row per
// confirmed subscriber, due at their own local send hour. Every step is idempotent: composing
// the same hour again adds only rows that are missing.
import { RoundupError } from '../../core/errors.ts';
import type { Briefing } from '../../core/briefing.ts';
import type { Edition, NewsletterList, Recipient } from '../../ports/newsletter-store.ts';
import { selectEditionBriefings } from '../../stages/newsletter/edition-select.ts';
import { headerSafe } from '../../stages/newsletter/email-address.ts';
import { nextLocalHour } from '../../stages/newsletter/send-schedule.ts';
import { editionSubject, LINK_PLACEHOLDERS, type EditionContent } from '../../stages/render/email/edition-content.ts';
import { MAX_HTML_BYTES, renderEditionHtml } from '../../stages/render/email/edition-html.ts';
import { renderEditionText } from '../../stages/render/email/edition-text.ts';
import type { NewsletterContext } from './newsletter-context.ts';

/** What composing did. */
export interface ComposeResult {
  readonly edition: Edition;
  readonly created: boolean;
  /** Outbox rows added now. */
  readonly enqueued: number;
}

/** The rendered parts of an edition, not stored. */
export interface RenderedEdition {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly stories: readonly string[];
}

/** Renders the edition `list` would get at `now` (also the browser preview). */
export async function renderListEdition(ctx: NewsletterContext, list: NewsletterList, now: Date): Promise<RenderedEdition> {
  const since = new Date(now.getTime() - list.lookbackHours * 3600_000).toISOString();
  const candidates = await ctx.briefings.listBriefings({ limit: 300, since });
  const briefings = selectEditionBriefings(list, candidates, now);
  return renderWithin(ctx, list, now, briefings);
}

// Drops the last story until the HTML fits: Gmail clips a message over ~102 KB.
function renderWithin(ctx: NewsletterContext, list: NewsletterList, now: Date, briefings: readonly Briefing[]): RenderedEdition {
  for (let n = briefings.length; n >= 0; n--) {
    const content: EditionContent = {
      siteName: ctx.settings.siteName,
      siteUrl: ctx.settings.publicUrl,
      listSlug: list.slug,
      listName: list.name,
      dateLine: now.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      briefings: briefings.slice(0, n),
    };
    const html = renderEditionHtml(content, LINK_PLACEHOLDERS);
    if (Buffer.byteLength(html) <= MAX_HTML_BYTES || n === 0) {
      return { subject: headerSafe(editionSubject(content), 150), html, text: renderEditionText(content, LINK_PLACEHOLDERS), stories: content.briefings.map((b) => b.story) };
    }
  }
  throw new RoundupError('newsletter/render', 'unreachable: an empty edition always fits');
}

/** Composes the edition of `slug` due now for everyone (`immediate`), or the one for the
 * subscribers whose local send time falls in the current UTC hour: each hour's edition is
 * composed from the briefings fresh at that hour. Null when nobody is due this hour. */
export async function composeEdition(ctx: NewsletterContext, slug: string, options: { immediate: boolean }): Promise<ComposeResult | null> {
  const list = await ctx.store.getList(slug);
  if (!list) throw new RoundupError('newsletter/unknown-list', `no list "${slug}"`);
  const now = ctx.clock.now();
  const hourStart = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
  const recipients = await ctx.store.recipients(slug);
  const rows = recipients
    .map((r) => ({ subscriber: r.id, email: r.email, at: options.immediate ? now : dueAt(list, r, hourStart) }))
    .filter((r) => options.immediate || r.at.getTime() < hourStart.getTime() + 3600_000)
    .map((r) => ({ subscriber: r.subscriber, email: r.email, dueAt: r.at.toISOString() }));
  if (!options.immediate && rows.length === 0) return null;
  const period = options.immediate ? `now-${now.toISOString()}` : hourStart.toISOString().slice(0, 13);
  const rendered = await renderListEdition(ctx, list, now);
  const { edition, created } = await ctx.store.createEdition({ list: slug, period, ...rendered }, now.toISOString());
  const enqueued = await ctx.store.enqueue(edition.id, rows, now.toISOString());
  ctx.logger.info({ list: slug, edition: edition.id, created, enqueued, stories: edition.stories.length }, 'edition composed');
  return { edition, created, enqueued };
}

/** A subscriber's first local send hour (theirs or the list's) at or after `from`, on the list's weekday for weekly lists. */
export function dueAt(list: NewsletterList, recipient: Recipient, from: Date): Date {
  return nextLocalHour(from, recipient.timeZone, recipient.sendHour ?? list.sendHour, list.cadence === 'weekly' ? list.weekday : null);
}
