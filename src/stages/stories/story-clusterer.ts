// The online clusterer: holds the window's stories in memory and places each new article, in time
// order, into one of them or a new one. Time is whatever the articles say (or the latest time
// seen); nothing here reads a clock, so a replay gives the same stories as the live run.
import { canonicalUrl } from '../../core/canonical-url.ts';
import { RoundupError } from '../../core/errors.ts';
import type { DuplicateKind, StoryArticle, StoryAssignment, StoryMerge, StoryRecord, StorySummary } from '../../core/story.ts';
import { articleFeatures, type ArticleFeatures } from './article-features.ts';
import { CandidateIndex } from './candidate-index.ts';
import { MinhashIndex } from './minhash-index.ts';
import { resolveStoryConfig, type StoryConfig } from './story-config.ts';
import type { ArticleProbe } from './story-centres.ts';
import { articleStoryScore, storyStoryScore, type ArticleVectors } from './story-score.ts';
import { StoryState, type MemberArticle } from './story-state.ts';
import { topIds, topIndices, weightedTermVector, EMPTY_TERM_VECTOR, type TermVector } from './sparse-vector.ts';
import { TermTable } from './term-table.ts';

/** Counts of what the window holds, for memory figures and logs. */
export interface WindowStats {
  readonly stories: number;
  readonly articles: number;
  readonly vocabulary: number;
  readonly indexedTerms: number;
  /** Term ids in use: the vocabulary plus terms only a story centre or the index still holds. */
  readonly termIds: number;
}

/** Where an article is about to go, decided by the cascade in `assign`. */
interface Placement {
  story: StoryState | null;
  score: number;
  duplicateOf: string | null;
  duplicateKind: DuplicateKind | null;
  /** Other stories the article also fits: merge candidates. */
  alsoFits: StoryState[];
}

/** Online story clustering over a sliding window; see docs in README.md of this folder. */
export class StoryClusterer {
  readonly config: StoryConfig;
  private readonly stories = new Map<string, StoryState>();
  private readonly members = new Map<string, { member: MemberArticle; story: StoryState; assignment: StoryAssignment | null }>();
  private readonly urls = new Map<string, string>();
  /** Term ids and document frequencies, shared by the centres and the candidate index. */
  private readonly terms = new TermTable();
  private readonly fingerprints = new MinhashIndex();
  private readonly candidates = new CandidateIndex(this.terms);
  /** Scratch for `probe`: by term id, its position in the probe being built, else -1. */
  private probePositions = new Int32Array(0);
  private clock: number | null = null;
  private lastSweep: number | null = null;
  private seq = 0;

  constructor(config: Partial<StoryConfig> = {}) {
    this.config = resolveStoryConfig(config);
  }

  /** Places one article (the ingestion loop calls this for every new article, in time order).
   * Assigning an id again returns the earlier answer with `repeated: true`, so a retried job is harmless. */
  assign(article: StoryArticle): StoryAssignment {
    checkArticle(article);
    const known = this.members.get(article.id);
    if (known?.assignment) return { ...known.assignment, storyId: known.story.id, merges: [], repeated: true };
    const time = this.advance(article.publishedAt);
    this.sweepIfDue();
    const features = articleFeatures(article, this.config.maxFeatureChars, this.terms);
    const url = article.url ? canonicalUrl(article.url) : null;
    if (!features.empty) this.terms.addDocument(features.body.ids);
    const vectors = this.vectors(features, time, article.publishedAt !== null);
    const placement = features.empty ? emptyPlacement() : this.place(features, vectors, url);
    const isNew = placement.story === null;
    const story = placement.story ?? this.newStory(article.id, features.language, time);
    this.addMember(story, article, features, vectors, url, placement.duplicateOf);
    const merges = isNew ? [] : this.mergeConverged(story, placement.alsoFits, time);
    const final = this.members.get(article.id)!.story;
    const assignment: StoryAssignment = {
      articleId: article.id,
      storyId: final.id,
      isNewStory: isNew,
      duplicateOf: placement.duplicateOf,
      duplicateKind: placement.duplicateKind,
      language: features.language,
      score: placement.score,
      merges,
      repeated: false,
      note: features.empty ? 'empty' : null,
    };
    this.members.get(article.id)!.assignment = assignment;
    this.sweepIfDue();
    return assignment;
  }

  /** Rebuilds the window from stored articles with their story ids, oldest first (call on start
   * with the articles of the last `windowMs`); no clustering happens, the given stories are kept. */
  restore(records: Iterable<StoryRecord>): void {
    for (const { article, storyId, duplicateOf = null } of records) {
      checkArticle(article);
      if (this.members.has(article.id)) continue;
      const time = this.advance(article.publishedAt);
      const features = articleFeatures(article, this.config.maxFeatureChars, this.terms);
      if (!features.empty) this.terms.addDocument(features.body.ids);
      const vectors = this.vectors(features, time, article.publishedAt !== null);
      const story = this.stories.get(storyId) ?? this.newStory(storyId, features.language, time);
      const url = article.url ? canonicalUrl(article.url) : null;
      this.addMember(story, article, features, vectors, url, duplicateOf);
      const isNew = story.members.length === 1;
      const assignment: StoryAssignment = {
        articleId: article.id, storyId, isNewStory: isNew, duplicateOf, duplicateKind: duplicateOf ? 'near-duplicate' : null,
        language: features.language, score: 0, merges: [], repeated: false, note: features.empty ? 'empty' : null,
      };
      this.members.get(article.id)!.assignment = assignment;
    }
    this.sweepIfDue();
  }

  /** The story an article is in now (after merges), or null when it is not in the window. */
  storyOf(articleId: string): string | null {
    return this.members.get(articleId)?.story.id ?? null;
  }

  /** A story of the window, or null when unknown or evicted. */
  story(id: string): StorySummary | null {
    return this.stories.get(id)?.summary() ?? null;
  }

  /** Every story in the window, oldest first. */
  allStories(): StorySummary[] {
    return [...this.stories.values()].map((s) => s.summary());
  }

  /** What the window holds now. */
  stats(): WindowStats {
    return { stories: this.stories.size, articles: this.members.size, vocabulary: this.terms.vocabulary, indexedTerms: this.candidates.terms, termIds: this.terms.size };
  }

  /** The scoring cascade: 1. same canonical URL, 2. near-identical text, 3. best-scoring story
   * in the window at or above the join threshold, else 4. a new story. */
  private place(features: ArticleFeatures, vectors: ArticleVectors, url: string | null): Placement {
    // 1. The same page under another URL form (tracking parameters, AMP, mobile host).
    const sameUrl = url === null ? undefined : this.urls.get(url);
    if (sameUrl !== undefined) return this.duplicate(sameUrl, 'canonical-url');
    // 2. A wire copy or re-post: near-identical word shingles, in the same language.
    if (features.signature) {
      const near = this.fingerprints.nearest(features.signature, this.config.duplicateJaccard);
      const original = near && this.members.get(near.articleId);
      if (near && original && original.story.language === features.language) return this.duplicate(near.articleId, 'near-duplicate');
    }
    // 3. Candidates share heavy terms; each is scored on all channels and time.
    const top = topIndices(vectors.body.weights, this.config.indexTerms);
    const lookup = top.map((i) => vectors.body.ids[i]!);
    const weights = top.map((i) => vectors.body.weights[i]!);
    const found = this.candidates.lookup(lookup, weights, features.language, this.config.candidateLimit, this.config.candidateShare);
    if (found.length === 0) return emptyPlacement();
    // Terms only this article has (window document frequency 1) are in no story's centre: they
    // add nothing to any dot product, so they are left out of the walks (same scores, less work).
    const probe = this.probe(vectors);
    const scored = found
      // Between sweeps a story may have aged out of the window already.
      .filter((story) => story.lastSeen >= vectors.time - this.config.windowMs)
      .map((story) => ({ story, score: articleStoryScore(vectors, probe, story, this.config) }))
      .sort((a, b) => b.score - a.score || (a.story.olderThan(b.story) ? -1 : 1));
    const best = scored[0];
    const crowd = scored[this.config.standoutRank]?.score ?? -Infinity;
    if (!best || best.score < this.config.joinThreshold || best.score < crowd + this.config.standoutMargin) {
      // 4. Nothing close enough, or nothing that stands out from a crowd of look-alike stories: a new story.
      return emptyPlacement();
    }
    const alsoFits = scored.slice(1).filter((s) => s.score >= this.config.joinThreshold).map((s) => s.story);
    return { story: best.story, score: best.score, duplicateOf: null, duplicateKind: null, alsoFits };
  }

  /** The article's body terms that some story may hold (window document frequency above 1: a
   * term only this article has is in no story's centre), each with its weight in all three
   * channels, so a story is scored in one walk. Head and name terms are body terms too. */
  private probe(vectors: ArticleVectors): ArticleProbe {
    const terms: number[] = [];
    const body: number[] = [];
    const at = this.positionsFor(vectors.body);
    for (let i = 0; i < vectors.body.ids.length; i++) {
      const term = vectors.body.ids[i]!;
      if (this.terms.count(term) <= 1) continue;
      at[term] = terms.length;
      terms.push(term);
      body.push(vectors.body.weights[i]!);
    }
    const head = alignedWeights(vectors.head, at, terms.length);
    const names = alignedWeights(vectors.entities, at, terms.length);
    for (let i = 0; i < terms.length; i++) at[terms[i]!] = -1;
    return { terms, head, body, names, nameCount: vectors.entities.ids.length };
  }

  /** The probe's scratch of positions by term id, long enough for the vector's ids (all -1). */
  private positionsFor(vector: TermVector): Int32Array {
    let highest = -1;
    for (let i = 0; i < vector.ids.length; i++) highest = Math.max(highest, vector.ids[i]!);
    if (highest >= this.probePositions.length) {
      const grown = new Int32Array(Math.max(1024, 2 * (highest + 1))).fill(-1);
      grown.set(this.probePositions);
      this.probePositions = grown;
    }
    return this.probePositions;
  }

  private duplicate(originalId: string, kind: DuplicateKind): Placement {
    const original = this.members.get(originalId)!;
    const root = original.member.duplicateOf ?? originalId;
    return { story: original.story, score: 1, duplicateOf: root, duplicateKind: kind, alsoFits: [] };
  }

  /** Merges into `story` (or it into them) the stories whose whole coverage now matches it. */
  private mergeConverged(story: StoryState, alsoFits: readonly StoryState[], time: number): StoryMerge[] {
    const merges: StoryMerge[] = [];
    let survivor = story;
    for (const other of alsoFits) {
      if (!this.stories.has(other.id) || other === survivor) continue;
      const score = storyStoryScore(survivor, other, this.config);
      if (score < this.config.mergeThreshold) continue;
      const [into, from] = survivor.olderThan(other) ? [survivor, other] : [other, survivor];
      merges.push({ into: into.id, from: from.id, articleIds: from.members.map((m) => m.id), at: time, score });
      this.absorb(into, from);
      survivor = into;
    }
    return merges;
  }

  /** Moves every article of `from` into `into` and forgets `from`. */
  private absorb(into: StoryState, from: StoryState): void {
    this.candidates.absorb(into, from);
    for (const member of from.members) {
      into.addMember(member);
      this.members.get(member.id)!.story = into;
    }
    into.centres.absorb(from.centres);
    from.centres.dispose();
    this.stories.delete(from.id);
  }

  private newStory(id: string, language: string, time: number): StoryState {
    const story = new StoryState(id, language, this.seq++, time, this.config.centroidTerms, this.terms);
    this.stories.set(id, story);
    return story;
  }

  private vectors(features: ArticleFeatures, time: number, dated: boolean): ArticleVectors {
    if (features.empty) return { head: EMPTY_TERM_VECTOR, body: EMPTY_TERM_VECTOR, entities: EMPTY_TERM_VECTOR, time, dated };
    const idf = (term: number) => this.terms.idf(term);
    return { head: weightedTermVector(features.head, idf), body: weightedTermVector(features.body, idf), entities: weightedTermVector(features.entities, idf), time, dated };
  }

  /** Records an article in its story and in every index of the window. */
  private addMember(story: StoryState, article: StoryArticle, features: ArticleFeatures, vectors: ArticleVectors, url: string | null, duplicateOf: string | null): void {
    // A duplicate adds no new words: its story's centres and index terms stay as the original made them.
    const inCentres = !features.empty && duplicateOf === null;
    const member: MemberArticle = {
      id: article.id, outlet: article.outlet, title: article.title, time: vectors.time,
      dfTerms: features.empty ? [] : vectors.body.ids, head: vectors.head, body: vectors.body, entities: vectors.entities,
      inCentres, centreStamp: 0, canonicalUrl: url, duplicateOf,
    };
    story.addMember(member);
    this.members.set(article.id, { member, story, assignment: null });
    if (url !== null && !this.urls.has(url)) this.urls.set(url, article.id);
    if (!inCentres) return;
    member.centreStamp = story.centres.add(vectors.head, vectors.body, vectors.entities);
    this.candidates.add(story, this.indexTerms(member));
    if (features.signature) this.fingerprints.add(article.id, features.signature);
  }

  /** Moves the clock forward to the article's time; an undated article happens "now". */
  private advance(publishedAt: number | null): number {
    const time = publishedAt ?? this.clock ?? 0;
    this.clock = this.clock === null ? time : Math.max(this.clock, time);
    return time;
  }

  /** Evicts stories last seen before the window, every 1/32 of a window of clock time, and the
   * oldest stories whenever the window holds more articles than allowed. */
  private sweepIfDue(): void {
    const clock = this.clock ?? 0;
    const overFull = this.members.size > this.config.maxWindowArticles;
    if (!overFull && this.lastSweep !== null && clock - this.lastSweep < this.config.windowMs / 32) return;
    this.lastSweep = clock;
    const horizon = clock - this.config.windowMs;
    for (const story of this.stories.values()) {
      if (story.lastSeen < horizon) this.evict(story);
      // A long-running story stays, but its articles older than the window leave it (its centres,
      // its index terms, the window's tables), so memory follows the window and the story is found
      // and scored by its recent coverage.
      else if (story.firstSeen < horizon) this.dropBefore(story, horizon);
    }
    if (this.members.size <= this.config.maxWindowArticles) return;
    const oldest = [...this.stories.values()].sort((a, b) => a.lastSeen - b.lastSeen || a.seq - b.seq);
    const target = Math.floor(this.config.maxWindowArticles * 0.9);
    for (const story of oldest) {
      if (this.members.size <= target) break;
      this.evict(story);
    }
  }

  private evict(story: StoryState): void {
    this.candidates.remove(story);
    for (const member of story.members) this.forget(member);
    story.centres.dispose();
    this.stories.delete(story.id);
  }

  /** Takes a going story's articles older than `horizon` out of it and out of the window. */
  private dropBefore(story: StoryState, horizon: number): void {
    for (const member of story.dropBefore(horizon)) {
      if (member.inCentres) this.candidates.unlist(story, this.indexTerms(member));
      this.forget(member);
    }
  }

  /** The terms an article lists its story under in the candidate index: its heaviest body terms
   * (the same when it leaves as when it came, as its vector does not change). */
  private indexTerms(member: MemberArticle): number[] {
    return topIds(member.body, this.config.indexTerms);
  }

  /** Removes one article from the window's tables. */
  private forget(member: MemberArticle): void {
    if (member.dfTerms.length > 0) this.terms.removeDocument(member.dfTerms);
    this.fingerprints.remove(member.id);
    if (member.canonicalUrl !== null && this.urls.get(member.canonicalUrl) === member.id) this.urls.delete(member.canonicalUrl);
    this.members.delete(member.id);
  }
}

/** A channel's weights at the positions of `at` (0 where the channel lacks the term); terms
 * at -1 are in no story and are skipped. */
function alignedWeights(vector: TermVector, at: Int32Array, length: number): number[] {
  const weights: number[] = new Array<number>(length).fill(0);
  for (let i = 0; i < vector.ids.length; i++) {
    const position = at[vector.ids[i]!]!;
    if (position >= 0) weights[position] = vector.weights[i]!;
  }
  return weights;
}

function emptyPlacement(): Placement {
  return { story: null, score: 0, duplicateOf: null, duplicateKind: null, alsoFits: [] };
}

/** Rejects what cannot be an article; everything else has a defined behaviour. */
function checkArticle(article: StoryArticle): void {
  if (typeof article.id !== 'string' || article.id.length === 0) throw new RoundupError('stories/invalid-article', 'an article needs a non-empty string id');
  if (article.publishedAt !== null && !Number.isFinite(article.publishedAt)) {
    throw new RoundupError('stories/invalid-article', `article ${article.id}: publishedAt must be a finite number of ms or null`);
  }
}
