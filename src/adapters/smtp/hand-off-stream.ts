import { Readable } from 'node:stream';

/** A stream of `message` that calls `onHandOff` when its consumer asks for more after the last
 * byte: the bytes are all with the SMTP connection, and the end-of-data mark is written next,
 * with no network wait in between unless the socket is backed up. */
export function handOffStream(message: Buffer, onHandOff?: () => void): Readable {
  let pushed = false;
  return new Readable({
    read() {
      if (!pushed) {
        pushed = true;
        this.push(message);
        return;
      }
      try {
        onHandOff?.();
      } catch (err) {
        // The hand-off could not be recorded: fail the message before its end-of-data mark,
        // so the server discards it and the row is retried.
        this.destroy(err as Error);
        return;
      }
      this.push(null);
    },
  });
}
