// The centre of a story in one feature channel: the sum of its articles' unit vectors. Its squared
// norm is kept up to date on every addition so a cosine costs one pass over the article's terms.

/** Sum of unit vectors with its norm; cosines against it are those with the mean direction. */
export class StoryCentroid {
  private readonly weights = new Map<string, number>();
  private norm2 = 0;
  /** Unit vectors summed (articles in the story). */
  private count = 0;

  constructor(private readonly maxTerms: number) {}

  /** Number of terms held. */
  get size(): number {
    return this.weights.size;
  }

  /** Adds a unit vector (an article joining the story). */
  add(terms: readonly string[], weights: readonly number[]): void {
    this.count++;
    this.addWeights(terms, weights);
  }

  private addWeights(terms: readonly string[], weights: readonly number[]): void {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const w = weights[i]!;
      const old = this.weights.get(term) ?? 0;
      this.weights.set(term, old + w);
      this.norm2 += 2 * old * w + w * w;
    }
    if (this.weights.size > 2 * this.maxTerms) this.prune();
  }

  /** Subtracts a unit vector added before (an article leaving the window while its story goes on). */
  remove(terms: readonly string[], weights: readonly number[]): void {
    this.count = Math.max(0, this.count - 1);
    for (let i = 0; i < terms.length; i++) {
      const old = this.weights.get(terms[i]!);
      // A pruned term is already gone: nothing to subtract.
      if (old === undefined) continue;
      const next = old - weights[i]!;
      this.norm2 += next * next - old * old;
      if (next <= 1e-9) this.weights.delete(terms[i]!);
      else this.weights.set(terms[i]!, next);
    }
    if (this.norm2 < 1e-12 || this.count === 0) this.norm2 = Math.max(0, this.norm2);
  }

  /** Adds another centroid (a story merging into this one). */
  absorb(other: StoryCentroid): void {
    this.count += other.count;
    this.addWeights([...other.weights.keys()], [...other.weights.values()]);
  }

  /** Similarity of a unit vector to the story: the dot product with the sum of its articles,
   * divided by count^exponent. Exponent 1 is the mean cosine to the members (average link), which
   * keeps a large loose story from drawing in every article on its subject; a plain cosine with
   * the centre grows with the story's size when its members differ. */
  linkage(terms: readonly string[], weights: readonly number[], exponent: number): number {
    if (this.count === 0) return 0;
    let dot = 0;
    for (let i = 0; i < terms.length; i++) {
      const c = this.weights.get(terms[i]!);
      if (c !== undefined) dot += c * weights[i]!;
    }
    return dot / this.count ** exponent;
  }

  /** Linkage between two stories: mean pairwise cosine for exponent 1. */
  linkageWith(other: StoryCentroid, exponent: number): number {
    if (this.count === 0 || other.count === 0) return 0;
    const [small, large] = this.weights.size <= other.weights.size ? [this, other] : [other, this];
    let dot = 0;
    for (const [term, w] of small.weights) {
      const c = large.weights.get(term);
      if (c !== undefined) dot += c * w;
    }
    return dot / (this.count * other.count) ** exponent;
  }

  /** Cosine between this centre and a unit vector. */
  cosine(terms: readonly string[], weights: readonly number[]): number {
    if (this.norm2 <= 0) return 0;
    let dot = 0;
    for (let i = 0; i < terms.length; i++) {
      const c = this.weights.get(terms[i]!);
      if (c !== undefined) dot += c * weights[i]!;
    }
    return dot / Math.sqrt(this.norm2);
  }

  /** Cosine between two centres. */
  cosineWith(other: StoryCentroid): number {
    if (this.norm2 <= 0 || other.norm2 <= 0) return 0;
    const [small, large] = this.weights.size <= other.weights.size ? [this, other] : [other, this];
    let dot = 0;
    for (const [term, w] of small.weights) {
      const c = large.weights.get(term);
      if (c !== undefined) dot += c * w;
    }
    return dot / Math.sqrt(this.norm2 * other.norm2);
  }

  /** Keeps the `maxTerms` heaviest terms: a long-running story's tail of rare words decides nothing
   * but would cost memory and time on every comparison. */
  private prune(): void {
    const kept = [...this.weights].sort((a, b) => b[1] - a[1]).slice(0, this.maxTerms);
    this.weights.clear();
    this.norm2 = 0;
    for (const [term, w] of kept) {
      this.weights.set(term, w);
      this.norm2 += w * w;
    }
  }
}
