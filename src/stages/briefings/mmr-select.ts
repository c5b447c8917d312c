// Maximal marginal relevance (Carbonell & Goldstein 1998): pick the sentence with the best
// trade-off of its score against its likeness to what is already picked, so the same fact is
// not told twice, until the word target is met.
import type { TermVector } from './term-vectors.ts';
import { cosine } from './term-vectors.ts';

/** What MMR picks from. */
export interface MmrCandidates {
  readonly indexes: readonly number[];
  readonly score: Float64Array;
  readonly vectors: readonly TermVector[];
  readonly words: (index: number) => number;
}

/** Limits of one selection. */
export interface MmrLimits {
  readonly lambda: number;
  /** A candidate at least this similar to a picked sentence is never picked. */
  readonly redundancy: number;
  readonly targetWords: number;
  readonly maxWords: number;
  readonly minSentences: number;
  readonly maxSentences: number;
  /** Sentences already in the briefing elsewhere: new picks must not repeat them either. */
  readonly avoid?: readonly number[];
}

/** Indexes picked, in the order MMR picked them. */
export function mmrSelect(candidates: MmrCandidates, limits: MmrLimits): number[] {
  const picked: number[] = [];
  const left = new Set(candidates.indexes);
  let words = 0;
  const top = Math.max(1e-9, ...candidates.indexes.map((i) => candidates.score[i]!));
  while (left.size > 0 && picked.length < limits.maxSentences) {
    if (words >= limits.targetWords && picked.length >= limits.minSentences) break;
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const likeness = maxLikeness(candidates, i, [...picked, ...(limits.avoid ?? [])]);
      const fits = words + candidates.words(i) <= limits.maxWords || picked.length === 0;
      if (likeness >= limits.redundancy || !fits) continue;
      const value = limits.lambda * (candidates.score[i]! / top) - (1 - limits.lambda) * likeness;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
    left.delete(best);
    words += candidates.words(best);
  }
  return picked;
}

/** The highest cosine of candidate `i` with any of `others`. */
function maxLikeness(candidates: MmrCandidates, i: number, others: readonly number[]): number {
  let max = 0;
  for (const j of others) max = Math.max(max, cosine(candidates.vectors[i]!, candidates.vectors[j]!));
  return max;
}
