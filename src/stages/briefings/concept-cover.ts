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

/** Whether two candidates tell the same fact; a set never holds both. */
export type Repeats = (i: number, j: number) => boolean;

/**
 * Candidate indexes covering the most concept weight within the limits; ties go to the higher
 * `tiebreak` sum. Paraphrases share few concepts, so concepts counting once does not keep them
 * apart: a set also avoids holding two `repeats` of each other, and of two that tell one fact it
 * keeps the one whose other concepts (its new information) weigh more. House length comes first:
 * a repeat is taken only when no set of house length (minSentences, minWords) avoids it, which
 * happens when the coverage is a few paragraphs that all tell the lead fact.
 */
export function coverConcepts(candidates: readonly number[], pool: SentencePool, weights: ReadonlyMap<string, number>, tiebreak: Float64Array, limits: CoverLimits, repeats: Repeats = () => false): number[] {
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
  const repeatsIn = (chosen: readonly number[], i: number): number => chosen.reduce((n, j) => n + (repeats(i, j) ? 1 : 0), 0);
  if (candidates.length <= EXACT_LIMIT) return exactCover(candidates, value, words, repeatsIn, limits);
  const strict = greedyCover(candidates, concepts, weights, words, (chosen, i) => repeatsIn(chosen, i) === 0, limits);
  return isFull(strict, words, limits) ? strict : greedyCover(candidates, concepts, weights, words, () => true, limits);
}

/** Whether a set reaches the house minimum of sentences and words. */
function isFull(set: readonly number[], words: (i: number) => number, limits: CoverLimits): boolean {
  return set.length >= limits.minSentences && set.reduce((n, i) => n + words(i), 0) >= limits.minWords;
}

/** Best subset by enumeration: full sets first, then fewer repeats, then value. */
function exactCover(candidates: readonly number[], value: (s: readonly number[]) => number, words: (i: number) => number, repeatsIn: (chosen: readonly number[], i: number) => number, limits: CoverLimits): number[] {
  let best: number[] = [];
  let bestValue = -1;
  let bestFull = false;
  let bestRepeats = Infinity;
  const chosen: number[] = [];
  const walk = (from: number, used: number, repeated: number): void => {
    if (chosen.length > 0) {
      const full = chosen.length >= limits.minSentences && used >= limits.minWords;
      const v = value(chosen);
      const better = full !== bestFull ? full : repeated !== bestRepeats ? repeated < bestRepeats : v > bestValue + 1e-9;
      if (better) {
        best = [...chosen];
        bestValue = v;
        bestFull = full;
        bestRepeats = repeated;
      }
    }
    if (chosen.length >= limits.maxSentences) return;
    for (let k = from; k < candidates.length; k++) {
      const i = candidates[k]!;
      if (used + words(i) > limits.maxWords) continue;
      const more = repeatsIn(chosen, i);
      chosen.push(i);
      walk(k + 1, used + words(i), repeated + more);
      chosen.pop();
    }
  };
  walk(0, 0, 0);
  return best;
}

/** Budgeted greedy: the best gain per word each time, while it fits (gains kept incrementally). */
function greedyCover(
  candidates: readonly number[],
  concepts: ReadonlyMap<number, readonly string[]>,
  weights: ReadonlyMap<string, number>,
  words: (i: number) => number,
  fits: (chosen: readonly number[], i: number) => boolean,
  limits: CoverLimits,
): number[] {
  const chosen: number[] = [];
  const covered = new Set<string>();
  let used = 0;
  while (chosen.length < limits.maxSentences) {
    let best = -1;
    let bestRatio = 0;
    for (const i of candidates) {
      if (used + words(i) > limits.maxWords || chosen.includes(i) || !fits(chosen, i)) continue;
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
