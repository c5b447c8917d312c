// Email addresses as typed into a form: trimmed, domain lowercased, checked against a practical
// subset of RFC 5321 (no quoted local parts, no IP literals) and against header injection, since
// the address ends up in RCPT TO and in the To: header.

/** An address that passed the checks, with its domain. */
export interface ParsedAddress {
  readonly address: string;
  readonly domain: string;
}

/** Why an address was refused. */
export type AddressProblem = 'empty' | 'too-long' | 'control-characters' | 'malformed' | 'blocked-domain';

// Matching control characters is the point here (CR/LF injection), so the lint rule is off for these two.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]+/g;
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Parses an address, or says why not; `blocklist` holds domains refused (a subdomain of one is refused too). */
export function parseAddress(raw: string, blocklist: readonly string[] = []): ParsedAddress | { readonly problem: AddressProblem } {
  const value = raw.trim();
  if (value === '') return { problem: 'empty' };
  // CR, LF and NUL would let a value end a header line and start another.
  if (CONTROL.test(value)) return { problem: 'control-characters' };
  if (value.length > 254) return { problem: 'too-long' };
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return { problem: 'malformed' };
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL.test(local)) return { problem: 'malformed' };
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return { problem: 'malformed' };
  if (isBlocked(domain, blocklist)) return { problem: 'blocked-domain' };
  return { address: `${local}@${domain}`, domain };
}

/** True when `domain` is in the blocklist or under one of its domains. */
export function isBlocked(domain: string, blocklist: readonly string[]): boolean {
  return blocklist.some((b) => {
    const blocked = b.trim().toLowerCase().replace(/^@/, '');
    return blocked !== '' && (domain === blocked || domain.endsWith(`.${blocked}`));
  });
}

/** A display name or subject made safe for a header: control characters (CR/LF injection) become spaces. */
export function headerSafe(value: string, maxLength = 200): string {
  return value.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim().slice(0, maxLength);
}
