// What happened as a coverage problem (Gillick & Favre 2009): the story's concepts are the word
// pairs (stemmed bigrams, not both function words) that several source groups use; the chosen
// sentences should cover as much concept weight as possible within the word budget. Concepts
// count once, so two sentences telling the same fact gain nothing from each other. Small pools
// are solved exactly by enumeration; large ones by the budgeted greedy (gain per word).
import type { SentencePool } from './sentence-pool.ts';
import { porterStem } from './porter-stemmer.ts';
import { STOP_WORDS } from './stop-words.ts';
import { wordTokens } from './word-tokens.ts';

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
  const words = wordTokens(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (STOP_WORDS.has(words[i]!) && STOP_WORDS.has(words[i + 1]!)) continue;
    out.push(`${porterStem(words[i]!)} ${porterStem(words[i + 1]!)}`);
  }
  return out;
}

/** Concept weights: the number of source groups using each concept (titles count for their group); only concepts of two or more groups. */
export function conceptWeights(pool: SentencePool, titles: readonly string[]): Map<string, number> {
  const groupsOf = new Map<string, Set<number>>();
  const add = (concept: string, group: number): void => {
    const set = groupsOf.get(concept) ?? new Set<number>();
    set.add(group);
    groupsOf.set(concept, set);
  };
  for (const s of pool.sentences) for (const c of conceptsOf(s.text)) add(c, s.group);
  titles.forEach((t, a) => conceptsOf(t).forEach((c) => add(c, pool.groups[a]!)));
  const weights = new Map<string, number>();
  for (const [c, set] of groupsOf) if (set.size >= 2) weights.set(c, set.size);
  return weights;
}

/** Candidate indexes covering the most concept weight within the limits; ties go to the higher `tiebreak` sum. */
export function coverConcepts(candidates: readonly number[], pool: SentencePool, weights: ReadonlyMap<string, number>, tiebreak: Float64Array, limits: CoverLimits): number[] {
  const concepts = new Map(candidates.map((i) => [i, [...new Set(conceptsOf(pool.sentences[i]!.text))].filter((c) => weights.has(c))]));
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
  return candidates.length <= EXACT_LIMIT ? exactCover(candidates, value, words, limits) : greedyCover(candidates, value, words, limits);
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

/** Budgeted greedy: the best gain per word each time, while it fits. */
function greedyCover(candidates: readonly number[], value: (s: readonly number[]) => number, words: (i: number) => number, limits: CoverLimits): number[] {
  const chosen: number[] = [];
  let used = 0;
  let current = 0;
  while (chosen.length < limits.maxSentences) {
    let best = -1;
    let bestRatio = 0;
    for (const i of candidates) {
      if (chosen.includes(i) || used + words(i) > limits.maxWords) continue;
      const ratio = (value([...chosen, i]) - current) / Math.max(1, words(i));
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    used += words(best);
    current = value(chosen);
  }
  return chosen;
}
