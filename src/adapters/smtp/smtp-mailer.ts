// The Mailer port over SMTP: a pool of nodemailer SMTPConnections (one message at a time each,
// reused across messages), messages composed and DKIM-signed before the conversation, and a
// hand-off hooks around the end-of-data mark's write (hand-off-watch.ts). Replies become values:
// 250 accepted; 4xx, dropped connections and timeouts temporary; 5xx permanent.
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { RoundupError } from '../../core/errors.ts';
import type { HandOffHooks, Mailer, OutgoingMessage, SendOutcome } from '../../ports/mailer.ts';
import { composeMessage, type DkimKey } from './message-compose.ts';
import { messageStream } from './message-stream.ts';
import { watchHandOff } from './hand-off-watch.ts';
import { parseSmtpUrl, type SmtpEndpoint } from './smtp-url.ts';

/** Options of createSmtpMailer. */
export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587`, `smtps://…:465`; `?tls=off` or `?verify=off` for loopback servers. */
  readonly url: string;
  /** Connections in the pool. */
  readonly concurrency: number;
  readonly dkim: DkimKey | null;
  /** Name given in EHLO; the machine's host name by default. */
  readonly clientName?: string;
  /** Per-phase socket timeout in ms (default 60 s). */
  readonly timeoutMs?: number;
  /** Told when a hand-off hook throws (before the mark: the message is abandoned; after it: it is on its way). */
  readonly onHookError?: (err: unknown) => void;
}

const NO_HOOKS: HandOffHooks = { beforeMark: () => undefined, afterMark: () => undefined };

interface Slot {
  connection: SMTPConnection | null;
}

/** Creates a pooled SMTP mailer; connections open on first use. */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const endpoint = parseSmtpUrl(options.url);
  const frozen = Object.freeze({ ...options, endpoint, timeoutMs: options.timeoutMs ?? 60_000 });
  return new SmtpMailer(frozen);
}

class SmtpMailer implements Mailer {
  private readonly idle: Slot[] = [];
  private readonly waiters: ((slot: Slot) => void)[] = [];
  private closed = false;

  constructor(private readonly options: SmtpMailerOptions & { endpoint: SmtpEndpoint; timeoutMs: number }) {
    for (let i = 0; i < Math.max(1, options.concurrency); i++) this.idle.push({ connection: null });
  }

  async send(message: OutgoingMessage, handOff?: HandOffHooks): Promise<SendOutcome> {
    if (this.closed) throw new RoundupError('smtp/closed', 'the mailer is closed');
    const raw = await composeMessage(message, this.options.dkim);
    const slot = await this.acquire();
    try {
      return await this.sendOn(slot, message, raw, handOff ?? NO_HOOKS);
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.idle) closeSlot(slot);
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiters.shift();
    if (next) next(slot);
    else if (this.closed) closeSlot(slot);
    else this.idle.push(slot);
  }

  private async sendOn(slot: Slot, message: OutgoingMessage, raw: Buffer, handOff: HandOffHooks): Promise<SendOutcome> {
    try {
      slot.connection ??= await this.connect(slot);
    } catch (err) {
      return rejection(err);
    }
    const connection = slot.connection;
    return new Promise((resolve) => {
      const stream = messageStream(raw);
      const watch = watchHandOff(connection, handOff, (err) => this.options.onHookError?.(err));
      // Once the whole message has been read, the next chunk on the socket is the end-of-data mark.
      stream.once('end', () => watch.messageEnded());
      connection.send({ from: message.envelopeFrom, to: [message.to] }, stream, (err, info) => {
        watch.stop();
        if (!err) return resolve({ kind: 'accepted', response: info?.response ?? '250' });
        const outcome = rejection(err);
        // A refused envelope or message leaves the session usable after RSET; anything else
        // (421, a dropped socket, a timeout) may have left it mid-command: start afresh.
        const code = (err as { code?: string }).code;
        // The slot is released only after RSET completes, so no other message starts mid-reset.
        if ((code === 'EENVELOPE' || code === 'EMESSAGE') && outcome.responseCode !== 421) {
          connection.reset((resetErr) => {
            if (resetErr) dropConnection(slot);
            resolve(outcome);
          });
          return;
        }
        dropConnection(slot);
        resolve(outcome);
      });
    });
  }

  private connect(slot: Slot): Promise<SMTPConnection> {
    const e = this.options.endpoint;
    const connection = new SMTPConnection({
      host: e.host,
      port: e.port,
      secure: e.secure,
      ignoreTLS: e.ignoreTLS,
      tls: { rejectUnauthorized: e.rejectUnauthorized },
      name: this.options.clientName,
      connectionTimeout: this.options.timeoutMs,
      greetingTimeout: this.options.timeoutMs,
      socketTimeout: this.options.timeoutMs,
    });
    return new Promise((resolve, reject) => {
      // Setup errors arrive as events; later ones also reach the send callback, and this
      // listener keeps them from crashing the process.
      connection.on('error', reject);
      // A server that closes an idle connection must not cost the next message a retry.
      connection.once('end', () => {
        if (slot.connection === connection) slot.connection = null;
      });
      connection.connect((err?: Error | null) => {
        if (err) return reject(err);
        if (!e.auth) return resolve(connection);
        connection.login({ user: e.auth.user, pass: e.auth.pass }, (loginErr?: Error | null) => (loginErr ? reject(loginErr) : resolve(connection)));
      });
    });
  }
}

function closeSlot(slot: Slot): void {
  if (slot.connection) slot.connection.quit();
  slot.connection = null;
}

function dropConnection(slot: Slot): void {
  slot.connection?.close();
  slot.connection = null;
}

/** A nodemailer error as a rejection: permanent only for a 5xx reply. */
function rejection(err: unknown): SendOutcome & { kind: 'rejected' } {
  const e = err as { responseCode?: number; response?: string; message?: string };
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const message = (e.response ?? e.message ?? String(err)).replace(/\s+/g, ' ').slice(0, 300);
  return { kind: 'rejected', permanent: responseCode !== null && responseCode >= 500, responseCode, message };
}
