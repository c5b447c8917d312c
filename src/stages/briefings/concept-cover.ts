// What happened as a coverage problem (Gillick & Favre 2009): the story's concepts are the word
// pairs (stemmed bigrams, not both function words) that several source groups use; the chosen
// sentences should cover as much concept weight as possible within the word budget. Concepts
// count once, so two sentences telling the same fact gain nothing from each other. Small pools
// are solved exactly by enumeration; large ones by the budgeted greedy (gain per word).
import type { SentencePool } from './sentence-pool.ts';
import { analyseWords } from './word-tokens.ts';

/** Limits of one selection. */
export interface CoverLimits {
  /** A set under this many words is taken only when no longer one fits. */
  readonly minWords: number;
  readonly maxWords: number;
  readonly minSentences: number;
  readonly maxSentences: number;
}

/** Exact search above this many candidates would cost too much; greedy is used instead. */
const EXACT_LIMIT = 14;

/** Stemmed bigrams of `text` that are not made of function words only. */
export function conceptsOf(text: string): string[] {
  return analyseWords(text).concepts;
}

/** Concept weights: the number of source groups using each concept (titles count for their group); only concepts of two or more groups. */
export function conceptWeights(pool: SentencePool, titles: readonly string[]): Map<string, number> {
  const groupsOf = new Map<string, Set<number>>();
  const add = (concept: string, group: number): void => {
    const set = groupsOf.get(concept) ?? new Set<number>();
    set.add(group);
    groupsOf.set(concept, set);
  };
  for (const s of pool.sentences) for (const c of s.concepts) add(c, s.group);
  titles.forEach((t, a) => conceptsOf(t).forEach((c) => add(c, pool.groups[a]!)));
  const weights = new Map<string, number>();
  for (const [c, set] of groupsOf) if (set.size >= 2) weights.set(c, set.size);
  return weights;
}

/** Candidate indexes covering the most concept weight within the limits; ties go to the higher `tiebreak` sum. */
export function coverConcepts(candidates: readonly number[], pool: SentencePool, weights: ReadonlyMap<string, number>, tiebreak: Float64Array, limits: CoverLimits): number[] {
  const concepts = new Map(candidates.map((i) => [i, [...new Set(pool.sentences[i]!.concepts)].filter((c) => weights.has(c))]));
  const value = (set: readonly number[]): number => {
    const seen = new Set<string>();
    let total = 0;
    for (const i of set) for (const c of concepts.get(i)!) if (!seen.has(c)) {
      seen.add(c);
      total += weights.get(c)!;
    }
    // The tiebreak is a mean, so adding a sentence that covers nothing new never wins.
    return total + (1e-3 * set.reduce((n, i) => n + tiebreak[i]!, 0)) / Math.max(1, set.length);
  };
  const words = (i: number): number => pool.sentences[i]!.words;
  return candidates.length <= EXACT_LIMIT ? exactCover(candidates, value, words, limits) : greedyCover(candidates, concepts, weights, words, limits);
}

/** Best subset by enumeration; subsets under the minimum count or words only when no full one fits. */
function exactCover(candidates: readonly number[], value: (s: readonly number[]) => number, words: (i: number) => number, limits: CoverLimits): number[] {
  let best: number[] = [];
  let bestValue = -1;
  let bestFull = false;
  const chosen: number[] = [];
  const walk = (from: number, used: number): void => {
    if (chosen.length > 0) {
      const full = chosen.length >= limits.minSentences && used >= limits.minWords;
      const v = value(chosen);
      if ((full && !bestFull) || (full === bestFull && v > bestValue + 1e-9)) {
        best = [...chosen];
        bestValue = v;
        bestFull = full;
      }
    }
    if (chosen.length >= limits.maxSentences) return;
    for (let k = from; k < candidates.length; k++) {
      const i = candidates[k]!;
      if (used + words(i) > limits.maxWords) continue;
      chosen.push(i);
      walk(k + 1, used + words(i));
      chosen.pop();
    }
  };
  walk(0, 0);
  return best;
}

/** Budgeted greedy: the best gain per word each time, while it fits (gains kept incrementally). */
function greedyCover(candidates: readonly number[], concepts: ReadonlyMap<number, readonly string[]>, weights: ReadonlyMap<string, number>, words: (i: number) => number, limits: CoverLimits): number[] {
  const chosen: number[] = [];
  const covered = new Set<string>();
  let used = 0;
  while (chosen.length < limits.maxSentences) {
    let best = -1;
    let bestRatio = 0;
    for (const i of candidates) {
      if (used + words(i) > limits.maxWords || chosen.includes(i)) continue;
      let gain = 0;
      for (const c of concepts.get(i)!) if (!covered.has(c)) gain += weights.get(c)!;
      const ratio = gain / Math.max(1, words(i));
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    used += words(best);
    for (const c of concepts.get(best)!) covered.add(c);
  }
  return chosen;
}
