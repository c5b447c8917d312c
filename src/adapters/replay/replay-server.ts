// Offline replay server: serves a directory of feeds and pages over HTTP on loopback, so ingest
// can be tested and benchmarked without the network.
//
// Placeholder: files may write `{{BASE}}` wherever the server's own origin belongs
// (`<link>{{BASE}}/articles/npr/1.html</link>`). When a text file (.xml .rss .atom .json .html
// .txt ...) is loaded, every `{{BASE}}` is replaced by `http://host:port` of this server (or by
// `baseUrl` when given), so one directory works on any port. The ETag is a hash of the served,
// substituted body; Last-Modified is the file's mtime.
//
// Files are cached in memory (LRU, byte budget) and revalidated with one stat per request, so
// edits on disk show up at once. Hidden files, dot segments and encoded traversal are refused.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RoundupError } from '../../core/errors.ts';
import { isNotModified } from './replay-conditional.ts';
import { DEFAULT_CACHE_BYTES, ReplayFileCache, type ServedFile } from './replay-file-cache.ts';
import { resolveRequestPath } from './replay-request-path.ts';

/** Options of the replay server; every field but `dir` and `port` has a default. */
export interface ReplayServerOptions {
  /** Directory to serve. */
  readonly dir: string;
  /** TCP port; 0 picks a free one (see the returned `port`). */
  readonly port: number;
  /** Address to bind; default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** Origin substituted for `{{BASE}}`; default the server's own `http://host:port`. */
  readonly baseUrl?: string;
  /** Memory budget of the file cache in bytes; default 256 MiB. */
  readonly cacheBytes?: number;
  /** Cache-Control max-age in seconds; default 60. */
  readonly maxAgeSeconds?: number;
}

/** A running replay server. */
export interface ReplayServer {
  /** Origin of the server, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections; safe to call twice. */
  close(): Promise<void>;
}

/** Starts a static HTTP server for a replay directory; resolves once it listens. */
export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const root = await realDirectory(options.dir);
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  const port = await listen(server, options.port, host);
  const url = originFor(host, port);
  const cache = new ReplayFileCache(root, stripTrailingSlash(options.baseUrl ?? url), options.cacheBytes ?? DEFAULT_CACHE_BYTES);
  const cacheControl = `public, max-age=${options.maxAgeSeconds ?? 60}`;
  // Attached after listen: no request can be read before this continuation runs.
  server.on('request', (req, res) => {
    handle(req, res, root, cache, cacheControl).catch((err: unknown) => sendError(res, err));
  });
  return { url, port, close: () => closeServer(server) };
}

async function realDirectory(dir: string): Promise<string> {
  try {
    const real = await realpath(dir);
    if ((await stat(real)).isDirectory()) return real;
  } catch (err) {
    throw new RoundupError('replay/not-a-directory', `replay: cannot serve ${dir}: not a readable directory`, { cause: err });
  }
  throw new RoundupError('replay/not-a-directory', `replay: cannot serve ${dir}: not a directory`);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (err) => reject(new RoundupError('replay/listen-failed', `replay: cannot listen on ${host}:${port}: ${err.message}`, { cause: err })));
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

// A wildcard bind is still reached over loopback, so the advertised origin uses loopback.
function originFor(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

function stripTrailingSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

async function handle(req: IncomingMessage, res: ServerResponse, root: string, cache: ReplayFileCache, cacheControl: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
  const target = resolveRequestPath(root, req.url ?? '/');
  if (target.kind === 'bad-request') return sendStatus(res, 400, `bad request: ${target.reason}`);
  if (target.kind === 'not-found') return sendStatus(res, 404, 'not found');
  const found = await cache.lookup(target.filePath);
  if (found.kind === 'missing') return sendStatus(res, 404, 'not found');
  if (found.kind === 'directory') return serveDirectory(req, res, target.filePath, target.urlPath, cache, cacheControl);
  sendFile(req, res, found.file, cacheControl);
}

// A directory is served through its index.html; without the trailing slash, relative links in
// that page would resolve against the parent, so the client is redirected first.
async function serveDirectory(req: IncomingMessage, res: ServerResponse, dirPath: string, urlPath: string, cache: ReplayFileCache, cacheControl: string): Promise<void> {
  if (!urlPath.endsWith('/')) {
    const query = (req.url ?? '').slice(urlPath.length);
    return sendStatus(res, 301, 'moved permanently', { location: `${urlPath}/${query}` });
  }
  const index = await cache.lookup(join(dirPath, 'index.html'));
  if (index.kind !== 'file') return sendStatus(res, 404, 'not found');
  sendFile(req, res, index.file, cacheControl);
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: ServedFile, cacheControl: string): void {
  const validators = { etag: file.etag, 'last-modified': file.lastModified, 'cache-control': cacheControl };
  if (isNotModified(req.headers, file.etag, file.mtimeMs)) {
    res.writeHead(304, validators).end();
    return;
  }
  res.writeHead(200, { ...validators, 'content-type': file.contentType, 'content-length': file.body.length });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

function sendStatus(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = `${message}\n`;
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

// An unexpected failure (EACCES, EMFILE) answers 500 with its reason instead of crashing the server.
function sendError(res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendStatus(res, 500, `internal error: ${err instanceof Error ? err.message : String(err)}`);
}

function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would otherwise hold close() open until they time out.
    server.closeAllConnections();
  });
}
