// Inverted index from a term to the stories whose articles weigh it most, so an article is
// scored against a few dozen likely stories instead of every story in the window.
import type { StoryState } from './story-state.ts';

/** Term to stories, with lookup ranked by the weight of the shared terms. */
export class CandidateIndex {
  private readonly postings = new Map<string, StoryState[]>();

  /** Lists `story` under each term (once). */
  add(story: StoryState, terms: readonly string[]): void {
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
    for (const term of story.indexedTerms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const at = list.indexOf(story);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(term);
    }
    story.indexedTerms.clear();
  }

  /** Up to `limit` stories of `language` sharing the given weighted terms, best first. */
  lookup(terms: readonly string[], weights: readonly number[], language: string, limit: number): StoryState[] {
    const scores = new Map<StoryState, number>();
    for (let i = 0; i < terms.length; i++) {
      for (const story of this.postings.get(terms[i]!) ?? []) {
        if (story.language === language) scores.set(story, (scores.get(story) ?? 0) + weights[i]!);
      }
    }
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([story]) => story);
  }

  /** Number of terms indexed (for memory figures). */
  get terms(): number {
    return this.postings.size;
  }
}
