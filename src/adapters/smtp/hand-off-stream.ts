import { Readable } from 'node:stream';

/** Where the connection's outgoing bytes are: all handed to the kernel, some still queued in
 * this process, or the socket is gone. */
export type SocketFlush = () => 'flushed' | 'queued' | 'closed';

/** A stream of `message` that, once its consumer asks for more after the last byte and the
 * socket has handed every byte to the kernel, calls `onHandOff` and ends. Ending makes the SMTP
 * client write the end-of-data mark within a few ticks of the event loop and no network wait:
 * from the hook on, a killed process still leaves the whole message with the kernel, which
 * delivers it after the process is gone. */
export function handOffStream(message: Buffer, flush: SocketFlush, onHandOff?: () => void): Readable {
  let pushed = false;
  let finishing = false;
  const stream = new Readable({
    read() {
      if (!pushed) {
        pushed = true;
        this.push(message);
        return;
      }
      if (!finishing) {
        finishing = true;
        finish();
      }
    },
  });
  // Bytes still queued in this process would die with it: wait until the kernel has them all.
  const finish = (): void => {
    const state = flush();
    if (state === 'queued') return void setImmediate(finish);
    if (state === 'closed') return void stream.destroy(new Error('connection closed before the end of the message'));
    try {
      onHandOff?.();
    } catch (err) {
      // The hand-off could not be recorded: fail the message before its end-of-data mark, so
      // the server discards it and the row is retried.
      stream.destroy(err as Error);
      return;
    }
    stream.push(null);
  };
  return stream;
}
