// Canonical article URLs: one spelling per article, so that the copy found in a feed, the copy
// shared with tracking parameters and the AMP or mobile copy are recognised as the same page.
// Pure and dependency-free (core imports nothing); every rule is a data table below.

/**
 * Query parameters that only track a visit and never select content, compared case-insensitively.
 * Sorted; the source of each group is noted where it is not obvious.
 */
export const TRACKING_PARAMETERS: readonly string[] = [
  '__twitter_impression', // Twitter share links
  '_ga', // Google Analytics cross-domain linker
  '_gl', // Google Analytics 4 linker
  '_hsenc', // HubSpot
  '_hsmi', // HubSpot
  '_openstat',
  'cmp', // The Guardian and others: `?CMP=share_btn_tw`
  'cmpid',
  'dclid', // Google Display ads
  'emc', // The New York Times RSS links
  'fbclid', // Facebook
  'ftag', // CBS Interactive
  'gbraid', // Google ads (iOS)
  'gclid', // Google ads
  'gclsrc',
  'guccounter', // Yahoo consent redirect
  'guce_referrer',
  'guce_referrer_sig',
  'icid',
  'igsh', // Instagram
  'igshid', // Instagram
  'intcmp', // The Guardian internal campaigns
  'itid', // The Washington Post internal links
  'li_fat_id', // LinkedIn
  'mbid',
  'mc_cid', // Mailchimp
  'mc_eid', // Mailchimp
  'mkt_tok', // Marketo
  'msclkid', // Microsoft ads
  'ocid', // MSN
  'oly_anon_id',
  'oly_enc_id',
  'partner', // The New York Times: `?partner=rss`
  'pnespid', // The Washington Post
  'rb_clickid',
  'ref',
  'ref_src', // Twitter embeds
  'ref_url',
  's_cid', // Adobe
  'smid', // The New York Times share links
  'smtyp', // The New York Times share links
  'taid', // The Times and Sunday Times
  'twclid', // Twitter ads
  'vero_id',
  'wbraid', // Google ads (iOS web)
  'xtor', // AT Internet: Le Monde, France 24, RFI
  'yclid', // Yandex ads
];

/** Prefixes of tracking parameter families, compared case-insensitively. Sorted. */
export const TRACKING_PARAMETER_PREFIXES: readonly string[] = [
  'at_', // Adobe / AT Internet: at_medium, at_campaign
  'hsa_', // HubSpot ads
  'mtm_', // Matomo
  'ns_', // comScore (BBC): ns_mchannel, ns_source, ns_campaign
  'pk_', // Piwik / Matomo
  'utm_', // Google Analytics campaigns
  'wt.', // Webtrends: WT.mc_id
];

/** Query parameters that select an AMP rendering of the same article, with the values that do. Sorted. */
export const AMP_PARAMETERS: readonly { readonly name: string; readonly values: readonly string[] | 'any' }[] = [
  { name: '_amp', values: 'any' },
  { name: 'amp', values: 'any' },
  { name: 'outputtype', values: ['amp'] }, // Arc XP sites; `outputType=xml` selects a feed and stays
];

/** Leading host labels of AMP and mobile copies, served by most outlets beside their `www.` host. Sorted. */
export const MIRROR_HOST_LABELS: readonly string[] = ['amp', 'm', 'mobile'];

const TRACKING_SET = new Set(TRACKING_PARAMETERS);

/**
 * The canonical spelling of an http(s) URL, resolved against `base`; null when unparseable or
 * not http(s). Idempotent: canonicalUrl(canonicalUrl(u)) === canonicalUrl(u).
 */
export function canonicalUrl(url: string, base?: string): string | null {
  const parsed = parseHttpUrl(url, base);
  if (parsed === null) return null;
  const unwrapped = unwrapAmpCache(parsed);
  if (unwrapped !== null) return canonicalUrl(unwrapped);
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  parsed.hostname = canonicalHost(parsed.hostname);
  parsed.pathname = canonicalPath(parsed.pathname);
  const query = canonicalQuery(parsed.search);
  // Setting `search` to '' also drops a bare trailing `?`.
  parsed.search = query;
  return parsed.href;
}

function parseHttpUrl(url: string, base?: string): URL | null {
  const text = url.trim();
  if (text === '') return null;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}

// Google's AMP cache (`*.cdn.ampproject.org/c/s/host/path`) and viewer (`google.com/amp/s/host/path`)
// wrap the publisher's URL; `s/` marks https.
function unwrapAmpCache(url: URL): string | null {
  const isCache = url.hostname.endsWith('.cdn.ampproject.org');
  const isViewer = /^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/amp/');
  if (!isCache && !isViewer) return null;
  const match = /^\/(?:amp|c|v)\/(s\/)?(.+)$/.exec(url.pathname);
  if (match === null || match[2] === undefined) return null;
  const scheme = match[1] === undefined ? 'http' : 'https';
  return `${scheme}://${match[2]}${url.search}`;
}

function canonicalHost(hostname: string): string {
  const host = hostname.replace(/\.$/, '');
  const [first, ...rest] = host.split('.');
  // `amp.example.com` and `m.example.com` mirror `www.example.com`; `m.com` itself is left alone.
  if (first !== undefined && MIRROR_HOST_LABELS.includes(first) && rest.length >= 2) {
    return `www.${rest.join('.')}`;
  }
  return host;
}

function canonicalPath(pathname: string): string {
  const segments = pathname
    .split('/')
    .filter((segment) => segment !== '' && segment.toLowerCase() !== 'amp')
    .map((segment) => normalisePercentEncoding(segment).replace(/\.amp(\.html?)$/i, '$1'));
  // No trailing slash except on the root: `/world/` and `/world` are the same page on news sites.
  return `/${segments.join('/')}`;
}

function canonicalQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => normalisePercentEncoding(pair))
    .filter((pair) => !isDroppedParameter(pair));
  // Sorted by key, then by the whole pair, so that repeated keys keep a stable order.
  pairs.sort((a, b) => compareStrings(parameterKey(a), parameterKey(b)) || compareStrings(a, b));
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

function isDroppedParameter(pair: string): boolean {
  const key = parameterKey(pair).toLowerCase();
  if (TRACKING_SET.has(key)) return true;
  if (TRACKING_PARAMETER_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  const amp = AMP_PARAMETERS.find((entry) => entry.name === key);
  if (amp === undefined) return false;
  return amp.values === 'any' || amp.values.includes(parameterValue(pair).toLowerCase());
}

function parameterKey(pair: string): string {
  return safeDecode(pair.split('=')[0] ?? '');
}

function parameterValue(pair: string): string {
  const at = pair.indexOf('=');
  return at < 0 ? '' : safeDecode(pair.slice(at + 1));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

// RFC 3986 §6.2.2: upper-case hex digits and decode unreserved characters, so `%7e` and `~` agree.
function normalisePercentEncoding(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
