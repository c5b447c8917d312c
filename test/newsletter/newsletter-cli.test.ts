// `roundup newsletter …` end to end: lists --json, subscribers add (confirmed, and a bad address),
// send SLUG --now into a real SMTP server on loopback, a DSN through `bounce`, suppressions.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.ts';

const bin = new URL('../../bin/roundup.js', import.meta.url).pathname;

function roundup(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('roundup newsletter', () => {
  let dir: string;
  let sink: SmtpSink;
  let env: Record<string, string>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roundup-nl-cli-'));
    sink = await startSmtpSink();
    env = { ROUNDUP_DATA_DIR: dir, ROUNDUP_SMTP_URL: sink.url, ROUNDUP_SEED_OUTLETS: 'false', ROUNDUP_LOG_LEVEL: 'warn', ROUNDUP_MAIL_FROM: 'Desk <desk@example.org>', ROUNDUP_PUBLIC_URL: 'https://news.example.org' };
  });
  after(async () => {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists, adds subscribers, sends an edition now, and handles a bounce', async () => {
    const lists = await roundup(['newsletter', 'lists', '--json'], env);
    assert.equal(lists.code, 0, lists.stderr);
    assert.deepEqual((JSON.parse(lists.stdout) as { slug: string }[]).map((l) => l.slug), ['daily-digest', 'good-news', 'morning-briefing']);

    const added = await roundup(['newsletter', 'subscribers', 'add', 'Reader@Example.com', '--list', 'morning-briefing', '--confirmed', '--json'], env);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(JSON.parse(added.stdout).subscriptions[0].status, 'confirmed');

    const bad = await roundup(['newsletter', 'subscribers', 'add', 'no-at-sign', '--list', 'morning-briefing', '--confirmed'], env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^roundup: "no-at-sign" is not a usable address \(malformed\)\n$/);

    const sent = await roundup(['newsletter', 'send', 'morning-briefing', '--now', '--json'], env);
    assert.equal(sent.code, 0, sent.stderr);
    const report = JSON.parse(sent.stdout) as { sent: number; outbox: Record<string, number> };
    assert.equal(report.sent, 1);
    assert.equal(sink.messages.length, 1);
    assert.deepEqual(sink.messages[0]!.recipients, ['Reader@example.com']);
    assert.match(sink.messages[0]!.raw.toString('latin1'), /^List-Unsubscribe:\s+<https:\/\/news\.example\.org\/newsletter\/unsubscribe\?token=/m);

    const dsn = [
      'From: MAILER-DAEMON@mx.example.com', `To: ${sink.messages[0]!.envelopeFrom}`, 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'Delivery failed.', '--b',
      'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '', 'Final-Recipient: rfc822; Reader@example.com', 'Action: failed', 'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 no such user', '', '--b--', '',
    ].join('\r\n');
    writeFileSync(join(dir, 'dsn.eml'), dsn);
    const bounced = await roundup(['newsletter', 'bounce', join(dir, 'dsn.eml'), '--json'], env);
    assert.equal(bounced.code, 0, bounced.stderr);
    assert.deepEqual(JSON.parse(bounced.stdout), { kind: 'hard-bounce', recipient: 'reader@example.com', action: 'suppressed' });
    const suppressions = await roundup(['newsletter', 'suppressions', '--json'], env);
    assert.equal(JSON.parse(suppressions.stdout)[0].reason, 'hard-bounce');
  });
});
