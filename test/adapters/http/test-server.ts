// A real HTTP server on loopback for the adapter tests: routes by path, records every request
// with its arrival and finish times, and counts TCP connections (a connect spy on the server side).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A route handler; it may answer late or never. */
export type Handler = (req: IncomingMessage, res: ServerResponse, server: TestServer) => void;

/** One request as the server saw it. */
export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly arrivedAt: number;
  finishedAt: number | null;
}

/** A running loopback server. */
export interface TestServer {
  readonly port: number;
  /** http://127.0.0.1:<port> (or http://[::1]:<port>). */
  readonly origin: string;
  readonly requests: SeenRequest[];
  /** TCP connections accepted so far. */
  connections: number;
  /** Replaces or adds a route. */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a server on `host` port 0 with the given routes; unknown paths get 404. */
export async function startServer(routes: Record<string, Handler> = {}, host = '127.0.0.1'): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const sockets = new Set<Socket>();
  const httpServer = http.createServer();
  const server: TestServer = {
    port: 0,
    origin: '',
    requests: [],
    connections: 0,
    route: (path, handler) => { table.set(path, handler); },
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      httpServer.close(() => resolve());
    }),
  };
  httpServer.on('connection', (socket: Socket) => {
    server.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const seen: SeenRequest = { path, headers: req.headers, arrivedAt: performance.now(), finishedAt: null };
    server.requests.push(seen);
    res.on('close', () => { seen.finishedAt = performance.now(); });
    const handler = table.get(path);
    if (handler) handler(req, res, server);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => httpServer.listen(0, host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const origin = host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
  return Object.assign(server, { port, origin });
}

/** Requests the server saw for a path. */
export function seen(server: TestServer, path: string): SeenRequest[] {
  return server.requests.filter((r) => r.path === path);
}

/** Answers with a status, headers and a body. */
export function reply(status: number, headers: Record<string, string> = {}, body: string | Buffer = ''): Handler {
  return (_req, res) => { res.writeHead(status, headers).end(body); };
}

/** Options that make tests fast and deterministic: loopback allowed, no politeness delay, no robots. */
export const TEST_CLIENT_OPTIONS = Object.freeze({
  allowHosts: ['127.0.0.1', '::1', 'localhost'],
  perHostDelayMs: 0,
  perHostConcurrency: 4,
  respectRobots: false,
});
