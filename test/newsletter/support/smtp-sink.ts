// A real SMTP server on loopback (smtp-server) that keeps every message it accepted in full.
// A message counts only when its end-of-data mark arrived: a client that dies mid-DATA leaves
// nothing, as with any real MTA. Behaviour hooks let a test refuse, defer or drop.
// With `dedupeByMessageId`, it models a mailbox store with duplicate suppression (Cyrus IMAP's
// `duplicatesuppression`, Sieve's RFC 7352 `duplicate` test): a copy whose Message-ID that
// recipient already received is accepted (250) but kept apart in `duplicates`, not delivered.
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** One accepted message. */
export interface SinkMessage {
  readonly envelopeFrom: string;
  readonly recipients: readonly string[];
  readonly raw: Buffer;
}

/** What the sink answers for a recipient: accept, or an SMTP error code with a message. */
export type RcptRule = (address: string) => { code: number; message: string } | null;

/** A running sink. */
export interface SmtpSink {
  readonly url: string;
  readonly port: number;
  /** Delivered messages. */
  readonly messages: SinkMessage[];
  /** Accepted copies not delivered because the recipient already had their Message-ID (only with `dedupeByMessageId`). */
  readonly duplicates: SinkMessage[];
  /** Set to refuse or defer recipients. */
  rcptRule: RcptRule;
  /** Set to answer the end of DATA with an error (e.g. 421) for the next N messages. */
  failDataNext: { count: number; code: number; message: string };
  /** Set to drop every connection in the middle of the next N messages' DATA. */
  dropDuringData: number;
  close(): Promise<void>;
}

/** Starts a sink on 127.0.0.1 at a free port (or `port`). */
export async function startSmtpSink(options: { port?: number; dedupeByMessageId?: boolean } = {}): Promise<SmtpSink> {
  const delivered = new Set<string>();
  const sink: SmtpSink = {
    url: '',
    port: 0,
    messages: [],
    duplicates: [],
    rcptRule: () => null,
    failDataNext: { count: 0, code: 421, message: 'try later' },
    dropDuringData: 0,
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const rule = sink.rcptRule(address.address);
      if (!rule) return callback();
      const err = Object.assign(new Error(rule.message), { responseCode: rule.code });
      callback(err);
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let dropped = false;
      stream.on('data', (c: Buffer) => {
        chunks.push(c);
        if (sink.dropDuringData > 0 && !dropped) {
          // The server goes away before accepting: whatever arrived is not delivered.
          dropped = true;
          sink.dropDuringData -= 1;
          for (const conn of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) conn._socket.destroy();
        }
      });
      stream.on('error', () => undefined);
      stream.on('end', () => {
        if (dropped) return;
        if (sink.failDataNext.count > 0) {
          sink.failDataNext.count -= 1;
          return callback(Object.assign(new Error(sink.failDataNext.message), { responseCode: sink.failDataNext.code }));
        }
        const message = {
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          recipients: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        };
        const id = messageIdOf(message.raw);
        const keys = message.recipients.map((r) => `${r.toLowerCase()} ${id}`);
        if (options.dedupeByMessageId && id !== '' && keys.every((k) => delivered.has(k))) sink.duplicates.push(message);
        else sink.messages.push(message);
        for (const k of keys) delivered.add(k);
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}?tls=off`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return sink;
}

/** The Message-ID header of a raw message, or '' when it has none. */
export function messageIdOf(raw: Buffer): string {
  const head = raw.toString('latin1', 0, Math.max(0, raw.indexOf('\r\n\r\n')));
  return /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '';
}
