// Story types: what the stories stage reads (an article to place) and what it answers (the story
// it joined, the original it duplicates, the merge it caused). Plain readonly data, so the store
// can persist every field as it is.

/** One article as the stories stage sees it. */
export interface StoryArticle {
  /** Unique article id; a story started by this article takes it as its story id. */
  readonly id: string;
  /** Outlet name or id; null when unknown. */
  readonly outlet: string | null;
  readonly title: string | null;
  /** Article text, paragraphs separated by blank lines; may be empty. */
  readonly text: string;
  /** Publication time in ms since the epoch; null means "now" (the latest time seen so far). */
  readonly publishedAt: number | null;
  /** Page URL; two articles with one canonical URL are duplicates. */
  readonly url?: string | null;
}

/** Why an article was folded into an earlier one. */
export type DuplicateKind = 'canonical-url' | 'near-duplicate';

/** A story absorbed into another because their coverage converged; the older id survives. */
export interface StoryMerge {
  /** The surviving (older) story id. */
  readonly into: string;
  /** The story id that no longer exists; its articles now belong to `into`. */
  readonly from: string;
  /** Articles that moved from `from` to `into`. */
  readonly articleIds: readonly string[];
  /** Clock time of the merge (ms), the time of the article that caused it. */
  readonly at: number;
  readonly score: number;
}

/** A story as it stands in the window: what the store keeps for it. */
export interface StorySummary {
  readonly id: string;
  readonly language: string;
  readonly articleIds: readonly string[];
  /** Distinct outlets, in order of first appearance. */
  readonly outlets: readonly string[];
  /** The member title closest to the story's centre; null when no member has a title. */
  readonly headline: string | null;
  readonly firstSeen: number;
  readonly lastSeen: number;
  /** Two or more outlets cover it. */
  readonly multiSource: boolean;
}

/** Where one article went. */
export interface StoryAssignment {
  readonly articleId: string;
  readonly storyId: string;
  /** True when this article started the story. */
  readonly isNewStory: boolean;
  /** The earlier article this one duplicates (same canonical URL or near-identical text). */
  readonly duplicateOf: string | null;
  readonly duplicateKind: DuplicateKind | null;
  /** ISO 639-3 code from detection (`eng`, `fra` ...), `und` when undetermined. */
  readonly language: string;
  /** Score of the story joined (0 for a new story, 1 for a duplicate). */
  readonly score: number;
  /** Merges this article caused, oldest first; the store should move `articleIds` to `into`. */
  readonly merges: readonly StoryMerge[];
  /** True when the same id was assigned before: the earlier answer is returned unchanged. */
  readonly repeated: boolean;
  /** Why the article could not be compared (no words at all); it then stands alone. */
  readonly note: 'empty' | null;
}

/** A stored article with its story, replayed into a fresh clusterer on start. */
export interface StoryRecord {
  readonly article: StoryArticle;
  readonly storyId: string;
  readonly duplicateOf?: string | null;
}
