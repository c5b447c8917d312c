import type { Perspective } from './perspective.ts';

/** A news organisation whose feeds Roundup reads. `id` is a slug such as `reuters`. */
export interface Outlet {
  readonly id: string;
  readonly name: string;
  /** Registrable home domain, e.g. `reuters.com`. */
  readonly homeDomain: string;
  /** BCP 47 language tag of its articles, e.g. `en`. */
  readonly language: string;
  /** ISO 3166-1 alpha-2 country code, e.g. `US`; `INT` for international wires. */
  readonly country: string;
  readonly perspective: Perspective;
  /** Which public rating the perspective follows, e.g. `AllSides Media Bias Chart 2024`. */
  readonly perspectiveBasis: string;
  /** True for wire services (AP, Reuters, AFP), whose copies other outlets reprint. */
  readonly isWire: boolean;
}

/** A feed (RSS, Atom or JSON Feed) of an outlet, with the state of its polite refresh schedule. */
export interface Feed {
  readonly id: number;
  readonly outletId: string;
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO time of the last check, successful or not. */
  readonly lastCheckedAt: string | null;
  /** ISO time when the feed is next due. */
  readonly nextCheckAt: string;
  /** Seconds between checks, adapted to the feed's posting frequency and its hints. */
  readonly intervalSeconds: number;
  /** Consecutive failures; drives exponential backoff. */
  readonly errorCount: number;
  /** Human-readable reason of the last failure, kept until the next success. */
  readonly lastError: string | null;
  readonly lastErrorCode: string | null;
  readonly lastErrorAt: string | null;
}
