// Author strings -> display names. RSS's <author> is meant to be an email address with the
// name in parentheses ("jo@example.com (Jo Bloggs)"), and feeds write it every other way too:
// "Jo Bloggs (jo@example.com)", "Jo Bloggs <jo@example.com>", a bare name, a bare address.

const EMAIL = /^(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+\.[^\s@()<>]+$/i;

/** The person's name from an author string; the address itself when that is all there is. */
export function personName(raw: string | null | undefined): string | null {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const parenthesised = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  if (parenthesised) return pickName(parenthesised[1] ?? '', parenthesised[2] ?? '');
  const angled = /^(.*?)\s*<([^<>]*)>\s*$/.exec(text);
  if (angled) return pickName(angled[1] ?? '', angled[2] ?? '');
  return text.replace(/^mailto:/i, '');
}

/** Of the two parts of "a (b)" or "a <b>", the one that is not an email address. */
function pickName(outside: string, inside: string): string | null {
  const a = outside.trim().replace(/^["']|["']$/g, '');
  const b = inside.trim();
  if (EMAIL.test(a) && b) return b;
  if (a) return a;
  return b ? b.replace(/^mailto:/i, '') : null;
}

/** Names from a list of author strings, without duplicates. */
export function personNames(raws: ReadonlyArray<string | null | undefined>): string[] {
  const names: string[] = [];
  for (const raw of raws) {
    const name = personName(raw);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
