import type { IncomingMessage } from 'node:http';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { isRoundupError } from '../../core/errors.ts';
import { badEncodingError, networkError, tooLargeError } from '../../stages/fetch/fetch-errors.ts';

/** How to read one response body. */
export interface BodyReadOptions {
  /** The URL named in errors. */
  readonly url: string;
  readonly maxBytes: number;
  /** 'throw' fails with `fetch/too-large`; 'truncate' keeps the first maxBytes (robots.txt, per RFC 9309). */
  readonly overflow: 'throw' | 'truncate';
  /** Called on every raw chunk, e.g. to reset an idle timer. */
  readonly onChunk?: () => void;
}

type Chunks = AsyncIterable<Buffer>;

// Truncated gzip/deflate/brotli streams are common on the web; browsers and curl keep what
// decoded, so flush what we have instead of failing at the end.
const DECODERS: Readonly<Record<string, (source: Chunks) => Chunks>> = Object.freeze({
  gzip: (source) => through(source, zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH })),
  'x-gzip': (source) => through(source, zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH })),
  deflate: inflateEitherForm,
  br: (source) => through(source, zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH })),
  identity: (source) => source,
});

/** Reads, decompresses and limits a response body while it streams: never holds more than maxBytes (plus one chunk). */
export async function readBody(response: IncomingMessage, options: BodyReadOptions): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (options.overflow === 'throw' && Number.isFinite(declared) && declared > options.maxBytes) {
    throw tooLargeError(options.url, options.maxBytes, false);
  }
  let stream: Chunks = limitRaw(response, options);
  for (const encoding of contentEncodings(response, options.url).reverse()) {
    stream = decodeErrorsAsBadEncoding(DECODERS[encoding]?.(stream) ?? stream, options.url);
  }
  return collect(stream, options);
}

function contentEncodings(response: IncomingMessage, url: string): string[] {
  const header = response.headers['content-encoding'] ?? '';
  const encodings = header.split(',').map((e) => e.trim().toLowerCase()).filter((e) => e !== '');
  const unknown = encodings.find((e) => !(e in DECODERS));
  if (unknown !== undefined) throw badEncodingError(url, `unsupported Content-Encoding "${unknown}"`);
  return encodings;
}

// Counts bytes as they arrive off the socket, before any decompression; also turns socket
// failures into `fetch/network` so that any other error downstream can only come from zlib.
async function* limitRaw(response: IncomingMessage, options: BodyReadOptions): Chunks {
  let total = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      options.onChunk?.();
      total += chunk.length;
      if (total > options.maxBytes && options.overflow === 'throw') throw tooLargeError(options.url, options.maxBytes, false);
      yield chunk;
      if (total > options.maxBytes) return;
    }
  } catch (err) {
    throw isRoundupError(err) ? err : networkError(options.url, err);
  } finally {
    if (!response.complete) response.destroy();
  }
}

async function* decodeErrorsAsBadEncoding(source: Chunks, url: string): Chunks {
  try {
    yield* source;
  } catch (err) {
    throw isRoundupError(err) ? err : badEncodingError(url, describeZlibError(err), err);
  }
}

// Keeps at most maxBytes of decoded output; stopping the loop early tears the whole chain down.
async function collect(stream: Chunks, options: BodyReadOptions): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const room = options.maxBytes - total;
    if (chunk.length > room) {
      if (options.overflow === 'throw') throw tooLargeError(options.url, options.maxBytes, true);
      chunks.push(chunk.subarray(0, room));
      total += room;
      break;
    }
    chunks.push(chunk);
    total += chunk.length;
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Buffer[], total: number): Uint8Array {
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

// Runs the chunks through a zlib transform; its output is read with backpressure, so a
// decompression bomb only ever inflates as far as the consumer reads.
async function* through(source: Chunks, transform: Transform): Chunks {
  const feeding = pipeline(Readable.from(source), transform).catch((err: unknown) => transform.destroy(err as Error));
  try {
    yield* transform as AsyncIterable<Buffer>;
  } finally {
    transform.destroy();
    await feeding;
  }
}

// "deflate" should be a zlib stream (RFC 9110), but some servers send raw deflate: look at the header.
async function* inflateEitherForm(source: Chunks): Chunks {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest: Chunks = { [Symbol.asyncIterator]: () => iterator };
  const options = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const inflater = hasZlibHeader(first.value) ? zlib.createInflate(options) : zlib.createInflateRaw(options);
  yield* through(prepend(first.value, rest), inflater);
}

async function* prepend(head: Buffer, rest: Chunks): Chunks {
  yield head;
  yield* rest;
}

// RFC 1950: compression method 8 with a window of at most 32 KiB, and CMF*256+FLG divisible by 31.
function hasZlibHeader(chunk: Buffer): boolean {
  const cmf = chunk[0] ?? 0;
  const flg = chunk[1];
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7) return false;
  return flg === undefined || ((cmf << 8) | flg) % 31 === 0;
}

function describeZlibError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `corrupt compressed data (${message})`;
}
