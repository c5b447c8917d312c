// GET /healthz: liveness and row counts, never cached.
import type { RouteRegistrar } from '../web-context.ts';

/** GET /healthz */
export const registerHealthRoute: RouteRegistrar = (app, ctx) => {
  app.get('/healthz', async (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ ok: true, counts: await ctx.store.counts() });
  });
};
