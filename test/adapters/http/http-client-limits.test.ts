// Time and size limits: stalled servers and oversize or bomb bodies fail fast, without buffering.
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { isRoundupError } from '../../../src/core/errors.ts';
import { createHttpClient } from '../../../src/adapters/http/index.ts';
import type { HttpClient } from '../../../src/ports/http-client.ts';
import { reply, startServer, TEST_CLIENT_OPTIONS, type TestServer } from './test-server.ts';

const MIB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');

/** Streams `total` bytes with backpressure until done or the client goes away; records what was written. */
function streamBytes(res: ServerResponse, total: number, written: { bytes: number }): void {
  const pump = (): void => {
    while (written.bytes < total && !res.destroyed) {
      written.bytes += CHUNK.length;
      if (!res.write(CHUNK)) { res.once('drain', pump); return; }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

describe('HTTP client limits', () => {
  let server: TestServer;
  let client: HttpClient;
  const streamed = { bytes: 0 };
  const declared = { bytes: 0 };
  const timers = new Set<NodeJS.Timeout>();

  before(async () => {
    server = await startServer({
      '/no-headers': () => { /* accepts the request, never answers */ },
      '/stall': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('x'.repeat(1000)); },
      '/drip': (_req, res) => {
        res.writeHead(200);
        const timer = setInterval(() => { if (!res.destroyed) res.write('.'); }, 40);
        timers.add(timer);
        res.on('close', () => clearInterval(timer));
      },
      '/huge-chunked': (_req, res) => { res.writeHead(200); streamBytes(res, 50 * MIB, streamed); },
      '/huge-declared': (_req, res) => {
        res.writeHead(200, { 'content-length': String(50 * MIB) });
        streamBytes(res, 50 * MIB, declared);
      },
      // 64 MiB of zeros compress to about 64 KiB: fine on the wire, far over the limit once inflated.
      '/gzip-bomb': reply(200, { 'content-encoding': 'gzip' }, zlib.gzipSync(Buffer.alloc(64 * MIB), { level: 9 })),
      '/br-bomb': reply(200, { 'content-encoding': 'br' }, zlib.brotliCompressSync(Buffer.alloc(64 * MIB))),
      '/just-under': reply(200, {}, Buffer.alloc(MIB, 'b')),
      '/robots.txt': reply(200, { 'content-type': 'text/plain' }, `User-agent: *\nDisallow: /a\n${'#'.repeat(MIB)}\n`),
    });
    client = createHttpClient({
      ...TEST_CLIENT_OPTIONS,
      headersTimeoutMs: 300,
      bodyTimeoutMs: 1_500,
      bodyIdleTimeoutMs: 300,
      maxBodyBytes: MIB,
    });
  });
  after(async () => {
    for (const timer of timers) clearInterval(timer);
    await client.close();
    await server.close();
  });

  const get = (path: string) => client.get({ url: `${server.origin}${path}`, purpose: 'feed' });
  const failsWith = (code: string, pattern: RegExp) => (err: unknown) => {
    assert.ok(isRoundupError(err, code), String(err));
    assert.match(err.message, pattern);
    return true;
  };

  it('times out when the headers never come', async () => {
    await assert.rejects(get('/no-headers'), failsWith('fetch/timeout', /no headers within 300 ms/));
  });

  it('times out when the body stalls midway', async () => {
    await assert.rejects(get('/stall'), failsWith('fetch/timeout', /no idle body within 300 ms/));
  });

  it('times out when a trickling body exceeds the total body time', async () => {
    await assert.rejects(get('/drip'), failsWith('fetch/timeout', /no body within 1500 ms/));
  });

  it('counts DNS resolution in the connect timeout', async () => {
    const hanging = createHttpClient({ ...TEST_CLIENT_OPTIONS, allowHosts: ['slow-dns.test'], connectTimeoutMs: 200, lookup: () => new Promise(() => {}) });
    await assert.rejects(hanging.get({ url: 'http://slow-dns.test/', purpose: 'feed' }), failsWith('fetch/timeout', /connect/));
    await hanging.close();
  });

  it('gives up on a 50 MB chunked body soon after the limit, without reading it all', async () => {
    await assert.rejects(get('/huge-chunked'), failsWith('fetch/too-large', /larger than 1 MiB/));
    // What the server managed to write is bounded by socket buffers, not by the 50 MB it offered.
    assert.ok(streamed.bytes < 30 * MIB, `server wrote ${streamed.bytes} bytes`);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    await assert.rejects(get('/huge-declared'), failsWith('fetch/too-large', /body is larger than 1 MiB/));
    assert.ok(declared.bytes < 30 * MIB, `server wrote ${declared.bytes} bytes`);
  });

  it('stops inflating a gzip or brotli bomb at the limit', async () => {
    for (const path of ['/gzip-bomb', '/br-bomb']) {
      await assert.rejects(get(path), failsWith('fetch/too-large', /decompressed body is larger than 1 MiB/));
    }
  });

  it('accepts a body of exactly the limit', async () => {
    const response = await get('/just-under');
    assert.equal(response.kind === 'ok' && response.body.length, MIB);
  });

  it('truncates robots.txt instead of failing (RFC 9309 parses the first 500 KiB)', async () => {
    const response = await client.get({ url: `${server.origin}/robots.txt`, purpose: 'robots' });
    assert.equal(response.kind === 'ok' && response.body.length, 512 * 1024);
  });
});
