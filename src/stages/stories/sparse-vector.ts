// Sparse term vectors: an article's terms with TF-IDF weights, unit length, as two parallel
// arrays (cheaper to walk than a Map, and an article's vector never changes once built).

/** A unit-length sparse vector; `terms[i]` has weight `weights[i]`. Empty when the text had no terms. */
export interface SparseVector {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
}

/** The empty vector. */
export const EMPTY_VECTOR: SparseVector = Object.freeze({ terms: [], weights: [] });

/** Unit vector of (1 + ln tf) · idf(term) over the counted terms (the baseline's vectors): the
 * arithmetic of `weightedTermVector`, over the terms numbered in the map's order. */
export function weightedVector(counts: ReadonlyMap<string, number>, idf: (term: string) => number): SparseVector {
  const terms = [...counts.keys()];
  const vector = weightedTermVector({ ids: terms.map((_, i) => i), counts: [...counts.values()] }, (i) => idf(terms[i]!));
  if (vector === EMPTY_TERM_VECTOR) return EMPTY_VECTOR;
  return { terms: vector.ids.map((i) => terms[i]!), weights: vector.weights };
}

/** A unit-length vector over term ids (see term-table.ts); `ids[i]` has weight `weights[i]`. */
export interface TermVector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

/** The empty term vector. */
export const EMPTY_TERM_VECTOR: TermVector = Object.freeze({ ids: [], weights: [] });

/** Unit vector of (1 + ln tf) · idf(id) over counted term ids (`counts[i]` of `ids[i]`); terms of
 * weight 0 or less are left out. */
export function weightedTermVector(terms: { readonly ids: readonly number[]; readonly counts: readonly number[] }, idf: (id: number) => number): TermVector {
  const ids: number[] = [];
  const weights: number[] = [];
  let norm2 = 0;
  for (let i = 0; i < terms.ids.length; i++) {
    const id = terms.ids[i]!;
    const w = (1 + Math.log(terms.counts[i]!)) * idf(id);
    if (w <= 0) continue;
    ids.push(id);
    weights.push(w);
    norm2 += w * w;
  }
  if (norm2 === 0) return EMPTY_TERM_VECTOR;
  const norm = Math.sqrt(norm2);
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  return { ids, weights };
}

/** The `k` heaviest term ids of a vector, heaviest first. */
export function topIds(vector: TermVector, k: number): number[] {
  return topIndices(vector.weights, k).map((i) => vector.ids[i]!);
}

/** The `k` heaviest terms of a vector, heaviest first. */
export function topTerms(vector: SparseVector, k: number): string[] {
  return topIndices(vector.weights, k).map((i) => vector.terms[i]!);
}

/** Positions of the `k` highest weights (a vector's heaviest terms, a lookup's best sums),
 * highest first, ties in array order as a stable sort would give them. One pass with insertion
 * into a short sorted list: k is small beside the terms of a long text or the stories a lookup touches. */
export function topIndices(weights: readonly number[], k: number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (top.length === k && w <= weights[top[k - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && weights[top[at - 1]!]! < w) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
