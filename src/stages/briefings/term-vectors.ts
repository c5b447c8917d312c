// Sparse TF-IDF vectors over the story's own vocabulary, and their cosine. IDF comes from the
// story itself: a word every outlet uses (the main name) weighs less than a detail only some share.

/** A unit-length sparse vector: term ids ascending, with weights. */
export interface TermVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Vocabulary and document frequencies over a set of stem lists. */
export interface Vocabulary {
  readonly ids: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
}

/** Builds the vocabulary and smoothed IDF (log(1 + N / df)) of `documents`. */
export function buildVocabulary(documents: readonly (readonly string[])[]): Vocabulary {
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const doc of documents) {
    for (const stem of new Set(doc)) {
      let id = ids.get(stem);
      if (id === undefined) {
        id = ids.size;
        ids.set(stem, id);
        df.push(0);
      }
      df[id]!++;
    }
  }
  const n = Math.max(1, documents.length);
  return { ids, idf: Float64Array.from(df, (d) => Math.log(1 + n / d)) };
}

/** The unit TF-IDF vector of `stems` (unknown stems are left out). */
export function termVector(stems: readonly string[], vocabulary: Vocabulary): TermVector {
  const tf = new Map<number, number>();
  for (const stem of stems) {
    const id = vocabulary.ids.get(stem);
    if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
  const weights = Float64Array.from(ids, (id) => tf.get(id)! * vocabulary.idf[id]!);
  return { ids, weights: unit(weights) };
}

/** Cosine of two unit vectors (a merge over sorted ids). */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The unit sum of `vectors` (a centroid), over a vocabulary of `size` terms. */
export function centroidVector(vectors: readonly TermVector[], size: number): TermVector {
  const sum = new Float64Array(size);
  for (const v of vectors) for (let i = 0; i < v.ids.length; i++) sum[v.ids[i]!]! += v.weights[i]!;
  const ids: number[] = [];
  for (let id = 0; id < size; id++) if (sum[id]! > 0) ids.push(id);
  const weights = Float64Array.from(ids, (id) => sum[id]!);
  return { ids: Int32Array.from(ids), weights: unit(weights) };
}

/** Scales `weights` in place to unit length (a loop: spreading a long array into Math.hypot overflows the stack). */
function unit(weights: Float64Array): Float64Array {
  let sum = 0;
  for (const w of weights) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return weights;
}
