// The briefing: one story told in the house format (shared/reference/house-style.md), every
// sentence and quote carrying its provenance. Plain readonly data: the store keeps it as it is,
// the website and the newsletter render it, `roundup brief --format json` prints it.
import type { Perspective } from './perspective.ts';

/** The kind of piece, shown above the headline. */
export type Kicker = 'Speed Read' | 'Talking Point' | "Today's Big Question";

/** Where a sentence or quote was taken from: an article id and character offsets into its text. */
export interface Provenance {
  /** Article id as given to the briefing stage (the input `id`; a stored article's id as a string). */
  readonly article: string;
  readonly start: number;
  readonly end: number;
}

/** One sentence or quote of a briefing with its sources. */
export interface BriefingSentence {
  readonly text: string;
  /** At least one; every source's span contains the sentence (or, for a condensed sentence, its words). */
  readonly sources: readonly Provenance[];
  /** `fact` (What happened), `quote` (a principal's words), `reading` (an outlet's or analyst's take), `next` (What next?). */
  readonly role?: 'fact' | 'quote' | 'reading' | 'next';
  /** Who is quoted or whose reading it is, when the sentence is attributed. */
  readonly speaker?: string | null;
  /** Outlet of the first source. */
  readonly outlet?: string | null;
  readonly perspective?: Perspective | null;
  /** Relative days in `text` ("Monday") resolved against the source article's date: offsets into `text`, ISO date. */
  readonly dates?: readonly ResolvedDate[];
}

/** A relative day inside a sentence, resolved to a calendar date; `start`/`end` index the sentence's `text`. */
export interface ResolvedDate {
  readonly start: number;
  readonly end: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
}

/** Outlet counts by side of the spectrum, and which side barely covered a widely covered story. */
export interface Coverage {
  /** Outlets rated left or lean-left. */
  readonly left: number;
  readonly center: number;
  /** Outlets rated right or lean-right. */
  readonly right: number;
  readonly unknown: number;
  /** `left` or `right` when that side carries under 20% of coverage the other side gives widely; else null. */
  readonly blindspot: 'left' | 'right' | null;
}

/** One article the briefing used. */
export interface BriefingSource {
  readonly article: string;
  readonly outlet: string;
  readonly perspective: Perspective;
  readonly title: string;
  readonly url: string | null;
  /** ISO time, or null when unknown. */
  readonly published: string | null;
}

/** Another story sharing people, places or topics with this one. */
export interface RelatedStory {
  readonly story: string;
  readonly kicker: Kicker;
  readonly headline: string;
  /** The people, places or topics shared. */
  readonly shared: readonly string[];
}

/** A story's briefing in the house format. */
export interface Briefing {
  readonly story: string;
  readonly kicker: Kicker;
  readonly headline: string;
  readonly standfirst: string;
  readonly whatHappened: readonly BriefingSentence[];
  readonly whoSaidWhat: readonly BriefingSentence[];
  /** Empty when the coverage says nothing of what comes next: never invented. */
  readonly whatNext: readonly BriefingSentence[];
  readonly coverage: Coverage;
  readonly sources: readonly BriefingSource[];
  readonly related: readonly RelatedStory[];
  /** ISO time of the newest source the briefing was composed from. */
  readonly updated: string | null;
  /** What the briefing lacks and why (e.g. "no forward-looking sentence in the coverage"). */
  readonly notes: readonly string[];
  /** Id of the article whose title is the headline. */
  readonly headlineSource?: string | null;
  /** Where the standfirst sentence was taken from. */
  readonly standfirstSources?: readonly Provenance[];
  /** Relative days in the standfirst resolved to dates, as `dates` of a sentence. */
  readonly standfirstDates?: readonly ResolvedDate[];
  /** People, places and topics the story names (for related stories). */
  readonly terms?: readonly string[];
  /** `extractive` for the default writer, `writer` when a language model condensed it and it passed the grounding check. */
  readonly composer?: 'extractive' | 'writer';
}
