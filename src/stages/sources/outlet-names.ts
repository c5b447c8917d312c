// Outlet ids and home domains: the two keys by which Roundup recognises an outlet.
import { RoundupError } from '../../core/errors.ts';

/**
 * Leading host labels that name a service of the outlet rather than the outlet itself, stripped
 * by homeDomainOf. Sorted. Only the first label is inspected, repeatedly: `www.m.x.com` gives `x.com`.
 * Deliberately no sibling-domain mapping (`feeds.bbci.co.uk` gives `bbci.co.uk`, not `bbc.co.uk`):
 * that would need per-outlet data, which belongs in the outlet table, not in a string rule.
 */
export const SERVICE_HOST_LABELS: readonly string[] = ['amp', 'feed', 'feeds', 'm', 'mobile', 'rss', 'www'];

/** A URL-safe outlet id from its name: `The Irish Times` -> `the-irish-times`, `RTÉ News` -> `rte-news`. */
export function slugifyOutletName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining marks left by NFKD: `É` -> `E`
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '') // `Reuters'` and `Mother's` join, not split
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') {
    throw new RoundupError('sources/invalid-outlet', `outlet name ${JSON.stringify(name)} has no Latin letters or digits to make an id from; give the id explicitly`);
  }
  return slug;
}

/**
 * The outlet's home domain from any of its URLs: lower-cased host without a leading service label
 * (SERVICE_HOST_LABELS), e.g. `https://feeds.npr.org/1001/rss.xml` -> `npr.org`; null when unparseable.
 */
export function homeDomainOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
  if (host === '') return null;
  return stripServiceLabels(host);
}

function stripServiceLabels(host: string): string {
  let labels = host.split('.');
  // Keep at least two labels, so `www.com` or `m.co` stay whole.
  while (labels.length > 2 && SERVICE_HOST_LABELS.includes(labels[0] ?? '')) labels = labels.slice(1);
  return labels.join('.');
}
