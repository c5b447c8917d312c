import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { RoundupError } from '../core/errors.ts';
import { OPTIONS } from './config-schema.ts';

/** Settings of the fetcher, passed to the HTTP adapter. */
export interface FetchConfig {
  readonly allowHosts: readonly string[];
  readonly userAgent: string;
  readonly maxBodyBytes: number;
  readonly timeoutMs: number;
  readonly perHostConcurrency: number;
  readonly perHostDelayMs: number;
  readonly concurrency: number;
  readonly pages: boolean;
  readonly respectRobots: boolean;
}

/** The website's identity. */
export interface SiteConfig {
  readonly name: string;
  readonly description: string;
  /** Without a trailing slash. */
  readonly publicUrl: string;
}

/** Newsletter sending; empty strings mean "not configured". */
export interface MailConfig {
  readonly smtpUrl: string;
  readonly from: string;
  readonly ratePerSecond: number;
  readonly concurrency: number;
  readonly dkim: { readonly domain: string; readonly selector: string; readonly privateKey: string } | null;
  readonly signupBlocklist: readonly string[];
}

/** The optional language-model Writer; null when not configured. */
export interface WriterConfig {
  readonly url: string;
  readonly model: string;
  readonly key: string;
}

/** Roundup's whole configuration: parsed once, validated, frozen. */
export interface Config {
  readonly dataDir: string;
  readonly databasePath: string;
  readonly port: number;
  readonly host: string;
  readonly fetch: FetchConfig;
  readonly schedule: { readonly minSeconds: number; readonly maxSeconds: number };
  readonly seedOutlets: boolean;
  readonly site: SiteConfig;
  readonly web: { readonly cacheSeconds: number };
  /** Explicit signing secret, or null to use the one kept in the data dir. */
  readonly secret: string | null;
  readonly mail: MailConfig;
  readonly writer: WriterConfig | null;
  readonly stories: { readonly windowDays: number };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The config file read, if any. */
  readonly configFile: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads a nested value such as `fetch.allowHosts` from the config file's object. */
function lookupKey(file: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), file);
}

/** The raw value of one option: environment first, then config file, then the documented default. */
function rawValue(option: (typeof OPTIONS)[number], env: Env, file: Record<string, unknown>): unknown {
  const fromEnv = env[option.env];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const fromFile = lookupKey(file, option.key);
  if (fromFile !== undefined) return fromFile;
  // Defaults in parentheses document an absence: the value is the empty string.
  return option.defaultValue.startsWith('(') ? '' : option.defaultValue;
}

/** Reads the optional JSON config file: `ROUNDUP_CONFIG`, else `./roundup.config.json` when present. */
function readConfigFile(env: Env, cwd: string): { path: string | null; values: Record<string, unknown> } {
  const explicit = env.ROUNDUP_CONFIG;
  const path = explicit ? resolve(cwd, explicit) : resolve(cwd, 'roundup.config.json');
  if (!existsSync(path)) {
    if (explicit) throw new RoundupError('config/file-missing', `ROUNDUP_CONFIG names ${path}, which does not exist`);
    return { path: null, values: {} };
  }
  try {
    const values: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!values || typeof values !== 'object' || Array.isArray(values)) throw new Error('the top level must be an object');
    return { path, values: values as Record<string, unknown> };
  } catch (cause) {
    throw new RoundupError('config/file-invalid', `config file ${path} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

/** Parses every option, naming the variable or key and what is wrong on the first invalid one. */
function parseOptions(env: Env, file: Record<string, unknown>, source: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of OPTIONS) {
    const parsed = option.schema.safeParse(rawValue(option, env, file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]?.message ?? 'invalid value';
      throw new RoundupError('config/invalid', `${option.env} (or "${option.key}" in ${source}) is invalid: ${issue}`);
    }
    values[option.key] = parsed.data;
  }
  return values;
}

/** Freezes an object and every object inside it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Parses the configuration from an environment and working directory; the only reader of env vars. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const file = readConfigFile(env, cwd);
  const v = parseOptions(env, file.values, file.path ?? 'roundup.config.json');
  const dataDir = resolve(cwd, v.dataDir as string);
  const config: Config = {
    dataDir,
    databasePath: resolve(dataDir, 'roundup.db'),
    port: v.port as number,
    host: v.host as string,
    fetch: {
      allowHosts: v['fetch.allowHosts'] as string[],
      userAgent: v['fetch.userAgent'] as string,
      maxBodyBytes: v['fetch.maxBodyBytes'] as number,
      timeoutMs: v['fetch.timeoutMs'] as number,
      perHostConcurrency: v['fetch.perHostConcurrency'] as number,
      perHostDelayMs: v['fetch.perHostDelayMs'] as number,
      concurrency: v['fetch.concurrency'] as number,
      pages: v['fetch.pages'] as boolean,
      respectRobots: v['fetch.respectRobots'] as boolean,
    },
    schedule: { minSeconds: v['schedule.minSeconds'] as number, maxSeconds: v['schedule.maxSeconds'] as number },
    seedOutlets: v.seedOutlets as boolean,
    site: { name: v['site.name'] as string, description: v['site.description'] as string, publicUrl: (v['site.publicUrl'] as string).replace(/\/+$/, '') },
    web: { cacheSeconds: v['web.cacheSeconds'] as number },
    secret: (v.secret as string) || null,
    mail: {
      smtpUrl: v['mail.smtpUrl'] as string,
      from: v['mail.from'] as string,
      ratePerSecond: v['mail.ratePerSecond'] as number,
      concurrency: v['mail.concurrency'] as number,
      dkim: v['mail.dkimDomain'] ? { domain: v['mail.dkimDomain'] as string, selector: v['mail.dkimSelector'] as string, privateKey: v['mail.dkimPrivateKey'] as string } : null,
      signupBlocklist: (v['mail.signupBlocklist'] as string[]).map((d) => d.toLowerCase()),
    },
    writer: v['writer.url'] ? { url: v['writer.url'] as string, model: v['writer.model'] as string, key: v['writer.key'] as string } : null,
    stories: { windowDays: v['stories.windowDays'] as number },
    logLevel: v.logLevel as Config['logLevel'],
    configFile: file.path,
  };
  if (config.mail.dkim && (!config.mail.dkim.selector || !config.mail.dkim.privateKey)) {
    throw new RoundupError('config/invalid', 'ROUNDUP_DKIM_DOMAIN needs ROUNDUP_DKIM_SELECTOR and ROUNDUP_DKIM_PRIVATE_KEY too');
  }
  if (config.writer && !config.writer.model) throw new RoundupError('config/invalid', 'ROUNDUP_WRITER_URL needs ROUNDUP_WRITER_MODEL too');
  if (config.schedule.minSeconds > config.schedule.maxSeconds) {
    throw new RoundupError('config/invalid', 'ROUNDUP_REFRESH_MIN_SECONDS must not exceed ROUNDUP_REFRESH_MAX_SECONDS');
  }
  return deepFreeze(config);
}
