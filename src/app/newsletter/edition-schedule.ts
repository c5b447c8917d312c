// The edition scheduler for `roundup start`: once a minute, compose each list's edition for the
// current period (idempotent per list and period) and send whatever outbox rows are due.
import type { NewsletterContext } from './newsletter-context.ts';
import { composeEdition } from './compose-edition.ts';
import { runOutbox } from './outbox-sender.ts';

/** Runs until `signal` aborts: composes each period's editions and sends due rows. Errors are logged, never thrown. */
export async function runEditionSchedule(ctx: NewsletterContext, signal: AbortSignal, tickMs = 60_000): Promise<void> {
  while (!signal.aborted) {
    await tick(ctx, signal);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, tickMs);
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}

/** One pass: compose the current period's edition of every list, then send what is due. */
export async function tick(ctx: NewsletterContext, signal?: AbortSignal): Promise<void> {
  try {
    for (const list of await ctx.store.listLists()) {
      if (list.confirmed > 0) await composeEdition(ctx, list.slug, { immediate: false });
    }
    if (ctx.mailer) await runOutbox(ctx, { untilIdle: true, signal });
  } catch (err) {
    ctx.logger.error({ err: (err as Error).message }, 'newsletter schedule pass failed');
  }
}
