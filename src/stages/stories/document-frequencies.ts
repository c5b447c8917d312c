// Document frequencies of the baseline clusterer: how many articles seen so far contain each term
// (it has no window, so nothing is ever subtracted). Our clusterer counts its window's terms by id
// in term-table.ts.

/** A term's count, held in a small mutable box: counting an article's terms already in the table
 * then costs one hash lookup per term instead of a get and a set. */
interface Count {
  n: number;
}

/** How many articles contain each term, and the inverse document frequency from it. */
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

  /** Smoothed idf, ln((N + 1) / (df + 1)) + 1; with few documents all words weigh about the same. */
  idf(term: string): number {
    return Math.log((this.documents + 1) / ((this.counts.get(term)?.n ?? 0) + 1)) + 1;
  }
}
