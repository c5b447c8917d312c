// The window's terms as small integers, shared by the document frequencies, the story centres and
// the candidate index: each of them then indexes typed arrays or integer-keyed tables by term id
// instead of hashing the term's string again (an article's terms were looked up by string a few
// dozen times each: counted, weighted, probed, and once per candidate story scored).
//
// An id lives while something holds it: a window article that contains the term (its document
// frequency), a story centre with a weight for it, or a story listed under it in the candidate
// index. When the last holder lets go the id is free and reused for the next new term, so the
// table stays as large as the window's vocabulary, however long the stream runs.
import { doubled } from './typed-arrays.ts';

/** Where the clusterer's tables retain and release the term ids they hold. */
export interface TermHolds {
  retain(id: number): void;
  release(id: number): void;
}

/** Serial numbers of tables, so a cached id can say which table gave it. */
let tables = 0;

/** Term string to id, with each id's document frequency and count of holders. */
export class TermTable implements TermHolds {
  /** This table's serial number (see `ArticleFeatures`: a word's cached id is valid for one table). */
  readonly serial = ++tables;
  private readonly ids = new Map<string, number>();
  /** Id to term; '' while the id is free. */
  private readonly terms: string[] = [];
  /** Window articles containing each term. */
  private counts = new Int32Array(1024);
  /** Holders of each id: its document frequency plus centres and index lists holding it. */
  private holds = new Int32Array(1024);
  private readonly free: number[] = [];
  private documents = 0;
  /** Ids with a document frequency above zero. */
  private counted = 0;

  /** The term's id, given one if it has none (it is free again unless something retains it). */
  idOf(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.free.pop() ?? this.newId();
    this.ids.set(term, id);
    this.terms[id] = term;
    return id;
  }

  /** The term of an id, or '' when the id is free. */
  term(id: number): string {
    return this.terms[id] ?? '';
  }

  /** Counts one article's distinct terms (document frequencies). */
  addDocument(ids: readonly number[]): void {
    this.documents++;
    const { counts, holds } = this;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (counts[id]!++ === 0) this.counted++;
      holds[id]!++;
    }
  }

  /** Uncounts an article that left the window. */
  removeDocument(ids: readonly number[]): void {
    this.documents--;
    const { counts } = this;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (counts[id]! <= 0) continue;
      if (--counts[id]! === 0) this.counted--;
      this.release(id);
    }
  }

  /** How many window articles contain the term. */
  count(id: number): number {
    return this.counts[id]!;
  }

  /** Smoothed idf, ln((N + 1) / (df + 1)) + 1; with few documents all words weigh about the same. */
  idf(id: number): number {
    return Math.log((this.documents + 1) / (this.counts[id]! + 1)) + 1;
  }

  retain(id: number): void {
    this.holds[id]!++;
  }

  release(id: number): void {
    if (--this.holds[id]! > 0) return;
    this.ids.delete(this.terms[id]!);
    this.terms[id] = '';
    this.free.push(id);
  }

  /** Terms with a document frequency (for memory figures). */
  get vocabulary(): number {
    return this.counted;
  }

  /** Ids in use, counted or only held by a centre or the index (for memory figures and tests). */
  get size(): number {
    return this.ids.size;
  }

  private newId(): number {
    const id = this.terms.length;
    this.terms.push('');
    if (id >= this.counts.length) {
      this.counts = doubled(this.counts);
      this.holds = doubled(this.holds);
    }
    return id;
  }
}
