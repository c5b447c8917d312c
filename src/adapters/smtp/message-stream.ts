import { Readable } from 'node:stream';

/** A stream of one message buffer. */
export function messageStream(message: Buffer): Readable {
  return Readable.from([message], { objectMode: false });
}
