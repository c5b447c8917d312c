// Everything the attribution rules read about one text, computed once: tokens, quoted spans,
// which tokens are inside a quote, sentences, and which cues are already taken.
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { findSentences, type Sentences } from './sentence-bounds.ts';
import { TokenKind, isCapitalised, tokenize, type Tokens } from './text-tokens.ts';
import type { Phrase } from './speaker-phrase.ts';
import type { QuoteKind } from '../../core/quote.ts';

/** The analysed text. */
export interface QuoteContext {
  readonly tokens: Tokens;
  readonly spans: readonly QuoteSpan[];
  /** For each token, the index of the quoted span it is in (marks included), or -1. */
  readonly spanOf: Int32Array;
  readonly sentences: Sentences;
  /** 1 for a token already used as the cue of an attribution. */
  readonly usedCue: Uint8Array;
  /** 1 for a quoted span inside a direct attribution's content. */
  readonly usedSpan: Uint8Array;
  /** 1 for a token of a line in title case ("Trump Says He’s Unlikely To …", a headline or the
   * heading of a list item), where capitalised verbs are verbs. */
  readonly titleLine: Uint8Array;
}

/** An attribution before speaker resolution: character offsets for content, tokens for the rest. */
export interface Draft {
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly cueFirst: number;
  readonly cueLast: number;
  readonly speaker: Phrase | null;
  readonly kind: QuoteKind;
}

/** Tokenizes `text` and finds its quoted spans and sentences. */
export function analyseText(text: string): QuoteContext {
  const tokens = tokenize(text);
  const spans = findQuoteSpans(tokens);
  const spanOf = new Int32Array(tokens.count).fill(-1);
  const closers = new Uint8Array(tokens.count);
  spans.forEach((span, index) => {
    spanOf.fill(index, span.open, span.close + 1);
    if (span.closed) closers[span.close] = 1;
  });
  const sentences = findSentences(tokens, closers);
  return { tokens, spans, spanOf, sentences, usedCue: new Uint8Array(tokens.count), usedSpan: new Uint8Array(spans.length), titleLine: titleCaseLines(tokens) };
}

/** Most tokens of a title line. */
const MAX_TITLE = 40;
/** Short words a title-case line leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

/** 1 for every token of a line (at most MAX_TITLE tokens) whose words, small words aside, are
 * all capitalised, three of them at least. */
function titleCaseLines(tokens: Tokens): Uint8Array {
  const marks = new Uint8Array(tokens.count);
  let start = 0;
  while (start < tokens.count) {
    let end = start;
    let words = 0;
    let capitalised = 0;
    while (end < tokens.count && tokens.kinds[end] !== TokenKind.Break) {
      if (tokens.kinds[end] === TokenKind.Word && !TITLE_SMALL_WORDS.has(tokens.lower[end]!)) {
        words++;
        if (isCapitalised(tokens, end)) capitalised++;
      }
      end++;
    }
    if (end - start <= MAX_TITLE && words >= 3 && capitalised === words) marks.fill(1, start, end);
    start = end + 1;
  }
  return marks;
}
