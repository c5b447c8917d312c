// Quotes: words attributed to a speaker in an article, with character offsets into its text.

/** A half-open character range `[start, end)` into the text the quote finder was given. */
export type TextSpan = readonly [start: number, end: number];

/** Direct (inside quotation marks), indirect (reported speech) or mixed (reported with a quoted fragment). */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** What kind of speaker a quote is attributed to; `unknown` when no speaker was found. */
export type SpeakerType = 'person' | 'organisation' | 'outlet' | 'unknown';

/** One attribution found in an article. */
export interface Quote {
  /** The quoted or reported words (quotation marks included for direct quotes). */
  readonly content: TextSpan;
  /** The attribution cue: "said", "told reporters", "according to", "wrote on Twitter". */
  readonly cue: TextSpan;
  /** The mention of the speaker at this quote ("Trump", "he", "the campaign"); null when none was found. */
  readonly speakerSpan: TextSpan | null;
  /** The resolved speaker's name without titles ("Donald Trump" for "President Trump" and "he"); null when unresolved. */
  readonly speaker: string | null;
  readonly kind: QuoteKind;
  readonly speakerType: SpeakerType;
}
