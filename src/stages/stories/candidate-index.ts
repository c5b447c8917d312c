// Inverted index from a term to the stories whose articles weigh it most, so an article is
// scored against a few dozen likely stories instead of every story in the window.
import type { StoryState } from './story-state.ts';

/** Share of the indexed stories beyond which a term's list is not walked in a lookup... */
const COMMON_TERM_SHARE = 0.05;
/** ...unless the list is this short anyway (a small window). */
const COMMON_TERM_FLOOR = 100;

/** Term to stories, with lookup ranked by the weight of the shared terms. */
export class CandidateIndex {
  private readonly postings = new Map<string, StoryState[]>();
  /** Lookup counter: a story's sum is valid in the lookup whose epoch it carries (no Map per lookup). */
  private epoch = 0;
  /** Stories listed (for the share of them a term may list and still be walked). */
  private stories = 0;

  /** Lists `story` under each term (once). */
  add(story: StoryState, terms: readonly string[]): void {
    if (story.indexedTerms.size === 0 && terms.length > 0) this.stories++;
    for (const term of terms) {
      if (story.indexedTerms.has(term)) continue;
      story.indexedTerms.add(term);
      const list = this.postings.get(term);
      if (list) list.push(story);
      else this.postings.set(term, [story]);
    }
  }

  /** Unlists a story under all its terms. */
  remove(story: StoryState): void {
    if (story.indexedTerms.size > 0) this.stories--;
    for (const term of story.indexedTerms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const at = list.indexOf(story);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(term);
    }
    story.indexedTerms.clear();
  }

  /** Up to `limit` stories of `language` sharing the given weighted terms, best first, leaving out
   * those whose shared weight is under `minShare` of the best one's. */
  lookup(terms: readonly string[], weights: readonly number[], language: string, limit: number, minShare = 0): StoryState[] {
    const epoch = ++this.epoch;
    // Stories in first-touch order, as a Map's insertion order would give them: the stable sort
    // below then ranks ties exactly as before.
    const touched: StoryState[] = [];
    const longest = Math.max(COMMON_TERM_FLOOR, this.stories * COMMON_TERM_SHARE);
    for (let i = 0; i < terms.length; i++) {
      const list = this.postings.get(terms[i]!);
      // A term that lists a large share of the window's stories ("trump", "covid") tells little
      // about which one is meant and would cost a walk over hundreds: the other terms decide.
      if (list === undefined || list.length > longest) continue;
      const w = weights[i]!;
      for (let j = 0; j < list.length; j++) {
        const story = list[j]!;
        if (story.language !== language) continue;
        if (story.lookupEpoch !== epoch) {
          story.lookupEpoch = epoch;
          story.lookupScore = 0 + w;
          touched.push(story);
        } else story.lookupScore += w;
      }
    }
    const best = bestByLookupScore(touched, limit);
    const floor = best.length > 0 ? best[0]!.lookupScore * minShare : 0;
    while (best.length > 0 && best[best.length - 1]!.lookupScore < floor) best.pop();
    return best;
  }

  /** Number of terms indexed (for memory figures). */
  get terms(): number {
    return this.postings.size;
  }
}

/** The `limit` stories with the highest lookup sums, highest first, ties in first-touch order (as a
 * stable sort would give them); one pass with insertion into a short list, as `limit` is small
 * beside the hundreds of stories a common subject touches. */
function bestByLookupScore(touched: readonly StoryState[], limit: number): StoryState[] {
  const best: StoryState[] = [];
  if (limit <= 0) return best;
  for (const story of touched) {
    const score = story.lookupScore;
    if (best.length === limit && score <= best[limit - 1]!.lookupScore) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.lookupScore < score) at--;
    best.splice(at, 0, story);
    if (best.length > limit) best.pop();
  }
  return best;
}
