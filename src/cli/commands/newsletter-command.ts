import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../config/config.ts';
import { openRuntime } from '../../main.ts';
import { RoundupError } from '../../core/errors.ts';
import { openNewsletter, type NewsletterRuntime } from '../../newsletter/newsletter-runtime.ts';
import { addSubscriber } from '../../app/newsletter/subscription.ts';
import { composeEdition, renderListEdition } from '../../app/newsletter/compose-edition.ts';
import { runOutbox, type SendReport } from '../../app/newsletter/outbox-sender.ts';
import { handleInbound } from '../../app/newsletter/inbound-mail.ts';
import { parseInbound } from '../../adapters/smtp/inbound-parse.ts';
import type { Edition } from '../../ports/newsletter-store.ts';
import { action, printJson } from '../cli-errors.ts';

/** Opens the runtime and the newsletter for one command and closes both afterwards. */
async function withNewsletter(run: (nl: NewsletterRuntime) => Promise<void>): Promise<void> {
  const runtime = await openRuntime(loadConfig(), { logTo: 'stderr' });
  try {
    const nl = await openNewsletter(runtime);
    try {
      await run(nl);
    } finally {
      await nl.close();
    }
  } finally {
    await runtime.close();
  }
}

function hourOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const hour = Number(value);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RoundupError('cli/usage', `--send-hour "${value}" must be a whole hour 0–23`);
  return hour;
}

/** A progress bar over an edition's rows on a terminal; null elsewhere. */
function sendProgress(total: number): { update(r: SendReport): void; stop(): void } | null {
  if (!process.stderr.isTTY || total === 0) return null;
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'send [{bar}] {value}/{total} | sent {sent} | retry {retried} | failed {failed} | skipped {skipped}', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { sent: 0, retried: 0, failed: 0, skipped: 0 });
  return { update: (r) => bar.update(r.sent + r.failed + r.skipped + r.retried, { ...r }), stop: () => bar.stop() };
}

/** The list's unfinished edition (a killed `send --now` resumes it), else a new one due now. */
async function editionToSend(nl: NewsletterRuntime, slug: string): Promise<{ edition: Edition; resumed: boolean }> {
  const unfinished = await nl.ctx.store.unfinishedEditions(slug);
  const last = unfinished[unfinished.length - 1];
  if (last) return { edition: last, resumed: true };
  const composed = await composeEdition(nl.ctx, slug, { immediate: true });
  if (!composed) throw new RoundupError('newsletter/nothing-composed', `no edition composed for "${slug}"`);
  return { edition: composed.edition, resumed: false };
}

function registerSubscribers(newsletter: Command): void {
  const subscribers = newsletter.command('subscribers').description('manage subscribers');
  subscribers
    .command('add <email>')
    .description('add a subscriber to a list; without --confirmed a confirmation link is mailed (double opt-in)')
    .requiredOption('--list <slug>', 'list slug, e.g. morning-briefing')
    .option('--confirmed', 'skip double opt-in: the address is confirmed at once')
    .option('--time-zone <zone>', 'IANA time zone (default UTC)')
    .option('--send-hour <hour>', "local hour 0–23 (default: the list's)")
    .option('--json', 'print the subscriber as JSON')
    .action(
      action(async (email: string, opts: { list: string; confirmed?: boolean; timeZone?: string; sendHour?: string; json?: boolean }) => {
        const sendHour = hourOption(opts.sendHour);
        await withNewsletter(async (nl) => {
          const s = await addSubscriber(nl.ctx, email, opts.list, { confirmed: Boolean(opts.confirmed), timeZone: opts.timeZone, sendHour });
          if (opts.json) printJson(s);
          else process.stdout.write(`${s.email} (#${s.id}) ${s.subscriptions.find((x) => x.list === opts.list)?.status ?? ''} on ${opts.list}\n`);
        });
      }),
    );
  subscribers
    .command('list')
    .description('confirmed subscribers of a list')
    .requiredOption('--list <slug>', 'list slug')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { list: string; json?: boolean }) => {
        await withNewsletter(async (nl) => {
          if (!(await nl.ctx.store.getList(opts.list))) throw new RoundupError('newsletter/unknown-list', `no list "${opts.list}"`);
          const recipients = await nl.ctx.store.recipients(opts.list);
          if (opts.json) printJson(recipients);
          else for (const r of recipients) process.stdout.write(`${r.id}\t${r.email}\t${r.timeZone}\t${r.sendHour ?? '-'}\n`);
        });
      }),
    );
  subscribers
    .command('remove <email>')
    .description('delete a subscriber and everything stored about them')
    .action(
      action(async (email: string) => {
        await withNewsletter(async (nl) => {
          const s = await nl.ctx.store.getSubscriberByEmail(email.trim());
          if (!s || !(await nl.ctx.store.deleteSubscriber(s.id, nl.ctx.clock.now().toISOString()))) throw new RoundupError('newsletter/not-found', `no subscriber ${email}`);
          process.stdout.write(`deleted ${s.email}\n`);
        });
      }),
    );
}

function registerSend(newsletter: Command): void {
  newsletter
    .command('send [slug]')
    .description('send due outbox rows; with --now, compose an edition of SLUG and send it to every subscriber at once (resuming an unfinished one)')
    .option('--now', 'compose and send an edition of SLUG now, ignoring send hours')
    .option('--json', 'print the report as JSON')
    .action(
      action(async (slug: string | undefined, opts: { now?: boolean; json?: boolean }) => {
        if (opts.now && !slug) throw new RoundupError('cli/usage', 'send --now needs a list slug');
        await withNewsletter(async (nl) => {
          const target = opts.now && slug ? await editionToSend(nl, slug) : null;
          const total = target ? Object.values(await nl.ctx.store.outboxCounts(target.edition.id)).reduce((a, b) => a + b, 0) : 0;
          const bar = sendProgress(total);
          const report = await runOutbox(nl.ctx, { edition: target?.edition.id, untilIdle: true, onProgress: (r) => bar?.update(r) });
          bar?.stop();
          const counts = await nl.ctx.store.outboxCounts(target?.edition.id);
          const result = { edition: target?.edition.id ?? null, resumed: target?.resumed ?? false, ...report, outbox: counts };
          if (opts.json) printJson(result);
          else process.stdout.write(`${target ? `edition ${target.edition.id}${target.resumed ? ' (resumed)' : ''}: ` : ''}sent ${report.sent}, retry later ${report.retried}, failed ${report.failed}, skipped ${report.skipped}\n`);
        });
      }),
    );
}

/** `roundup newsletter lists|subscribers|preview|send|bounce|suppressions`. */
export function registerNewsletter(program: Command): void {
  const newsletter = program.command('newsletter').description('lists, subscribers and editions of the email newsletters');
  newsletter
    .command('lists')
    .description('the lists with their schedules and subscriber counts')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        await withNewsletter(async (nl) => {
          const lists = await nl.ctx.store.listLists();
          if (opts.json) return printJson(lists);
          for (const l of lists) process.stdout.write(`${l.slug}  ${l.name}  ${l.cadence} at ${l.sendHour}:00  ${l.confirmed} confirmed, ${l.pending} pending\n`);
        });
      }),
    );
  registerSubscribers(newsletter);
  newsletter
    .command('preview <slug>')
    .description("print the HTML (or --text) of the edition the list would get now; nothing is stored or sent")
    .option('--text', 'the plain-text part instead of HTML')
    .action(
      action(async (slug: string, opts: { text?: boolean }) => {
        await withNewsletter(async (nl) => {
          const list = await nl.ctx.store.getList(slug);
          if (!list) throw new RoundupError('newsletter/unknown-list', `no list "${slug}"`);
          const edition = await renderListEdition(nl.ctx, list, nl.ctx.clock.now());
          process.stdout.write(opts.text ? edition.text : `${edition.html}\n`);
        });
      }),
    );
  registerSend(newsletter);
  newsletter
    .command('bounce [file]')
    .description('handle one received message (bounce, complaint, auto-reply, mailto unsubscribe) from FILE or stdin')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (file: string | undefined, opts: { json?: boolean }) => {
        const raw = readFileSync(file ?? 0);
        await withNewsletter(async (nl) => {
          const result = await handleInbound(nl.ctx, await parseInbound(raw));
          if (opts.json) printJson(result);
          else process.stdout.write(`${result.kind}: ${result.action}${result.recipient ? ` (${result.recipient})` : ''}\n`);
        });
      }),
    );
  newsletter
    .command('suppressions')
    .description('addresses never sent to (hard bounces, complaints)')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        await withNewsletter(async (nl) => {
          const rows = await nl.ctx.store.listSuppressions();
          if (opts.json) return printJson(rows);
          for (const r of rows) process.stdout.write(`${r.email}\t${r.reason}\t${r.createdAt}\t${r.detail}\n`);
        });
      }),
    );
}
