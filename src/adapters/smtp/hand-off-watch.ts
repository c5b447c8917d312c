// The hand-off point of one message: the write of the end-of-data mark (`.` alone on a line).
// Once it is in the kernel's socket buffer the server gets the whole message even if this
// process is killed (the kernel sends what it holds); until then the server discards a message
// whose connection drops. The outbox row is committed as handed off immediately before that
// write, in the same synchronous turn (no event-loop gap): a kill can only land between the
// commit's own write(2) and the socket's, a few microseconds of CPU. When the socket still has
// bytes queued in this process (the kernel buffer was full), the mark would be queued too and die
// with the process, so then the commit waits until the kernel has everything.
//
// nodemailer's SMTPConnection keeps its socket (the TLS one after STARTTLS) in `_socket` and
// writes the end-of-data mark as a chunk of its own; this watches that socket's writes for the
// duration of one message. Pinned to nodemailer 10.6; test/newsletter/send-kill.test.ts covers it.

/** The parts of a socket the watch reads. */
interface WatchedSocket {
  write: (...args: unknown[]) => boolean;
  destroyed: boolean;
  writableLength: number;
  _handle?: { writeQueueSize?: number } | null;
}

const TERMINATORS = ['.\r\n', '\r\n.\r\n', '\n.\r\n'];

/** Watches `connection`'s socket until `stop()`; calls `onHandOff` once, just before the end-of-data mark is written. */
export function watchHandOff(connection: unknown, onHandOff: () => void, onError: (err: unknown) => void): { messageEnded(): void; stop(): void } {
  const socket = (connection as { _socket?: WatchedSocket })._socket;
  if (!socket) return { messageEnded() {}, stop() {} };
  let ended = false;
  let done = false;
  const original = socket.write;
  const queued = () => (socket._handle?.writeQueueSize ?? socket.writableLength) > 0;
  const commitWhenFlushed = (): void => {
    if (done || socket.destroyed) return;
    if (queued()) return void setImmediate(commitWhenFlushed);
    done = true;
    try {
      onHandOff();
    } catch (err) {
      onError(err);
    }
  };
  socket.write = function (this: WatchedSocket, ...args: unknown[]) {
    if (!ended || done || !isTerminator(args[0])) return original.apply(this, args);
    if (queued()) {
      // Rare: the mark joins a queue in this process; commit once the kernel has it all.
      const result = original.apply(this, args);
      commitWhenFlushed();
      return result;
    }
    done = true;
    try {
      onHandOff();
    } catch (err) {
      // Not recorded: drop the connection instead of finishing the message, so the server
      // discards it and the row is retried.
      onError(err);
      (this as unknown as { destroy(e?: Error): void }).destroy(err as Error);
      return false;
    }
    return original.apply(this, args);
  };
  return {
    messageEnded: () => void (ended = true),
    stop: () => {
      socket.write = original;
    },
  };
}

function isTerminator(chunk: unknown): boolean {
  if (typeof chunk === 'string') return TERMINATORS.includes(chunk);
  return Buffer.isBuffer(chunk) && chunk.length <= 5 && TERMINATORS.includes(chunk.toString('latin1'));
}
