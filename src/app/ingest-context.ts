import type { Store } from '../ports/store.ts';
import type { HttpClient } from '../ports/http-client.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { Writer } from '../ports/writer.ts';

/** Settings of the ingestion use cases, taken from config by the composition root. */
export interface IngestSettings {
  /** Fetch each item's page; when false, articles come from the feed's content alone. */
  readonly fetchPages: boolean;
  readonly minIntervalSeconds: number;
  readonly maxIntervalSeconds: number;
}

/** What the ingestion use cases need: ports, a clock, randomness for jitter, settings. */
export interface IngestContext {
  readonly store: Store;
  readonly http: HttpClient;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Uniform in [0, 1); injected so backoff jitter is testable. */
  readonly random: () => number;
  readonly settings: IngestSettings;
  /** The optional language model that may condense briefings; absent, briefings stay extractive. */
  readonly writer?: Writer;
}
