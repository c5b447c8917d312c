/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Errors answered by what the client accepts: JSON under /api and for JSON clients, else an HTML page.
// Expected failures (HttpError) keep their status and message; anything else is a 500 without details.
import type { Context } from 'hono';
import type { SiteConfig } from '../config/config.ts';
import { HttpError } from './http-error.ts';
import { htmlResponse } from './render-page.ts';
import { ErrorPage } from './views/error-page.tsx';

/** True when the client should get JSON: API paths, or an Accept that prefers JSON over HTML. */
export function wantsJson(path: string, accept: string | undefined): boolean {
  if (path.startsWith('/api/')) return true;
  if (!accept) return false;
  const json = accept.indexOf('application/json');
  const html = accept.indexOf('text/html');
  return json !== -1 && (html === -1 || json < html);
}

/** Status, code and message of any thrown value, safe to show. */
export function publicError(err: unknown): { status: number; code: string; message: string } {
  if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message };
  return { status: 500, code: 'web/internal', message: 'The server could not answer this request.' };
}

/** The error response for a request. */
export async function errorResponse(c: Context, site: SiteConfig, status: number, code: string, message: string): Promise<Response> {
  const headers = { 'cache-control': 'no-store' };
  if (wantsJson(c.req.path, c.req.header('accept'))) {
    return new Response(JSON.stringify({ error: { status, code, message } }), { status, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
  }
  return htmlResponse(<ErrorPage site={site} status={status} message={message} path={c.req.path} />, status, headers);
}
