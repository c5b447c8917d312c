// `npm run bench -- newsletter [SUBSCRIBERS] [--dkim] [--window]`: one edition to 100,000 subscribers
// (default) into a loopback SMTP sink (smtp-server, in a child process so it has its own core),
// through the real path: compose, outbox, pooled SMTP with the hand-off records. Prints messages/s
// and the sender's peak memory beside the targets (≥ 1,000 msg/s, < 300 MB) and listmonk's
// default rate. `--window` also times the hand-off window (src/app/newsletter/README.md): from the
// end-of-data mark's write to the hand-off log's line, the span where a kill costs a second copy.
import { fork, type ChildProcess } from 'node:child_process';
import fs, { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { syncBuiltinESMExports } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKeyPairSync } from 'node:crypto';
import Database from 'better-sqlite3';
import { openNewsletterSqliteStore } from '../src/adapters/newsletter-sqlite/newsletter-sqlite-store.ts';
import { createSmtpMailer } from '../src/adapters/smtp/smtp-mailer.ts';
import { composeEdition } from '../src/app/newsletter/compose-edition.ts';
import { hmacMac, type NewsletterContext } from '../src/app/newsletter/newsletter-context.ts';
import { runOutbox } from '../src/app/newsletter/outbox-sender.ts';
import { silentLogger } from '../src/ports/logger.ts';
import { systemClock } from '../src/ports/clock.ts';
import { DEFAULT_LISTS } from '../src/stages/newsletter/list-defaults.ts';
import type { Briefing } from '../src/core/briefing.ts';

const here = fileURLToPath(import.meta.url);
const CONNECTIONS = 16;

/** The sink child: counts accepted messages, answers `count` over IPC. */
async function sinkChild(): Promise<void> {
  const { SMTPServer } = await import('smtp-server');
  let count = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients: 1000,
    onData(stream, _session, callback) {
      stream.on('data', (c: Buffer) => (bytes += c.length));
      stream.on('end', () => {
        count += 1;
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.server.address() as { port: number }).port }));
  process.on('message', (m) => {
    if (m === 'count') process.send?.({ count, bytes, cpuMs: cpuMs(process.cpuUsage()) });
  });
}

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}

function startSink(): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(join(here, '..', 'run.ts'), ['newsletter', '--sink'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return new Promise((resolve) => child.once('message', (m: { port: number }) => resolve({ child, port: m.port })));
}

function sinkCount(child: ChildProcess): Promise<{ count: number; bytes: number; cpuMs: number }> {
  return new Promise((resolve) => {
    child.once('message', (m: { count: number; bytes: number; cpuMs: number }) => resolve(m));
    child.send('count');
  });
}

/** Eight briefings of realistic length. */
function briefings(): Briefing[] {
  const sentence = 'The agency said the measure, agreed late on Tuesday after weeks of talks, would take effect next month and cover most of the country.';
  return Array.from({ length: 8 }, (_, i) => ({
    story: `story-${i}`,
    kicker: 'Speed Read',
    headline: `Lawmakers agree on a plan to expand rail services, number ${i}`,
    standfirst: 'The deal follows months of negotiation between the parties and gives regional lines a larger share of the budget.',
    whatHappened: [1, 2, 3].map(() => ({ text: sentence, sources: [{ article: '1', start: 0, end: 10 }], role: 'fact' as const })),
    whoSaidWhat: [],
    whatNext: [],
    coverage: { left: 3, center: 2, right: 3, unknown: 1, blindspot: null },
    sources: [],
    related: [],
    updated: new Date().toISOString(),
    notes: [],
  }));
}

// Bulk setup with one transaction: the bench measures sending, not sign-ups.
function seedSubscribers(path: string, n: number): void {
  const db = new Database(path);
  db.transaction(() => {
    const s = db.prepare('INSERT INTO nl_subscriber (id, email, time_zone, send_hour, created_at) VALUES (?, ?, ?, NULL, ?)');
    const x = db.prepare("INSERT INTO nl_subscription (subscriber_id, list_slug, status, updated_at) VALUES (?, 'daily-digest', 'confirmed', ?)");
    const now = new Date().toISOString();
    for (let i = 1; i <= n; i++) {
      s.run(i, `reader${i}@example.com`, 'UTC', now);
      x.run(i, now);
    }
  })();
  db.close();
}

/** Times each hand-off window: from the call writing an end-of-data mark to the return of the
 * hand-off log's write (both syscalls included, so an upper bound). Wraps net.Socket's write and
 * fs.writeSync for the rest of the process. */
function timeHandOffWindows(): number[] {
  const windows: number[] = [];
  let markAt = 0n;
  const write = net.Socket.prototype.write as (this: net.Socket, ...args: unknown[]) => boolean;
  net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]): boolean {
    const chunk = args[0];
    if (Buffer.isBuffer(chunk) && chunk.length <= 5 && chunk.toString('latin1').endsWith('.\r\n')) markAt = process.hrtime.bigint();
    return write.apply(this, args);
  } as typeof net.Socket.prototype.write;
  const writeSync = fs.writeSync as (...args: unknown[]) => number;
  (fs as { writeSync: unknown }).writeSync = (...args: unknown[]): number => {
    const n = writeSync(...args);
    if (markAt !== 0n && typeof args[1] === 'string' && /^\d+ \d+ \d+\n$/.test(args[1])) {
      windows.push(Number(process.hrtime.bigint() - markAt) / 1000);
      markAt = 0n;
    }
    return n;
  };
  syncBuiltinESMExports();
  return windows;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** Runs the bench. */
export async function run(args: string[]): Promise<void> {
  if (args[0] === '--sink') return sinkChild();
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
  // `--dkim`: sign every message (RSA-2048, relaxed/relaxed), as a production setup would.
  const windows = args.includes('--window') ? timeHandOffWindows() : null;
  const dkim = args.includes('--dkim') ? { domain: 'example.org', selector: 'bench', privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() } : null;
  const dir = mkdtempSync(join(tmpdir(), 'roundup-bench-nl-'));
  const path = join(dir, 'roundup.db');
  const store = openNewsletterSqliteStore({ path });
  await store.migrate();
  await store.insertMissingLists(DEFAULT_LISTS);
  seedSubscribers(path, n);
  const sink = await startSink();
  const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${sink.port}?tls=off`, concurrency: CONNECTIONS, dkim });
  const all = briefings();
  const ctx: NewsletterContext = {
    store,
    briefings: { listBriefings: async () => all.map((b) => ({ briefing: b, version: 1, composedAt: b.updated ?? '' })) },
    mailer,
    clock: systemClock,
    logger: silentLogger,
    random: Math.random,
    mac: hmacMac('bench'),
    settings: { siteName: 'Roundup', publicUrl: 'https://news.example.org', from: 'Roundup <news@example.org>', ratePerSecond: 100_000, concurrency: CONNECTIONS, signupBlocklist: [], softBounceLimit: 5 },
  };
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const composeStart = performance.now();
  const composed = await composeEdition(ctx, 'daily-digest', { immediate: true });
  const composeMs = performance.now() - composeStart;
  const sinkBefore = await sinkCount(sink.child);
  const cpuBefore = process.cpuUsage();
  const sendStart = performance.now();
  const report = await runOutbox(ctx, { untilIdle: true });
  const sendMs = performance.now() - sendStart;
  const senderCpuMs = cpuMs(process.cpuUsage(cpuBefore));
  clearInterval(sampler);
  const delivered = await sinkCount(sink.child);
  await mailer.close();
  sink.child.kill();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const rate = report.sent / (sendMs / 1000);
  const html = Buffer.byteLength(composed?.edition.html ?? '');
  console.log(`newsletter: one edition (${(html / 1024).toFixed(1)} KB HTML, ${composed?.edition.stories.length} briefings) to ${n.toLocaleString('en')} subscribers over ${CONNECTIONS} pooled SMTP connections to a loopback sink${dkim ? ', DKIM-signed' : ''}`);
  console.log(`  compose + enqueue     ${(composeMs / 1000).toFixed(2)} s`);
  console.log(`  sent                  ${report.sent.toLocaleString('en')} (sink accepted ${delivered.count.toLocaleString('en')}, ${(delivered.bytes / 1e6).toFixed(0)} MB), failed ${report.failed}, retried ${report.retried}`);
  console.log(`  throughput            ${rate.toFixed(0)} messages/s   (target >= 1,000; listmonk default rate 100/s)`);
  const sinkCpuMs = delivered.cpuMs - sinkBefore.cpuMs;
  console.log(`  CPU per message       sender ${((senderCpuMs * 1000) / report.sent).toFixed(0)} µs, sink ${((sinkCpuMs * 1000) / report.sent).toFixed(0)} µs   -> ${((1000 * report.sent) / senderCpuMs).toFixed(0)} msg/s per core of sender CPU (independent of other load on the machine)`);
  console.log(`  load average (1 min)  ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores during the run`);
  console.log(`  peak RSS (sender)     ${(peakRss / 1024 / 1024).toFixed(0)} MB   (target < 300 MB)`);
  if (windows) {
    const w = [...windows].sort((a, b) => a - b);
    const us = (p: number) => percentile(w, p).toFixed(1);
    console.log(`  hand-off window       median ${us(0.5)} µs, 90% ${us(0.9)} µs, 99% ${us(0.99)} µs, 99.9% ${us(0.999)} µs, max ${(w[w.length - 1] ?? NaN).toFixed(0)} µs over ${w.length.toLocaleString('en')} messages (mark's write to the hand-off log's line)`);
  }
  if (delivered.count !== n || report.sent !== n) process.exitCode = 1;
}
