// A small DKIM verifier for tests (mailauth does not install on Node 20): relaxed/relaxed
// canonicalisation (RFC 6376 §3.4.2, §3.4.4) and rsa-sha256, against a known public key.
import { createHash, createVerify } from 'node:crypto';

/** Result of verifying the first DKIM-Signature of a message. */
export interface DkimResult {
  readonly ok: boolean;
  readonly reason: string;
  readonly domain: string | null;
  readonly selector: string | null;
}

/** Verifies the message's DKIM signature with `publicKeyPem`. */
export function verifyDkim(raw: Buffer, publicKeyPem: string): DkimResult {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const headerText = text.slice(0, split + 2);
  const body = text.slice(split + 4);
  const headers = unfoldHeaders(headerText);
  const sig = headers.find((h) => h.name.toLowerCase() === 'dkim-signature');
  if (!sig) return { ok: false, reason: 'no DKIM-Signature', domain: null, selector: null };
  const tags = parseTags(sig.value);
  const base = { domain: tags.d ?? null, selector: tags.s ?? null };
  if (tags.a !== 'rsa-sha256' || tags.c !== 'relaxed/relaxed') return { ok: false, reason: `unsupported a=${tags.a} c=${tags.c}`, ...base };
  const bodyHash = createHash('sha256').update(relaxedBody(body), 'latin1').digest('base64');
  if (bodyHash !== tags.bh) return { ok: false, reason: 'body hash mismatch', ...base };
  const signedNames = (tags.h ?? '').split(':').map((n) => n.trim().toLowerCase());
  const used = new Map<string, number>();
  let data = '';
  for (const name of signedNames) {
    // Several instances of one header are signed from the bottom up.
    const instances = headers.filter((h) => h.name.toLowerCase() === name);
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    const h = instances[instances.length - 1 - n];
    if (h) data += `${name}:${relaxedValue(h.value)}\r\n`;
  }
  data += `dkim-signature:${relaxedValue(sig.value.replace(/(\bb=)[^;]*/, '$1'))}`;
  const ok = createVerify('RSA-SHA256').update(data, 'latin1').verify(publicKeyPem, (tags.b ?? '').replace(/\s+/g, ''), 'base64');
  return { ok, reason: ok ? 'pass' : 'signature mismatch', ...base };
}

function unfoldHeaders(text: string): { name: string; value: string }[] {
  return text
    .split(/\r\n(?![ \t])/)
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon), value: line.slice(colon + 1) };
    });
}

function relaxedValue(value: string): string {
  return value.replace(/\r\n/g, '').replace(/[ \t]+/g, ' ').trim();
}

function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.length ? `${lines.join('\r\n')}\r\n` : '';
}

function parseTags(value: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) tags[part.slice(0, eq).replace(/\s+/g, '')] = part.slice(eq + 1).replace(/\s+/g, part.trim().startsWith('h') ? '' : ' ').trim();
  }
  return tags;
}
