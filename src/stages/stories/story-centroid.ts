// The centre of a baseline cluster: the sum of its articles' unit vectors. Its squared norm is
// kept up to date on every addition so a cosine costs one pass over the article's terms. (Our
// clusterer keeps its three channels together in story-centres.ts.)

/** Sum of unit vectors with its norm; cosines against it are those with the mean direction. */
export class StoryCentroid {
  private readonly weights = new Map<string, number>();
  private norm2 = 0;

  constructor(private readonly maxTerms: number) {}

  /** Number of terms held. */
  get size(): number {
    return this.weights.size;
  }

  /** Adds a unit vector (an article joining the story). */
  add(terms: readonly string[], weights: readonly number[]): void {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const w = weights[i]!;
      const old = this.weights.get(term) ?? 0;
      this.weights.set(term, old + w);
      this.norm2 += 2 * old * w + w * w;
    }
    if (this.weights.size > 2 * this.maxTerms) this.prune();
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
