// JSX to an HTML document string; hono/jsx renders to a string or a promise of one.
import type { JSX } from 'hono/jsx/jsx-runtime';

/** `<!doctype html>` followed by the rendered element. */
export async function renderDocument(element: JSX.Element): Promise<string> {
  return `<!doctype html>${await element.toString()}`;
}

/** A Response for an HTML document. */
export async function htmlResponse(element: JSX.Element, status = 200, headers: Record<string, string> = {}): Promise<Response> {
  return new Response(await renderDocument(element), { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}
