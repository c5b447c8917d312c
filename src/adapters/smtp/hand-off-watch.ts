// The hand-off point of one message: the moment the end-of-data mark (`.` alone on a line) has
// been written into the kernel's socket buffer. From then on the server gets the whole message
// even if this process is killed (the kernel sends what it holds), so that is where the outbox
// row is committed as handed off — synchronously, in the same turn as the write, leaving no
// event-loop gap in which a kill could separate the two.
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

/** Watches `connection`'s socket until `stop()`; calls `onHandOff` once the end-of-data mark is in the kernel. */
export function watchHandOff(connection: unknown, onHandOff: () => void, onError: (err: unknown) => void): { messageEnded(): void; stop(): void } {
  const socket = (connection as { _socket?: WatchedSocket })._socket;
  if (!socket) return { messageEnded() {}, stop() {} };
  let ended = false;
  let done = false;
  const original = socket.write;
  const fire = () => {
    if (done || socket.destroyed) return;
    // Bytes still queued in this process (the kernel buffer was full) would die with it.
    if ((socket._handle?.writeQueueSize ?? socket.writableLength) > 0) return void setImmediate(fire);
    done = true;
    try {
      onHandOff();
    } catch (err) {
      onError(err);
    }
  };
  socket.write = function (this: WatchedSocket, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (ended && !done && isTerminator(args[0])) fire();
    return result;
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
