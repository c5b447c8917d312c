// One story held in the window: its members, outlets, time span and the centres of its three
// feature channels. Mutable, private to the clusterer; the outside sees `StorySummary` copies.
import type { StorySummary } from '../../core/story.ts';
import type { TermVector } from './sparse-vector.ts';
import { HEAD, StoryCentres } from './story-centres.ts';
import type { TermHolds } from './term-table.ts';

/** An article as the window keeps it: enough to uncount it on eviction and to pick a headline. */
export interface MemberArticle {
  readonly id: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly time: number;
  /** Distinct body term ids, counted in the document frequencies (the body vector's terms: every
   * counted term has a positive weight there). */
  readonly dfTerms: readonly number[];
  readonly head: TermVector;
  /** Body and name vectors, kept to subtract them when the article leaves the window. */
  readonly body: TermVector;
  readonly entities: TermVector;
  /** Whether the vectors were added to the story's centres and its heaviest terms list the story in
   * the candidate index (duplicates and empty articles do neither). */
  readonly inCentres: boolean;
  /** The stamp of its addition to the centres, to subtract it exactly (see `StoryCentres`); 0
   * when not in them. Renewed when the story sums its articles again. */
  centreStamp: number;
  readonly canonicalUrl: string | null;
  readonly duplicateOf: string | null;
}

/** Members considered when choosing the headline, so a huge story costs no more. */
const HEADLINE_CANDIDATES = 30;

/** A story in the window. */
export class StoryState {
  readonly members: MemberArticle[] = [];
  /** Centres of the head, body and names channels. */
  readonly centres: StoryCentres;
  /** Term ids under which the candidate index lists this story, each with the number of its window
   * articles that have it among their index terms (see `CandidateIndex.unlist`). */
  readonly indexedTerms = new Map<number, number>();
  firstSeen: number;
  lastSeen: number;
  /** This story's row in the candidate index's typed arrays while it is listed there, else -1. */
  candidateRow = -1;

  constructor(
    readonly id: string,
    readonly language: string,
    /** Creation order, to break ties between stories first seen at the same time. */
    readonly seq: number,
    time: number,
    centroidTerms: number,
    holds: TermHolds,
  ) {
    this.firstSeen = time;
    this.lastSeen = time;
    this.centres = new StoryCentres(centroidTerms, holds);
  }

  /** Adds a member and widens the time span. */
  addMember(member: MemberArticle): void {
    this.members.push(member);
    this.firstSeen = Math.min(this.firstSeen, member.time);
    this.lastSeen = Math.max(this.lastSeen, member.time);
  }

  /** Removes and returns the members older than `horizon`, subtracting them from the centres;
   * the story's span then starts at its oldest remaining member. */
  dropBefore(horizon: number): MemberArticle[] {
    const dropped = this.members.filter((m) => m.time < horizon);
    if (dropped.length === 0) return dropped;
    const kept = this.members.filter((m) => m.time >= horizon);
    this.members.length = 0;
    this.members.push(...kept);
    if (this.centres.exact) {
      for (const m of dropped) if (m.inCentres) this.centres.remove(m.head, m.body, m.entities, m.centreStamp);
    } else {
      // After a merge with pruned centres, subtracting could take weight from terms that only
      // later articles hold: the remaining articles are summed again instead (rare). The dropped
      // articles still count in the document frequencies, so no id of a kept term is let go in between.
      this.centres.dispose();
      for (const m of kept) if (m.inCentres) m.centreStamp = this.centres.add(m.head, m.body, m.entities);
    }
    this.firstSeen = kept.reduce((min, m) => Math.min(min, m.time), Infinity);
    return dropped;
  }

  /** True when this story is older than `other` (and so keeps its id when they merge). */
  olderThan(other: StoryState): boolean {
    return this.firstSeen < other.firstSeen || (this.firstSeen === other.firstSeen && this.seq < other.seq);
  }

  /** A copy for the outside world. */
  summary(): StorySummary {
    const outlets = [...new Set(this.members.map((m) => m.outlet).filter((o): o is string => o !== null))];
    // Wire copies count as one source (CONTEXT.md): only originals make a story multi-source.
    const originalOutlets = new Set(this.members.filter((m) => m.duplicateOf === null && m.outlet !== null).map((m) => m.outlet));
    return {
      id: this.id,
      language: this.language,
      articleIds: this.members.map((m) => m.id),
      outlets,
      headline: this.headline(),
      firstSeen: this.firstSeen,
      lastSeen: this.lastSeen,
      multiSource: originalOutlets.size >= 2,
    };
  }

  /** The title whose head vector is closest to the story's head centre. */
  private headline(): string | null {
    let best: string | null = null;
    let bestScore = -1;
    for (const member of this.members.slice(0, HEADLINE_CANDIDATES)) {
      if (!member.title) continue;
      const score = this.centres.cosine(HEAD, member.head);
      if (score > bestScore) {
        best = member.title;
        bestScore = score;
      }
    }
    return best;
  }
}
