// How well an article (or a whole story) fits a story: a weighted sum of cosines over the three
// channels, minus a penalty for distance in time (or for not knowing the time). A channel that one
// side lacks (no names found, say) is left out and the other weights are scaled up, so a missing
// channel is not a mismatch.
import { NAMES, type ArticleProbe, type ChannelLinks } from './story-centres.ts';
import type { StoryConfig } from './story-config.ts';
import type { TermVector } from './sparse-vector.ts';
import type { StoryState } from './story-state.ts';

const DAY_MS = 24 * 3600 * 1000;

/** The weighted vectors of one article. */
export interface ArticleVectors {
  readonly head: TermVector;
  readonly body: TermVector;
  readonly entities: TermVector;
  readonly time: number;
  /** False when the article had no date (its time is then the latest seen). */
  readonly dated: boolean;
}

/** Scratch for the per-channel links of one comparison (scoring is synchronous). */
const links: ChannelLinks = { head: 0, body: 0, names: 0 };

/** Score of an article, given as its probe (see `ArticleProbe`), against a story. */
export function articleStoryScore(article: ArticleVectors, probe: ArticleProbe, story: StoryState, config: StoryConfig): number {
  const storyNames = story.centres.size(NAMES);
  const hasEntities = probe.nameCount > 0 && storyNames > 0;
  story.centres.linkage(probe, config.sizeExponent, links);
  const similarity = blend(entityTrust(probe.nameCount, storyNames, config.trustedNames), links.head, links.body, hasEntities ? links.names : null, config);
  if (!article.dated) return similarity - config.undatedPenalty;
  return similarity - timePenalty(Math.max(0, story.firstSeen - article.time, article.time - story.lastSeen), config);
}

/** Score between two stories, to decide a merge. */
export function storyStoryScore(a: StoryState, b: StoryState, config: StoryConfig): number {
  const namesA = a.centres.size(NAMES);
  const namesB = b.centres.size(NAMES);
  const hasEntities = namesA > 0 && namesB > 0;
  a.centres.linkageWith(b.centres, config.sizeExponent, links);
  const similarity = blend(entityTrust(namesA, namesB, config.trustedNames), links.head, links.body, hasEntities ? links.names : null, config);
  const gap = Math.max(0, a.firstSeen - b.lastSeen, b.firstSeen - a.lastSeen);
  return similarity - timePenalty(gap, config);
}

/** How far the entity channel can be trusted: one shared name ("Trump") says little, twenty say a
 * lot. Below that, two stories on one subject share its few frequent names whatever the event. */
function entityTrust(namesA: number, namesB: number, trusted: number): number {
  return Math.min(1, Math.min(namesA, namesB) / trusted);
}

function blend(trust: number, head: number, body: number, entities: number | null, config: StoryConfig): number {
  const { headWeight, bodyWeight } = config;
  const entityWeight = config.entityWeight * trust;
  if (entities === null) return (headWeight * head + bodyWeight * body) / (headWeight + bodyWeight);
  return (headWeight * head + bodyWeight * body + entityWeight * entities) / (headWeight + bodyWeight + entityWeight);
}

/** A fixed loss per day of gap: the same day costs nothing, the next a little. */
function timePenalty(gapMs: number, config: StoryConfig): number {
  return (config.dayPenalty * gapMs) / DAY_MS;
}
