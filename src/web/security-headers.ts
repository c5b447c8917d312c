// A strict Content-Security-Policy and companions on every response: no inline script or style,
// nothing loaded from elsewhere, forms post only here, and no framing.
import type { MiddlewareHandler } from 'hono';

/** The policy: everything from 'self' at most; JSON-LD is a data block, not script, so it needs no allowance. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Middleware that sets the security headers after the handler ran, keeping a CSP the route set itself. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    // A route may choose a policy of its own (the email preview needs the inline styles of email
    // HTML); every other response gets the strict one.
    if (!h.has('content-security-policy')) h.set('content-security-policy', CONTENT_SECURITY_POLICY);
    h.set('x-content-type-options', 'nosniff');
    h.set('referrer-policy', 'strict-origin-when-cross-origin');
    h.set('x-frame-options', 'DENY');
    h.set('cross-origin-opener-policy', 'same-origin');
    h.set('permissions-policy', 'interest-cohort=(), camera=(), microphone=(), geolocation=()');
  };
}
