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

/** Roundup's whole configuration: parsed once, validated, frozen. */
export interface Config {
  readonly dataDir: string;
  readonly databasePath: string;
  readonly port: number;
  readonly host: string;
  readonly fetch: FetchConfig;
  readonly schedule: { readonly minSeconds: number; readonly maxSeconds: number };
  readonly seedOutlets: boolean;
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
  return option.defaultValue === '(empty)' ? '' : option.defaultValue;
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
    logLevel: v.logLevel as Config['logLevel'],
    configFile: file.path,
  };
  if (config.schedule.minSeconds > config.schedule.maxSeconds) {
    throw new RoundupError('config/invalid', 'ROUNDUP_REFRESH_MIN_SECONDS must not exceed ROUNDUP_REFRESH_MAX_SECONDS');
  }
  return deepFreeze(config);
}
