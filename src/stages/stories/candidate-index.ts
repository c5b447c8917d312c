// Inverted index from a term to the stories whose articles weigh it most, so an article is
// scored against a few dozen likely stories instead of every story in the window.
import { topIndices } from './sparse-vector.ts';
import type { StoryState } from './story-state.ts';
import type { TermHolds } from './term-table.ts';
import { doubled } from './typed-arrays.ts';

/** Share of the indexed stories beyond which a term's list is not walked in a lookup... */
const COMMON_TERM_SHARE = 0.05;
/** ...unless the list is this short anyway (a small window). */
const COMMON_TERM_FLOOR = 100;

/** Term id to stories, with lookup ranked by the weight of the shared terms. A lookup walks
 * hundreds of list entries per article, so a listed story is a row number into typed arrays
 * (language, lookup epoch, lookup sum) rather than an object to dereference: the walk then reads
 * a few compact arrays instead of touching a story object scattered in the heap per entry. Each
 * list entry holds its term id in the term table. */
export class CandidateIndex {
  /** By term id: the rows of the stories listed under it, in listing order. */
  private readonly postings: (number[] | undefined)[] = [];
  /** Term ids with a list. */
  private listed = 0;
  /** Lookup counter: a row's sum is valid in the lookup whose epoch it carries (no Map per lookup). */
  private epoch = 0;
  /** Stories listed (for the share of them a term may list and still be walked). */
  private stories = 0;
  /** Per row: the story, its language number, the lookup that last touched it and its sum there. */
  private rowStory: (StoryState | null)[] = [];
  private rowLanguage = new Int32Array(64);
  private rowEpoch = new Int32Array(64);
  private rowScore = new Float64Array(64);
  private readonly freeRows: number[] = [];
  private readonly languages = new Map<string, number>();

  constructor(private readonly holds: TermHolds) {}

  /** Lists `story` under the index terms of one of its articles. A story is listed under a term
   * while at least one of its window articles has it among its index terms, so the story counts
   * them per term: `unlist` takes an article's terms back out when it leaves the window. */
  add(story: StoryState, terms: readonly number[]): void {
    for (const term of terms) this.list(story, term, 1);
  }

  /** Lists `into` under the terms of `from`, with their counts, and unlists `from` (a merge). */
  absorb(into: StoryState, from: StoryState): void {
    // Listed under `into` before `from` is unlisted, so no term id is let go in between.
    for (const [term, articles] of from.indexedTerms) this.list(into, term, articles);
    this.remove(from);
  }

  /** Takes back the index terms of one article of `story` that left the window: a term no window
   * article of the story still has is unlisted, so a story that goes on for weeks is listed only
   * under what its recent coverage is about (and holds no term ids of its history). */
  unlist(story: StoryState, terms: readonly number[]): void {
    for (const term of terms) {
      const articles = story.indexedTerms.get(term);
      if (articles === undefined) continue;
      if (articles > 1) story.indexedTerms.set(term, articles - 1);
      else {
        story.indexedTerms.delete(term);
        this.unlistRow(story.candidateRow, term);
      }
    }
    if (story.indexedTerms.size === 0) this.freeRow(story);
  }

  /** Unlists a story under all its terms. */
  remove(story: StoryState): void {
    for (const term of story.indexedTerms.keys()) this.unlistRow(story.candidateRow, term);
    story.indexedTerms.clear();
    this.freeRow(story);
  }

  /** Up to `limit` stories of `language` sharing the given weighted term ids, best first, leaving
   * out those whose shared weight is under `minShare` of the best one's. */
  lookup(terms: readonly number[], weights: readonly number[], language: string, limit: number, minShare = 0): StoryState[] {
    const epoch = ++this.epoch;
    const languageNumber = this.languages.get(language);
    if (languageNumber === undefined) return [];
    const { rowLanguage, rowEpoch, rowScore } = this;
    // Rows in first-touch order, as a Map's insertion order would give them: the stable ranking
    // below then orders ties exactly as before.
    const touched: number[] = [];
    const longest = Math.max(COMMON_TERM_FLOOR, this.stories * COMMON_TERM_SHARE);
    for (let i = 0; i < terms.length; i++) {
      const list = this.postings[terms[i]!];
      // A term that lists a large share of the window's stories ("trump", "covid") tells little
      // about which one is meant and would cost a walk over hundreds: the other terms decide.
      if (list === undefined || list.length > longest) continue;
      const w = weights[i]!;
      for (let j = 0; j < list.length; j++) {
        const row = list[j]!;
        if (rowLanguage[row] !== languageNumber) continue;
        if (rowEpoch[row] !== epoch) {
          rowEpoch[row] = epoch;
          rowScore[row] = 0 + w;
          touched.push(row);
        } else rowScore[row]! += w;
      }
    }
    // The highest sums first, ties in first-touch order.
    const best = topIndices(touched.map((row) => rowScore[row]!), limit).map((i) => touched[i]!);
    const floor = best.length > 0 ? rowScore[best[0]!]! * minShare : 0;
    while (best.length > 0 && rowScore[best[best.length - 1]!]! < floor) best.pop();
    return best.map((row) => this.rowStory[row]!);
  }

  /** Number of terms indexed (for memory figures). */
  get terms(): number {
    return this.listed;
  }

  /** Adds `articles` to the story's count for a term, listing it there on the first. */
  private list(story: StoryState, term: number, articles: number): void {
    const known = story.indexedTerms.get(term);
    if (known !== undefined) {
      story.indexedTerms.set(term, known + articles);
      return;
    }
    if (story.indexedTerms.size === 0) this.stories++;
    story.indexedTerms.set(term, articles);
    const row = this.rowOf(story);
    const list = this.postings[term];
    if (list) list.push(row);
    else {
      // Grown one entry at a time (ids are dense), so the array never turns into a sparse dictionary.
      while (this.postings.length <= term) this.postings.push(undefined);
      this.postings[term] = [row];
      this.listed++;
    }
    this.holds.retain(term);
  }

  /** Takes a row out of a term's list (the others keep their order) and lets go of the term id. */
  private unlistRow(row: number, term: number): void {
    const list = this.postings[term];
    if (!list) return;
    const at = list.indexOf(row);
    if (at < 0) return;
    list.splice(at, 1);
    if (list.length === 0) {
      this.postings[term] = undefined;
      this.listed--;
    }
    this.holds.release(term);
  }

  /** Gives back the row of a story no longer listed under any term. */
  private freeRow(story: StoryState): void {
    const row = story.candidateRow;
    if (row < 0) return;
    this.stories--;
    this.rowStory[row] = null;
    this.freeRows.push(row);
    story.candidateRow = -1;
  }

  /** The story's row, given one on its first listing. */
  private rowOf(story: StoryState): number {
    if (story.candidateRow >= 0) return story.candidateRow;
    const row = this.freeRows.pop() ?? this.newRow();
    let languageNumber = this.languages.get(story.language);
    if (languageNumber === undefined) {
      languageNumber = this.languages.size;
      this.languages.set(story.language, languageNumber);
    }
    this.rowStory[row] = story;
    this.rowLanguage[row] = languageNumber;
    // Epochs start at 1, so a fresh or reused row counts as untouched in the next lookup.
    this.rowEpoch[row] = 0;
    story.candidateRow = row;
    return row;
  }

  private newRow(): number {
    const row = this.rowStory.length;
    this.rowStory.push(null);
    if (row >= this.rowEpoch.length) {
      this.rowLanguage = doubled(this.rowLanguage);
      this.rowEpoch = doubled(this.rowEpoch);
      this.rowScore = doubled(this.rowScore);
    }
    return row;
  }
}
