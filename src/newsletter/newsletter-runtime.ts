// Composition of the newsletter: its SQLite store in the main database file, the SMTP mailer
// when ROUNDUP_SMTP_URL is set, the default lists, and the context the use cases take. The CLI,
// the website and `roundup start` all open it here.
import { readFileSync } from 'node:fs';
import type { Runtime } from '../main.ts';
import type { MailConfig } from '../config/config.ts';
import { openNewsletterSqliteStore } from '../adapters/newsletter-sqlite/newsletter-sqlite-store.ts';
import { createSmtpMailer } from '../adapters/smtp/smtp-mailer.ts';
import type { DkimKey } from '../adapters/smtp/message-compose.ts';
import type { Mailer } from '../ports/mailer.ts';
import { DEFAULT_LISTS } from '../stages/newsletter/list-defaults.ts';
import { hmacMac, type NewsletterContext } from '../app/newsletter/newsletter-context.ts';
import { runEditionSchedule } from '../app/newsletter/edition-schedule.ts';

/** The opened newsletter: its context, and close() for its store and mailer. */
export interface NewsletterRuntime {
  readonly ctx: NewsletterContext;
  close(): Promise<void>;
}

/** Soft bounces after which an address is suppressed. */
export const SOFT_BOUNCE_LIMIT = 5;

/** Opens the newsletter over an opened Roundup runtime; `mailer` overrides the SMTP one (tests). */
export async function openNewsletter(runtime: Runtime, options: { mailer?: Mailer | null } = {}): Promise<NewsletterRuntime> {
  const config = runtime.config;
  const store = openNewsletterSqliteStore({ path: config.databasePath });
  await store.migrate();
  await store.insertMissingLists(DEFAULT_LISTS);
  const mailer = options.mailer !== undefined ? options.mailer : createMailer(config.mail);
  const ctx: NewsletterContext = {
    store,
    briefings: runtime.store,
    mailer,
    clock: runtime.clock,
    logger: runtime.logger,
    random: Math.random,
    mac: hmacMac(runtime.secret),
    settings: {
      siteName: config.site.name,
      publicUrl: config.site.publicUrl,
      from: config.mail.from,
      ratePerSecond: config.mail.ratePerSecond,
      concurrency: config.mail.concurrency,
      signupBlocklist: config.mail.signupBlocklist,
      softBounceLimit: SOFT_BOUNCE_LIMIT,
    },
  };
  return {
    ctx,
    async close() {
      await mailer?.close();
      await store.close();
    },
  };
}

function createMailer(mail: MailConfig): Mailer | null {
  if (!mail.smtpUrl) return null;
  return createSmtpMailer({ url: mail.smtpUrl, concurrency: mail.concurrency, dkim: dkimKey(mail) });
}

// The key may be given as PEM text or as a path to a PEM file.
function dkimKey(mail: MailConfig): DkimKey | null {
  if (!mail.dkim) return null;
  const key = mail.dkim.privateKey.includes('-----BEGIN') ? mail.dkim.privateKey : readFileSync(mail.dkim.privateKey, 'utf8');
  return { domain: mail.dkim.domain, selector: mail.dkim.selector, privateKey: key };
}

/** Runs the edition schedule (each minute: compose each list's editions for the subscribers due
 * this hour, then send what is due) until stop(); for `roundup start`. Needs ROUNDUP_SMTP_URL to send. */
export function startEditionSchedule(nl: NewsletterRuntime, tickMs = 60_000): { stop(): Promise<void> } {
  const abort = new AbortController();
  const running = runEditionSchedule(nl.ctx, abort.signal, tickMs);
  return {
    async stop() {
      abort.abort();
      await running;
    },
  };
}
