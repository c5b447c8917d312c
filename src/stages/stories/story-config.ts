// Settings of the stories stage, with documented defaults. The defaults were tuned once on the
// tuning half of the evaluation corpora (see eval/stories.ts) and are the same for every corpus.

/** Every setting of the clusterer; `resolveStoryConfig` fills the defaults and freezes it. */
export interface StoryConfig {
  /** Only stories seen within this span (ms) before the latest time are compared. Default 7 days. */
  readonly windowMs: number;
  /** Hard cap on articles kept in the window, so dateless streams stay bounded. Default 200,000. */
  readonly maxWindowArticles: number;
  /** Characters of title + text read for features; longer texts are cut. Default 20,000. */
  readonly maxFeatureChars: number;
  /** Characters of text that count as the lead (beside the title). Default 300. */
  readonly leadChars: number;
  /** Weight of the title + lead similarity. */
  readonly headWeight: number;
  /** Weight of the whole-text similarity. */
  readonly bodyWeight: number;
  /** Weight of the named-entity (proper noun) similarity. */
  readonly entityWeight: number;
  /** How a story's size divides its summed similarity: 1 = mean cosine to its articles, 0.5 ≈
   * cosine with its centre. Default 1. */
  readonly sizeExponent: number;
  /** Score at or above which an article joins the best story. */
  readonly joinThreshold: number;
  /** The best story must also beat the story ranked `standoutRank` (0 = best) by `standoutMargin`:
   * an article about as close to several stories as to the best is on a crowded subject (weekly
   * jobless claims, a long trial) rather than clearly in one story, and starts its own. */
  readonly standoutRank: number;
  readonly standoutMargin: number;
  /** Score between two stories at or above which they merge. */
  readonly mergeThreshold: number;
  /** Names found (on the side with fewer) beside which the names channel gets its full weight:
   * one shared name ("Trump") says little about the event, many say a lot. */
  readonly trustedNames: number;
  /** Score lost per day between the article and the story's time span. */
  readonly dayPenalty: number;
  /** Score lost when the article has no date: closeness in time is evidence it cannot give. */
  readonly undatedPenalty: number;
  /** Estimated Jaccard similarity of word shingles at or above which texts are near-duplicates. */
  readonly duplicateJaccard: number;
  /** Stories scored in full per article (the best by shared rare terms). */
  readonly candidateLimit: number;
  /** A candidate whose shared heavy terms weigh less than this share of the best candidate's is
   * not scored: it shares a word or two of the subject, not the story (and scoring costs most). */
  readonly candidateShare: number;
  /** Highest-weighted terms of an article that index its story and look up candidates. */
  readonly indexTerms: number;
  /** Terms kept in a story's centre per channel; the lightest are pruned beyond it. */
  readonly centroidTerms: number;
}

/** The defaults; see each field. */
export const DEFAULT_STORY_CONFIG: StoryConfig = Object.freeze({
  windowMs: 7 * 24 * 3600 * 1000,
  maxWindowArticles: 200_000,
  maxFeatureChars: 20_000,
  leadChars: 300,
  headWeight: 0.45,
  bodyWeight: 0.55,
  entityWeight: 0.2,
  sizeExponent: 1,
  joinThreshold: 0.1,
  standoutRank: 3,
  standoutMargin: 0.15,
  mergeThreshold: 0.45,
  trustedNames: 20,
  dayPenalty: 0.18,
  undatedPenalty: 0.15,
  duplicateJaccard: 0.8,
  candidateLimit: 15,
  candidateShare: 0.35,
  indexTerms: 15,
  centroidTerms: 300,
});

/** Defaults overlaid with the given settings, frozen. */
export function resolveStoryConfig(overrides: Partial<StoryConfig> = {}): StoryConfig {
  return Object.freeze({ ...DEFAULT_STORY_CONFIG, ...overrides });
}
