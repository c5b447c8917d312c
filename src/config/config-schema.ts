import { z } from 'zod';

/** One documented option: its environment variable, config-file key, default and meaning. The README table is generated from this list. */
export interface OptionDoc {
  readonly env: string;
  readonly key: string;
  readonly defaultValue: string;
  readonly description: string;
}

const bool = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])]).transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const list = z.union([z.array(z.string()), z.string()]).transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));

/** Every option, in README order. Keys are dotted paths in the config file. */
export const OPTIONS = [
  { env: 'ROUNDUP_DATA_DIR', key: 'dataDir', defaultValue: './data', description: 'Directory of the SQLite database and other state.', schema: z.string().min(1) },
  { env: 'PORT', key: 'port', defaultValue: '3000', description: 'HTTP port of `roundup start` (the website, its feeds and JSON API).', schema: int(0, 65535) },
  { env: 'ROUNDUP_HOST', key: 'host', defaultValue: '127.0.0.1', description: 'Address `roundup start` listens on.', schema: z.string().min(1) },
  { env: 'ROUNDUP_FETCH_ALLOW_HOSTS', key: 'fetch.allowHosts', defaultValue: '(empty)', description: 'Comma-separated host names, IPs or CIDRs that the SSRF guard lets through (e.g. `127.0.0.1,::1` for a local replay).', schema: list },
  { env: 'ROUNDUP_USER_AGENT', key: 'fetch.userAgent', defaultValue: 'Roundup/0.1 (+https://github.com/roundup-news/roundup)', description: 'User-Agent sent with every request; it names Roundup.', schema: z.string().min(1) },
  { env: 'ROUNDUP_FETCH_MAX_BYTES', key: 'fetch.maxBodyBytes', defaultValue: '10485760', description: 'Largest response body accepted, enforced while streaming (10 MB).', schema: int(1024, 1024 ** 3) },
  { env: 'ROUNDUP_FETCH_TIMEOUT_MS', key: 'fetch.timeoutMs', defaultValue: '30000', description: 'Body timeout; connect and header timeouts are a third and a half of it.', schema: int(100, 600_000) },
  { env: 'ROUNDUP_FETCH_HOST_CONCURRENCY', key: 'fetch.perHostConcurrency', defaultValue: '2', description: 'Requests in flight to one host at most.', schema: int(1, 64) },
  { env: 'ROUNDUP_FETCH_HOST_DELAY_MS', key: 'fetch.perHostDelayMs', defaultValue: '1000', description: 'Least time between two request starts to one host.', schema: int(0, 600_000) },
  { env: 'ROUNDUP_FETCH_CONCURRENCY', key: 'fetch.concurrency', defaultValue: '16', description: 'Feed refreshes and page fetches in flight in all.', schema: int(1, 256) },
  { env: 'ROUNDUP_FETCH_PAGES', key: 'fetch.pages', defaultValue: 'true', description: "Fetch each new item's page (robots.txt respected); `false` keeps the feed's own content only.", schema: bool },
  { env: 'ROUNDUP_RESPECT_ROBOTS', key: 'fetch.respectRobots', defaultValue: 'true', description: 'Obey robots.txt for article pages.', schema: bool },
  { env: 'ROUNDUP_REFRESH_MIN_SECONDS', key: 'schedule.minSeconds', defaultValue: '300', description: 'Shortest interval between two checks of a feed (5 min).', schema: int(1, 86_400) },
  { env: 'ROUNDUP_REFRESH_MAX_SECONDS', key: 'schedule.maxSeconds', defaultValue: '86400', description: 'Longest interval between two checks of a feed, and the longest backoff (24 h).', schema: int(60, 7 * 86_400) },
  { env: 'ROUNDUP_SEED_OUTLETS', key: 'seedOutlets', defaultValue: 'true', description: 'Load the default outlet list into an empty store on start.', schema: bool },
  { env: 'ROUNDUP_SITE_NAME', key: 'site.name', defaultValue: 'Roundup', description: "The desk's name, shown on the website and in newsletters.", schema: z.string().min(1).max(80) },
  { env: 'ROUNDUP_SITE_DESCRIPTION', key: 'site.description', defaultValue: 'The news from every side, in a minute.', description: 'One line about the desk, for the about page and feeds.', schema: z.string().min(1).max(300) },
  { env: 'ROUNDUP_PUBLIC_URL', key: 'site.publicUrl', defaultValue: 'http://127.0.0.1:3000', description: "The site's public URL, for links in feeds, emails and unsubscribe URLs.", schema: z.url({ protocol: /^https?$/ }) },
  { env: 'ROUNDUP_WEB_CACHE_SECONDS', key: 'web.cacheSeconds', defaultValue: '10', description: 'Seconds a rendered page, and the lists behind it, is reused before it is rendered again; `0` renders every request.', schema: int(0, 3600) },
  { env: 'ROUNDUP_SECRET', key: 'secret', defaultValue: '(generated into the data dir)', description: 'Key that signs subscription tokens; when unset, a random key is created once in the data dir.', schema: z.string() },
  { env: 'ROUNDUP_SMTP_URL', key: 'mail.smtpUrl', defaultValue: '(empty: no sending)', description: 'SMTP server for newsletters, e.g. `smtp://user:pass@host:587`.', schema: z.string() },
  { env: 'ROUNDUP_MAIL_FROM', key: 'mail.from', defaultValue: 'Roundup <roundup@localhost>', description: 'Sender of newsletters.', schema: z.string().min(3) },
  { env: 'ROUNDUP_MAIL_RATE', key: 'mail.ratePerSecond', defaultValue: '50', description: 'Messages per second at most.', schema: int(1, 100_000) },
  { env: 'ROUNDUP_MAIL_CONCURRENCY', key: 'mail.concurrency', defaultValue: '4', description: 'SMTP connections in the pool.', schema: int(1, 64) },
  { env: 'ROUNDUP_DKIM_DOMAIN', key: 'mail.dkimDomain', defaultValue: '(empty: no DKIM)', description: 'DKIM signing domain.', schema: z.string() },
  { env: 'ROUNDUP_DKIM_SELECTOR', key: 'mail.dkimSelector', defaultValue: '(empty)', description: 'DKIM selector.', schema: z.string() },
  { env: 'ROUNDUP_DKIM_PRIVATE_KEY', key: 'mail.dkimPrivateKey', defaultValue: '(empty)', description: 'DKIM private key (PEM), or a path to it.', schema: z.string() },
  { env: 'ROUNDUP_SIGNUP_BLOCKLIST', key: 'mail.signupBlocklist', defaultValue: '(empty)', description: 'Comma-separated email domains refused at sign-up.', schema: list },
  { env: 'ROUNDUP_WRITER_URL', key: 'writer.url', defaultValue: '(empty: extractive only)', description: 'Base URL of an OpenAI-compatible chat API that may condense briefings (optional).', schema: z.string() },
  { env: 'ROUNDUP_WRITER_MODEL', key: 'writer.model', defaultValue: '(empty)', description: 'Model name for the Writer.', schema: z.string() },
  { env: 'ROUNDUP_WRITER_KEY', key: 'writer.key', defaultValue: '(empty)', description: 'API key for the Writer.', schema: z.string() },
  { env: 'ROUNDUP_STORY_WINDOW_DAYS', key: 'stories.windowDays', defaultValue: '7', description: 'Days of recent stories a new article is compared with.', schema: int(1, 365) },
  { env: 'ROUNDUP_LOG_LEVEL', key: 'logLevel', defaultValue: 'info', description: 'Log level: debug, info, warn, error or silent.', schema: z.enum(['debug', 'info', 'warn', 'error', 'silent']) },
] as const;

/** Documentation rows of every option, without their schemas. */
export const OPTION_DOCS: readonly OptionDoc[] = OPTIONS.map(({ env, key, defaultValue, description }) => ({ env, key, defaultValue, description }));
