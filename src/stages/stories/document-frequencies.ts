// Document frequencies over the articles in the window: the weights that are "learned as the
// corpus grows". Articles leaving the window are subtracted, so rare-then-common words adjust and
// the table stays as large as the window's vocabulary, not history's.

/** A term's count, held in a small mutable box: counting an article already in the table then
 * costs one hash lookup per term instead of a get and a set (every article adds and later
 * removes all its distinct terms, so this is one of the hottest tables). */
interface Count {
  n: number;
}

/** How many window articles contain each term, and the inverse document frequency from it. */
export class DocumentFrequencies {
  private readonly counts = new Map<string, Count>();
  private documents = 0;

  /** Counts one article's distinct terms. */
  add(terms: Iterable<string>): void {
    this.documents++;
    for (const term of terms) {
      const count = this.counts.get(term);
      if (count === undefined) this.counts.set(term, { n: 1 });
      else count.n++;
    }
  }

  /** Uncounts an article that left the window. */
  remove(terms: readonly string[]): void {
    this.documents--;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const count = this.counts.get(term);
      if (count === undefined) continue;
      if (--count.n <= 0) this.counts.delete(term);
    }
  }

  /** How many window articles contain the term. */
  count(term: string): number {
    return this.counts.get(term)?.n ?? 0;
  }

  /** Smoothed idf, ln((N + 1) / (df + 1)) + 1; with few documents all words weigh about the same. */
  idf(term: string): number {
    return Math.log((this.documents + 1) / ((this.counts.get(term)?.n ?? 0) + 1)) + 1;
  }

  /** Number of distinct terms held (for memory figures). */
  get vocabulary(): number {
    return this.counts.size;
  }
}
