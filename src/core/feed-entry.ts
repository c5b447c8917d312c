/** The formats the feed stage reads. */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/** A media attachment of an entry: an enclosure or the entry's image. */
export interface FeedMedia {
  readonly url: string;
  readonly type: string | null;
  readonly length: number | null;
}

/** One entry of a parsed feed, normalised across formats. Dates are UTC ISO 8601 strings. */
export interface FeedEntry {
  /** guid / id / JSON Feed id; null when the feed gives none. */
  readonly id: string | null;
  readonly title: string | null;
  /** Absolute URL, resolved against xml:base or the feed URL. */
  readonly link: string | null;
  readonly published: string | null;
  readonly updated: string | null;
  readonly authors: readonly string[];
  /** Short description, HTML as the feed gives it (entities decoded). */
  readonly summary: string | null;
  /** Full content, HTML as the feed gives it (entities decoded). */
  readonly content: string | null;
  readonly categories: readonly string[];
  readonly image: FeedMedia | null;
  readonly enclosures: readonly FeedMedia[];
}

/** A whole parsed feed. */
export interface ParsedFeed {
  readonly format: FeedFormat;
  /** Format version as declared, e.g. `2.0`, `1.0`, `0.3`, `1.1`; null when unknown. */
  readonly version: string | null;
  readonly title: string | null;
  readonly link: string | null;
  readonly description: string | null;
  readonly language: string | null;
  readonly updated: string | null;
  /** RSS `<ttl>` in minutes, a refresh hint; null when absent. */
  readonly ttlMinutes: number | null;
  readonly entries: readonly FeedEntry[];
}
