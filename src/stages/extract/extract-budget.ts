/** Limits on the work one page may cost. Work is bounded by counts, not a clock, so a stage stays
 * pure and a page gives the same result on a slow machine as on a fast one. */
export interface ExtractBudget {
  /** Characters of HTML read; the rest of a larger page is ignored. */
  readonly maxChars: number;
  /** Elements kept in the tree; later elements contribute their text to the last kept one. */
  readonly maxElements: number;
  /** Nesting depth kept; deeper elements are flattened into their ancestor at this depth. */
  readonly maxDepth: number;
}

/** Defaults: 2 MB of HTML (the largest corpus page is 1.6 MB) and 20,000 elements (ten times the most in a corpus page) parse and score in well under a second. */
export const DEFAULT_BUDGET: ExtractBudget = Object.freeze({ maxChars: 2_000_000, maxElements: 20_000, maxDepth: 160 });
