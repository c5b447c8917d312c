// Document frequencies over the articles in the window: the weights that are "learned as the
// corpus grows". Articles leaving the window are subtracted, so rare-then-common words adjust and
// the table stays as large as the window's vocabulary, not history's.

/** How many window articles contain each term, and the inverse document frequency from it. */
export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  /** Counts one article's distinct terms. */
  add(terms: Iterable<string>): void {
    this.documents++;
    for (const term of terms) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  /** Uncounts an article that left the window. */
  remove(terms: Iterable<string>): void {
    this.documents--;
    for (const term of terms) {
      const n = (this.counts.get(term) ?? 0) - 1;
      if (n <= 0) this.counts.delete(term);
      else this.counts.set(term, n);
    }
  }

  /** How many window articles contain the term. */
  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Smoothed idf, ln((N + 1) / (df + 1)) + 1; with few documents all words weigh about the same. */
  idf(term: string): number {
    return Math.log((this.documents + 1) / ((this.counts.get(term) ?? 0) + 1)) + 1;
  }

  /** Number of distinct terms held (for memory figures). */
  get vocabulary(): number {
    return this.counts.size;
  }
}
