// Relative URLs inside feed HTML (`<img src="/a.png">`) only mean something against the base
// in force where the HTML sat in the feed: an xml:base, which is gone once the HTML leaves
// this stage. So they are made absolute here; absolute URLs are left byte for byte as given.
import { decodeHTMLStrict } from 'entities';
import { resolveUrl } from './url-resolve.ts';

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = 'href|src|cite|longdesc|poster|background|action|usemap|srcset';

/** A URL attribute whose value does not start with a scheme: the only ones worth rewriting. */
const RELATIVE_HINT = new RegExp(`\\s(?:${URL_ATTRIBUTES})\\s*=\\s*["']?(?![a-z][a-z0-9+.-]*:)`, 'i');
/** A start tag with at least one URL attribute. */
const TAG = new RegExp(`<[a-z][^<>]*?\\s(?:${URL_ATTRIBUTES})\\s*=[^<>]*>`, 'gi');
const ATTRIBUTE = new RegExp(`(\\s)(${URL_ATTRIBUTES})(\\s*=\\s*)(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'gi');
const HAS_SCHEME = /^\s*[a-z][a-z0-9+.-]*:/i;

/** Makes the relative URLs in an HTML fragment's URL attributes absolute against `base`. */
export function absolutizeHtmlUrls(html: string, base: string | null): string {
  if (!base || !RELATIVE_HINT.test(html)) return html;
  return html.replace(TAG, (tag) => tag.replace(ATTRIBUTE, (whole, space: string, name: string, equals: string, dq?: string, sq?: string, bare?: string) => {
    const raw = dq ?? sq ?? bare ?? '';
    const value = name.toLowerCase() === 'srcset' ? absolutizeSrcset(raw, base) : absolutize(raw, base);
    return value === null ? whole : `${space}${name}${equals}"${value}"`;
  }));
}

/** The escaped absolute form of one raw attribute value, or null to leave it alone. */
function absolutize(raw: string, base: string): string | null {
  if (HAS_SCHEME.test(raw)) return null;
  const resolved = resolveUrl(decodeHTMLStrict(raw), base);
  return resolved === null ? null : resolved.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** srcset is a comma-separated list of "url descriptor" candidates. */
function absolutizeSrcset(raw: string, base: string): string | null {
  const candidates = raw.split(',').map((candidate) => {
    const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
    return [absolutize(url, base) ?? url, ...descriptors].join(' ');
  });
  return candidates.join(', ');
}
