// Baselines the eval runs beside the composer: the first sentence of each article, and LexRank
// (Erkan & Radev 2004, continuous form: PageRank over the cosine graph of the story's
// sentences) taking its top sentences until it is as long as the composer's What happened.
import type { BriefingArticle } from './briefing-input.ts';
import { buildPool } from './sentence-pool.ts';
import { buildVocabulary, cosine, termVector } from './term-vectors.ts';

/** The lead baseline: each article's first sentence, in input order. */
export function leadSummary(articles: readonly BriefingArticle[]): string[] {
  return buildPool(articles).sentences.filter((s) => s.position === 0).map((s) => s.text);
}

/** The LexRank baseline: best-ranked sentences until `words` words are reached (at least one). */
export function lexRankSummary(articles: readonly BriefingArticle[], words: number, damping = 0.85): string[] {
  const pool = buildPool(articles);
  const n = pool.sentences.length;
  if (n === 0) return [];
  const vocabulary = buildVocabulary(pool.sentences.map((s) => s.stems));
  const vectors = pool.sentences.map((s) => termVector(s.stems, vocabulary));
  const weights = vectors.map((v) => vectors.map((w) => cosine(v, w)));
  const rank = powerIterate(weights, damping);
  const order = [...rank.keys()].sort((a, b) => rank[b]! - rank[a]! || a - b);
  const picked: number[] = [];
  let total = 0;
  for (const i of order) {
    if (total >= words) break;
    picked.push(i);
    total += pool.sentences[i]!.words;
  }
  return picked.sort((a, b) => a - b).map((i) => pool.sentences[i]!.text);
}

/** PageRank scores of a weighted graph (rows normalised), 50 iterations or until it settles. */
function powerIterate(weights: readonly (readonly number[])[], damping: number): number[] {
  const n = weights.length;
  const rowSums = weights.map((row) => row.reduce((a, b) => a + b, 0) || 1);
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) next[j]! += (damping * rank[i]! * weights[i]![j]!) / rowSums[i]!;
    const change = next.reduce((d, v, k) => d + Math.abs(v - rank[k]!), 0);
    rank = next;
    if (change < 1e-8) break;
  }
  return rank;
}
