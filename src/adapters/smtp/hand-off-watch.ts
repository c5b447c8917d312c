// The hand-off point of one message: the write of the end-of-data mark (`.` alone on a line).
// Until the mark is in the kernel's socket buffer, a sender that dies leaves the server with an
// unfinished message, which it discards; once it is there, the kernel sends it even after the
// process is killed, and the server keeps the message. So the watch brackets that one write:
// - `beforeMark` runs immediately before it (the outbox row is committed as `handing-off`);
// - `afterMark` runs immediately after it, in the same synchronous turn, when the kernel took
//   every byte at once (the hand-off is recorded: a line in the hand-off log, then the
//   `handed-off` commit). When bytes are still queued in this process (the kernel's buffer was
//   full), the mark is queued behind them and would die with the process, so `afterMark` waits
//   until the kernel has everything.
// A kill between the mark's write and that record leaves the row `handing-off` with no log line:
// the server may or may not have the message, and no client can tell which (README.md of
// src/app/newsletter says what follows).
//
// nodemailer's SMTPConnection keeps its socket (the TLS one after STARTTLS) in `_socket` and
// writes the end-of-data mark as a chunk of its own; this watches that socket's writes for the
// duration of one message. Pinned to nodemailer 10.6; test/newsletter/smtp-send.test.ts and
// send-kill.test.ts cover it.
import type { HandOffHooks } from '../../ports/mailer.ts';

/** The parts of a socket the watch reads. */
interface WatchedSocket {
  write: (...args: unknown[]) => boolean;
  destroy: (err?: Error) => void;
  destroyed: boolean;
  writableLength: number;
  _handle?: { writeQueueSize?: number } | null;
}

const TERMINATORS = ['.\r\n', '\r\n.\r\n', '\n.\r\n'];

/** Watches `connection`'s socket until `stop()`, calling the hooks around the end-of-data mark's write. */
export function watchHandOff(connection: unknown, hooks: HandOffHooks, onError: (err: unknown) => void): { messageEnded(): void; stop(): void } {
  const socket = (connection as { _socket?: WatchedSocket })._socket;
  if (!socket) return { messageEnded() {}, stop() {} };
  let ended = false;
  let marked = false;
  let stopped = false;
  const original = socket.write;
  // Bytes the kernel does not have yet: libuv's queue and the stream's own buffer.
  const queued = () => (socket._handle?.writeQueueSize ?? 0) > 0 || socket.writableLength > 0;
  const afterMark = (): void => {
    try {
      hooks.afterMark();
    } catch (err) {
      // The mark is on its way and cannot be recalled; the row stays `handing-off`.
      onError(err);
    }
  };
  // Once the reply has come (stop()), the sender records the outcome itself.
  const afterFlush = (): void => {
    if (stopped || socket.destroyed) return;
    if (queued()) return void setImmediate(afterFlush);
    afterMark();
  };
  socket.write = function (this: WatchedSocket, ...args: unknown[]) {
    if (!ended || marked || !isTerminator(args[0])) return original.apply(this, args);
    marked = true;
    try {
      hooks.beforeMark();
    } catch (err) {
      // Not recorded: drop the connection instead of finishing the message, so the server
      // discards it and the row is retried.
      onError(err);
      this.destroy(err as Error);
      return false;
    }
    const result = original.apply(this, args);
    if (queued()) setImmediate(afterFlush);
    else afterMark();
    return result;
  };
  return {
    messageEnded: () => void (ended = true),
    stop: () => {
      stopped = true;
      socket.write = original;
    },
  };
}

function isTerminator(chunk: unknown): boolean {
  if (typeof chunk === 'string') return TERMINATORS.includes(chunk);
  return Buffer.isBuffer(chunk) && chunk.length <= 5 && TERMINATORS.includes(chunk.toString('latin1'));
}
