// How much of the coverage stands behind each sentence. The cascade, per sentence:
//   1. agreement: for every other source group, the best cosine with one of its sentences,
//      averaged over those groups (what several outlets say, not what one outlet stresses);
//   2. centroid: cosine with the whole story, titles counted twice (its main subject);
//   3. title: cosine with the centroid of the articles' titles (what the editors led with);
//   4. position: 1 / (1 + rank in the article), because news puts who-what-when first;
//   5. length: a long sentence carries more words that no other outlet shares (min(words, 60) / 60);
//   6. penalties for what makes a poor fact sentence: a question, a fragment (under 8 words),
//      a run-on (over 45), an excerpt cut off with "...", a sentence that is mostly a quotation.
import type { BriefingArticle, BriefingOptions } from './briefing-input.ts';
import type { SentencePool } from './sentence-pool.ts';
import { buildVocabulary, centroidVector, cosine, termVector, type TermVector, type Vocabulary } from './term-vectors.ts';
import { contentStems } from './word-tokens.ts';

/** Scores and vectors of a pool's sentences. */
export interface ScoredPool {
  readonly vectors: readonly TermVector[];
  readonly agreement: Float64Array;
  readonly centroid: Float64Array;
  /** The final score (weights applied, penalties multiplied in). */
  readonly score: Float64Array;
  readonly vocabulary: Vocabulary;
  readonly storyVector: TermVector;
}

/** Scores every sentence of `pool` (steps 1–4 above). */
export function scoreSentences(pool: SentencePool, articles: readonly BriefingArticle[], options: BriefingOptions): ScoredPool {
  const titles = articles.map((a) => contentStems(a.title));
  const vocabulary = buildVocabulary([...pool.sentences.map((s) => s.stems), ...titles]);
  const vectors = pool.sentences.map((s) => termVector(s.stems, vocabulary));
  const titleVectors = titles.map((t) => termVector(t, vocabulary));
  const storyVector = centroidVector([...vectors, ...titleVectors, ...titleVectors], vocabulary.idf.length);
  const agreement = agreementScores(pool, vectors, vocabulary.idf.length);
  const centroid = Float64Array.from(vectors, (v) => cosine(v, storyVector));
  const titleVector = centroidVector(titleVectors, vocabulary.idf.length);
  const score = new Float64Array(vectors.length);
  pool.sentences.forEach((s, i) => {
    const base =
      options.agreementWeight * agreement[i]! +
      options.centroidWeight * centroid[i]! +
      options.titleWeight * cosine(vectors[i]!, titleVector) +
      options.positionWeight / (1 + s.position) -
      (options.lengthWeight * Math.min(s.words, 60)) / 60;
    score[i] = Math.max(1e-6, base) * penalty(s.text, s.words, quotedShare(s.text));
  });
  return { vectors, agreement, centroid, score, vocabulary, storyVector };
}

/** Step 1: mean over the other source groups of the best cosine with one of their sentences. */
function agreementScores(pool: SentencePool, vectors: readonly TermVector[], size: number): Float64Array {
  const out = new Float64Array(vectors.length);
  if (pool.groupCount < 2) return out;
  const postings = buildPostings(vectors, size);
  const dots = new Float64Array(vectors.length);
  const best = new Float64Array(pool.groupCount);
  const touched = new Int32Array(vectors.length);
  const groupOf = Int32Array.from(pool.sentences, (s) => s.group);
  vectors.forEach((v, s) => {
    let count = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      const w = v.weights[k]!;
      for (let p = postings.offsets[id]!; p < postings.offsets[id + 1]!; p++) {
        const t = postings.sentences[p]!;
        if (dots[t] === 0) touched[count++] = t;
        dots[t]! += w * postings.weights[p]!;
      }
    }
    best.fill(0);
    for (let k = 0; k < count; k++) {
      const t = touched[k]!;
      const g = groupOf[t]!;
      if (dots[t]! > best[g]!) best[g] = dots[t]!;
      dots[t] = 0;
    }
    const own = groupOf[s]!;
    let sum = 0;
    for (let g = 0; g < pool.groupCount; g++) if (g !== own) sum += best[g]!;
    out[s] = sum / (pool.groupCount - 1);
  });
  return out;
}

/** Term -> (sentence, weight) lists in flat typed arrays (CSR), for the agreement sums. */
function buildPostings(vectors: readonly TermVector[], size: number): { offsets: Int32Array; sentences: Int32Array; weights: Float64Array } {
  const offsets = new Int32Array(size + 1);
  for (const v of vectors) for (const id of v.ids) offsets[id + 1]!++;
  for (let id = 0; id < size; id++) offsets[id + 1]! += offsets[id]!;
  const fill = offsets.slice(0, size);
  const sentences = new Int32Array(offsets[size]!);
  const weights = new Float64Array(offsets[size]!);
  vectors.forEach((v, s) => {
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]!]!++;
      sentences[at] = s;
      weights[at] = v.weights[k]!;
    }
  });
  return { offsets, sentences, weights };
}

/** Step 6: a multiplier in (0, 1] for sentence shapes that make poor facts. */
function penalty(text: string, words: number, quoted: number): number {
  let p = 1;
  if (/\?["'”’)]*$/.test(text)) p *= 0.3;
  if (words < 8) p *= 0.4;
  else if (words > 45) p *= 0.6;
  if (/(?:\.\.\.|…)["'”’]*$/.test(text)) p *= 0.5;
  if (quoted > 0.6) p *= 0.5;
  return p;
}

/** Share of `text`'s characters inside quotation marks. */
export function quotedShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/["“][^"“”]*["”]/g)) inside += m[0].length;
  return text.length > 0 ? inside / text.length : 0;
}
