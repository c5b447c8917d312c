// Where an extractive What happened can land on a story with a reference summary, for the eval:
// every set of 2–4 candidate sentences within the house word range is scored with ROUGE-2 F1;
// the best set is the ceiling (an oracle that knows the reference), the mean over all sets is
// what a random pick scores. A composer's figure means little without these two beside it.
import type { BriefingArticle } from './briefing-input.ts';
import { rougeTokens } from './rouge-score.ts';
import { buildPool } from './sentence-pool.ts';

/** The sets that are scored: candidates and the house limits. */
export interface BoundLimits {
  /** Only the first this-many sentences of an article are candidates, as for the composer. */
  readonly leadSentences: number;
  readonly minWords: number;
  readonly maxWords: number;
  readonly minSentences: number;
  readonly maxSentences: number;
}

/** ROUGE-2 F1 of the best and of the average set; null when no set fits (or the pool is too large to enumerate). */
export interface ExtractiveBounds {
  readonly oracle: number;
  readonly random: number;
  readonly sets: number;
}

/** Above this many candidates enumeration costs too much for an eval. */
const MAX_CANDIDATES = 18;

/** Candidate sentence in ROUGE form: its reference-bigram ids (-1 for bigrams not in the reference). */
interface Unit {
  readonly words: number;
  readonly tokens: number;
  readonly first: string;
  readonly last: string;
  readonly ids: Int32Array;
}

/** The oracle and random ROUGE-2 F1 of `articles` against the reference's ROUGE tokens (sentences joined in article order, as summaries are scored). */
export function extractiveBounds(articles: readonly BriefingArticle[], refTokens: readonly string[], limits: BoundLimits): ExtractiveBounds | null {
  const refIds = new Map<string, number>();
  const refCount: number[] = [];
  for (let i = 0; i + 1 < refTokens.length; i++) {
    const gram = `${refTokens[i]} ${refTokens[i + 1]}`;
    const id = refIds.get(gram) ?? refIds.size;
    if (id === refIds.size) {
      refIds.set(gram, id);
      refCount.push(0);
    }
    refCount[id]!++;
  }
  const units: Unit[] = buildPool(articles)
    .sentences.filter((s) => s.position < limits.leadSentences && s.words >= 5)
    .map((s) => {
      const t = rougeTokens(s.text);
      const ids = Int32Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => refIds.get(`${t[i]} ${t[i + 1]}`) ?? -1);
      return { words: s.words, tokens: t.length, first: t[0] ?? '', last: t[t.length - 1] ?? '', ids };
    })
    .filter((u) => u.tokens > 0);
  if (units.length === 0 || units.length > MAX_CANDIDATES) return null;
  return enumerate(units, refIds, refCount, Math.max(0, refTokens.length - 1), limits);
}

/** Depth-first over the sets in pool order, hits kept incrementally (clipped by the reference counts). */
function enumerate(units: readonly Unit[], refIds: ReadonlyMap<string, number>, refCount: readonly number[], refTotal: number, limits: BoundLimits): ExtractiveBounds | null {
  const counts = new Int32Array(refCount.length);
  let hits = 0;
  const add = (id: number, step: 1 | -1): void => {
    if (id < 0) return;
    if (step === 1) {
      if (counts[id]! < refCount[id]!) hits++;
      counts[id]!++;
    } else {
      counts[id]!--;
      if (counts[id]! < refCount[id]!) hits--;
    }
  };
  const addUnit = (u: Unit, previous: Unit | null, step: 1 | -1): void => {
    for (const id of u.ids) add(id, step);
    // The bigram across the joint, as the flat token list of a summary has it.
    if (previous) add(refIds.get(`${previous.last} ${u.first}`) ?? -1, step);
  };
  let best = 0;
  let sum = 0;
  let sets = 0;
  const walk = (from: number, chosen: number, words: number, tokens: number, previous: Unit | null): void => {
    if (chosen >= limits.minSentences && words >= limits.minWords) {
      const candidateTotal = tokens - 1;
      const f1 = hits > 0 ? (2 * hits) / (candidateTotal + refTotal) : 0;
      best = Math.max(best, f1);
      sum += f1;
      sets++;
    }
    if (chosen >= limits.maxSentences) return;
    for (let k = from; k < units.length; k++) {
      const u = units[k]!;
      if (words + u.words > limits.maxWords) continue;
      addUnit(u, previous, 1);
      walk(k + 1, chosen + 1, words + u.words, tokens + u.tokens, u);
      addUnit(u, previous, -1);
    }
  };
  walk(0, 0, 0, 0, null);
  return sets > 0 ? { oracle: best, random: sum / sets, sets } : null;
}
