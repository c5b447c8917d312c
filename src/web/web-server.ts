// Serves the web app over node:http with @hono/node-server.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';

/** A listening server and the port it got (PORT=0 picks a free one). */
export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on host:port; rejects when the address is taken or not allowed. */
export function startWebServer(app: Hono, options: { host: string; port: number }): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      const close = () => new Promise<void>((done) => {
        server.close(() => done());
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      });
      resolve({ server, port, close });
    });
  });
}
