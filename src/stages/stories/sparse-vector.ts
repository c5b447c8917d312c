// Sparse term vectors: an article's terms with TF-IDF weights, unit length, as two parallel
// arrays (cheaper to walk than a Map, and an article's vector never changes once built).

/** A unit-length sparse vector; `terms[i]` has weight `weights[i]`. Empty when the text had no terms. */
export interface SparseVector {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
}

/** The empty vector. */
export const EMPTY_VECTOR: SparseVector = Object.freeze({ terms: [], weights: [] });

/** Unit vector of (1 + ln tf) · idf(term) over the counted terms. */
export function weightedVector(counts: ReadonlyMap<string, number>, idf: (term: string) => number): SparseVector {
  const terms: string[] = [];
  const weights: number[] = [];
  let norm2 = 0;
  for (const [term, tf] of counts) {
    const w = (1 + Math.log(tf)) * idf(term);
    if (w <= 0) continue;
    terms.push(term);
    weights.push(w);
    norm2 += w * w;
  }
  if (norm2 === 0) return EMPTY_VECTOR;
  const norm = Math.sqrt(norm2);
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  return { terms, weights };
}

/** The `k` heaviest terms of a vector, heaviest first. */
export function topTerms(vector: SparseVector, k: number): string[] {
  return topIndices(vector, k).map((i) => vector.terms[i]!);
}

/** Positions of the `k` heaviest terms of a vector, heaviest first (ties in vector order). */
export function topIndices(vector: SparseVector, k: number): number[] {
  const order = vector.weights.map((_, i) => i).sort((a, b) => vector.weights[b]! - vector.weights[a]!);
  return order.slice(0, k);
}
