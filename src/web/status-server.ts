import { createServer, type Server } from 'node:http';
import type { Store } from '../ports/store.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The status page: counts and each feed's state, until the website issue replaces it. */
async function statusPage(store: Store): Promise<string> {
  const [counts, outlets, feeds] = await Promise.all([store.counts(), store.listOutlets(), store.listFeeds()]);
  const names = new Map(outlets.map((o) => [o.id, o.name]));
  const rows = feeds
    .map((f) => `<tr><td>${escapeHtml(names.get(f.outletId) ?? f.outletId)}</td><td>${escapeHtml(f.url)}</td><td>${escapeHtml(f.lastCheckedAt ?? 'never')}</td><td>${escapeHtml(f.lastError ?? 'ok')}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Roundup</title><meta name="viewport" content="width=device-width,initial-scale=1"></head><body><h1>Roundup</h1><p>${counts.outlets} outlets, ${counts.feeds} feeds, ${counts.items} items, ${counts.articles} articles.</p><table><thead><tr><th>Outlet</th><th>Feed</th><th>Last checked</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

/** Starts the HTTP server of `roundup start`: `/healthz` and a status page. */
export function startStatusServer(store: Store, options: { host: string; port: number }): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const respond = async () => {
      if (path === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, counts: await store.counts() }));
      } else if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" }).end(await statusPage(store));
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      }
    };
    respond().catch(() => res.writeHead(500).end());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
