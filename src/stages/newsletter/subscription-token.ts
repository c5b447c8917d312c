// Signed, expiring tokens for the links in emails and on pages (confirm, unsubscribe, manage).
// A token is base64url(JSON payload) + "." + MAC. The MAC function is a parameter (the app binds
// HMAC-SHA256 to the secret) and so is the time, so this file stays pure and testable.

/** What a token lets its holder do. */
export type TokenPurpose = 'confirm' | 'unsubscribe' | 'manage';

/** A token's claims. */
export interface TokenClaims {
  readonly purpose: TokenPurpose;
  readonly subscriber: number;
  /** The list a confirm or unsubscribe token is about; confirm may name several. */
  readonly lists: readonly string[];
  /** Expiry, seconds since the epoch. */
  readonly expires: number;
}

/** A keyed MAC over a string, as base64url (HMAC-SHA256 bound to the secret in production). */
export type Mac = (data: string) => string;

/** How long each kind of token stays valid, in seconds. Unsubscribe links in old emails must keep working for a long time. */
export const TOKEN_LIFETIME_SECONDS: Readonly<Record<TokenPurpose, number>> = Object.freeze({
  confirm: 7 * 24 * 3600,
  manage: 90 * 24 * 3600,
  unsubscribe: 400 * 24 * 3600,
});

/** Why a token was refused. */
export type TokenProblem = 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose';

/** Signs claims for `purpose`, expiring its lifetime after `now`. */
export function signToken(mac: Mac, now: Date, purpose: TokenPurpose, subscriber: number, lists: readonly string[]): string {
  const claims: TokenClaims = { purpose, subscriber, lists, expires: Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_SECONDS[purpose] };
  const body = base64url(JSON.stringify([claims.purpose, claims.subscriber, claims.lists, claims.expires]));
  return `${body}.${mac(body)}`;
}

/** Verifies a token's MAC, purpose and expiry at `now`; the claims, or the reason it is refused. */
export function verifyToken(mac: Mac, now: Date, token: string, purpose: TokenPurpose): TokenClaims | { readonly problem: TokenProblem } {
  const dot = token.indexOf('.');
  if (dot <= 0 || token.length > 2048) return { problem: 'malformed' };
  const body = token.slice(0, dot);
  if (!constantTimeEqual(mac(body), token.slice(dot + 1))) return { problem: 'bad-signature' };
  const claims = decodeClaims(body);
  if (!claims) return { problem: 'malformed' };
  if (claims.purpose !== purpose) return { problem: 'wrong-purpose' };
  if (claims.expires * 1000 < now.getTime()) return { problem: 'expired' };
  return claims;
}

function decodeClaims(body: string): TokenClaims | null {
  try {
    const value: unknown = JSON.parse(fromBase64url(body));
    if (!Array.isArray(value) || value.length !== 4) return null;
    const [purpose, subscriber, lists, expires] = value as unknown[];
    if (purpose !== 'confirm' && purpose !== 'unsubscribe' && purpose !== 'manage') return null;
    if (!Number.isSafeInteger(subscriber) || !Number.isSafeInteger(expires)) return null;
    if (!Array.isArray(lists) || !lists.every((l) => typeof l === 'string')) return null;
    return { purpose, subscriber: subscriber as number, lists: lists as string[], expires: expires as number };
  } catch {
    return null;
  }
}

// Compares every character whatever the first difference, so timing does not reveal a MAC prefix.
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i % Math.max(1, b.length));
  return diff === 0;
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
