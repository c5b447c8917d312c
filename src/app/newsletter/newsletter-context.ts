// What the newsletter use cases need, passed in by the composition root (or a test).
import { createHmac } from 'node:crypto';
import type { Clock } from '../../ports/clock.ts';
import type { Logger } from '../../ports/logger.ts';
import type { Mailer } from '../../ports/mailer.ts';
import type { NewsletterStore } from '../../ports/newsletter-store.ts';
import type { Store } from '../../ports/store.ts';
import type { Mac } from '../../stages/newsletter/subscription-token.ts';

/** Settings of the newsletter, from config. */
export interface NewsletterSettings {
  readonly siteName: string;
  /** Public URL of the site, no trailing slash (links and unsubscribe URLs). */
  readonly publicUrl: string;
  /** Header From of every message, e.g. `Roundup <news@example.org>`. */
  readonly from: string;
  readonly ratePerSecond: number;
  readonly concurrency: number;
  readonly signupBlocklist: readonly string[];
  /** Soft bounces after which an address is suppressed. */
  readonly softBounceLimit: number;
}

/** The newsletter's ports and settings. */
export interface NewsletterContext {
  readonly store: NewsletterStore;
  /** The main store, for briefings. */
  readonly briefings: Pick<Store, 'listBriefings'>;
  /** Null when no SMTP server is configured: nothing can be sent. */
  readonly mailer: Mailer | null;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly random: () => number;
  readonly mac: Mac;
  readonly settings: NewsletterSettings;
}

/** HMAC-SHA256 over the data with the signing secret, base64url, truncated to 128 bits. */
export function hmacMac(secret: string): Mac {
  return (data) => createHmac('sha256', `roundup-newsletter:${secret}`).update(data).digest('base64url').slice(0, 22);
}

/** The address part of a From header (`Name <a@b>` → `a@b`). */
export function fromAddress(from: string): string {
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).trim();
}
