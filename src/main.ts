import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Config } from './config/config.ts';
import type { Store } from './ports/store.ts';
import type { HttpClient } from './ports/http-client.ts';
import type { Logger } from './ports/logger.ts';
import { systemClock, type Clock } from './ports/clock.ts';
import { openSqliteStore } from './adapters/store-sqlite/index.ts';
import { createHttpClient } from './adapters/http/index.ts';
import { createInlineQueue } from './adapters/queue-inline/inline-queue.ts';
import { Ingestor } from './app/ingestor.ts';
import { StoryDesk } from './app/story-desk.ts';
import { OpenAiWriter } from './adapters/writer-openai/openai-writer.ts';
import type { IngestContext } from './app/ingest-context.ts';

/** The wired application: adapters chosen from config. */
export interface Runtime {
  readonly config: Config;
  readonly store: Store;
  readonly http: HttpClient;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The ingestion context for the app's use cases. */
  readonly ingest: IngestContext;
  /** Key that signs subscription tokens: ROUNDUP_SECRET, else one kept in the data dir. */
  readonly secret: string;
  /** An ingestor over a fresh in-process queue. */
  createIngestor(): Ingestor;
  close(): Promise<void>;
}

/** Where log lines go: stdout for the long-running commands, stderr where stdout carries a result. */
export type LogDestination = 'stdout' | 'stderr';

/** Builds a JSON-lines logger at the configured level. */
export function createLogger(config: Config, destination: LogDestination): Logger {
  return pino({ level: config.logLevel, base: { app: 'roundup' } }, pino.destination({ dest: destination === 'stdout' ? 1 : 2, sync: true }));
}

/** The signing secret: the configured one, else a random one created once in the data dir
 * (mode 0600) so tokens stay valid across restarts. */
export function loadOrCreateSecret(config: Config): string {
  if (config.secret) return config.secret;
  const path = join(config.dataDir, 'secret.key');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    // 'wx' fails if another process created it meanwhile; then read theirs.
    try {
      writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return readFileSync(path, 'utf8').trim();
    }
  }
}

/** Composition root: opens the store (running migrations), the HTTP client and the queue factory. */
export async function openRuntime(config: Config, options: { logTo?: LogDestination } = {}): Promise<Runtime> {
  mkdirSync(config.dataDir, { recursive: true });
  const logger = createLogger(config, options.logTo ?? 'stderr');
  const store = openSqliteStore({ path: config.databasePath });
  await store.migrate();
  const f = config.fetch;
  const http = createHttpClient({
    userAgent: f.userAgent,
    allowHosts: [...f.allowHosts],
    connectTimeoutMs: Math.ceil(f.timeoutMs / 3),
    headersTimeoutMs: Math.ceil(f.timeoutMs / 2),
    bodyTimeoutMs: f.timeoutMs,
    maxBodyBytes: f.maxBodyBytes,
    perHostConcurrency: f.perHostConcurrency,
    perHostDelayMs: f.perHostDelayMs,
    respectRobots: f.respectRobots,
  });
  const ingest: IngestContext = {
    store,
    http,
    clock: systemClock,
    logger,
    random: Math.random,
    settings: { fetchPages: f.pages, minIntervalSeconds: config.schedule.minSeconds, maxIntervalSeconds: config.schedule.maxSeconds },
    ...(config.writer ? { writer: new OpenAiWriter({ baseUrl: config.writer.url, model: config.writer.model, apiKey: config.writer.key || null }) } : {}),
  };
  const desk = new StoryDesk(store, systemClock, config.stories.windowDays);
  return {
    config,
    store,
    http,
    clock: systemClock,
    logger,
    ingest,
    secret: loadOrCreateSecret(config),
    // One desk per runtime: the story window lives in this process's memory.
    createIngestor: () => new Ingestor(ingest, createInlineQueue({ concurrency: f.concurrency, logger }), desk),
    async close() {
      await http.close();
      await store.close();
    },
  };
}
