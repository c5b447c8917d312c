// What the briefings stage is given and what it returns. The caller (the ingestion loop, the CLI,
// the eval) finds each article's quotes with the quotes stage first: a stage never calls another.
import type { Briefing, Kicker } from '../../core/briefing.ts';
import type { Perspective } from '../../core/perspective.ts';
import type { Quote } from '../../core/quote.ts';

/** One article of the story, with its outlet's perspective and the quotes found in its text. */
export interface BriefingArticle {
  /** The id provenance refers to (a stored article's id as a string). */
  readonly id: string;
  readonly outlet: string;
  readonly perspective: Perspective;
  /** True for a wire outlet (AP, Reuters, AFP): its reprints count as one source. */
  readonly isWire?: boolean;
  readonly title: string;
  readonly text: string;
  readonly url: string | null;
  /** ISO time, or null when unknown. */
  readonly published: string | null;
  /** Quotes with offsets into `text`, as the quotes stage found them. */
  readonly quotes: readonly Quote[];
  /** ISO 639-1 or 639-3 code when known; otherwise the stage guesses it. */
  readonly language?: string | null;
  /** True for opinion and commentary (a story of mostly opinion is a Talking Point). */
  readonly opinion?: boolean;
}

/** Another story that may be related: its headline and the names it carries (a stored briefing's `terms`). */
export interface RelatedCandidate {
  readonly story: string;
  readonly kicker: Kicker;
  readonly headline: string;
  readonly terms: readonly string[];
}

/** One story to brief. */
export interface ComposeInput {
  readonly story: string;
  readonly articles: readonly BriefingArticle[];
  /** Other stories to pick related links from (the story itself is skipped). */
  readonly related?: readonly RelatedCandidate[];
}

/** Settings of the extractive composer; every one has a default in DEFAULT_BRIEFING_OPTIONS. */
export interface BriefingOptions {
  /** Weight of cross-outlet agreement in a sentence's score. */
  readonly agreementWeight: number;
  /** Weight of similarity to the whole story (titles included). */
  readonly centroidWeight: number;
  /** Weight of similarity to the articles' titles. */
  readonly titleWeight: number;
  /** Weight of an early position in the article (news puts the facts first). */
  readonly positionWeight: number;
  /** Weight against length (words beyond what outlets share). */
  readonly lengthWeight: number;
  /** How What happened is chosen: concept coverage within the word target (default), or MMR over sentence scores. */
  readonly selection: 'concepts' | 'mmr';
  /** Keep clearly forward-looking sentences out of What happened (they go to What next?). */
  readonly nextOutOfFacts: boolean;
  /** MMR trade-off: 1 is pure score, 0 pure novelty. */
  readonly mmrLambda: number;
  /** Sentences more similar than this (cosine) to a chosen one tell the same fact twice. */
  readonly redundancy: number;
  /** What happened: word target (stop once reached), house-style bounds, sentence bounds. */
  readonly whatHappenedWords: { readonly target: number; readonly min: number; readonly max: number };
  readonly whatHappenedSentences: { readonly min: number; readonly max: number };
  /** Who said what: word bounds over both paragraphs. */
  readonly whoSaidWhatWords: { readonly min: number; readonly max: number };
  /** What next?: word bounds and at most this many sentences. */
  readonly whatNextWords: { readonly min: number; readonly max: number };
  readonly whatNextSentences: number;
  /** Only the first this-many sentences of an article are candidates for What happened. */
  readonly leadSentences: number;
  /** A side under this share of the rated coverage, while the other side has blindspotWide outlets, is a blindspot. */
  readonly blindspotShare: number;
  readonly blindspotWide: number;
  /** Related stories: at most this many, each sharing at least relatedMinShared terms. */
  readonly relatedMax: number;
  readonly relatedMinShared: number;
}

/** The configuration the eval reports (tuned on NeuS train only). */
export const DEFAULT_BRIEFING_OPTIONS: BriefingOptions = Object.freeze({
  // Least squares of a sentence's ROUGE-2 precision on NeuS train, rounded.
  agreementWeight: 0.37,
  centroidWeight: 0.17,
  titleWeight: 0.25,
  positionWeight: 0.03,
  lengthWeight: 0.066,
  selection: 'concepts',
  nextOutOfFacts: false,
  mmrLambda: 0.7,
  redundancy: 0.5,
  whatHappenedWords: { target: 90, min: 60, max: 120 },
  whatHappenedSentences: { min: 2, max: 4 },
  whoSaidWhatWords: { min: 100, max: 180 },
  whatNextWords: { min: 30, max: 70 },
  whatNextSentences: 3,
  leadSentences: 8,
  blindspotShare: 0.2,
  blindspotWide: 3,
  relatedMax: 8,
  relatedMinShared: 1,
});

/** A briefing, or a clear refusal with its reason (no article with text). */
export type BriefingOutcome =
  | { readonly kind: 'briefing'; readonly briefing: Briefing }
  | { readonly kind: 'refused'; readonly story: string; readonly reason: string };
