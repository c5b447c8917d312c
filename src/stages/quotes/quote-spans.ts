// Pairs quotation marks into quoted spans in one left-to-right pass. News convention: a quote
// that runs over paragraphs leaves each paragraph open and reopens the next with a mark, so a
// line break with a quote open ends the span there, and the next paragraph's opening mark starts
// a span that `reopens` it (joined by the attribution rules unless it has a cue of its own);
// an unbalanced mark never swallows the article.
import { TokenKind, type Tokens } from './text-tokens.ts';

/** One quoted span, marks included, as token indexes and character offsets. */
export interface QuoteSpan {
  /** Token index of the opening mark. */
  readonly open: number;
  /** Token index of the closing mark, or of the last token when the paragraph ended first. */
  readonly close: number;
  readonly start: number;
  readonly end: number;
  /** False when the paragraph (or text) ended before a closing mark. */
  readonly closed: boolean;
  /** Number of words inside. */
  readonly words: number;
  /** True when the span reopens a quote the paragraph before left open. */
  readonly reopens: boolean;
}

const OPENERS = new Set(['“', '„', '«', '‟', '〝']);
const CLOSERS = new Set(['”', '»', '〞']);
const CURLY = new Set([...OPENERS, ...CLOSERS]);

/** Every quoted span of the text, in order; spans never overlap. */
export function findQuoteSpans(tokens: Tokens): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let words = 0;
  let reopens = false;
  let nested = 0;
  const finish = (close: number, closed: boolean): void => {
    if (close > open) spans.push({ open, close, start: tokens.starts[open]!, end: tokens.ends[close]!, closed, words, reopens });
    open = -1;
    words = 0;
    reopens = false;
    nested = 0;
  };
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kinds[i];
    if (kind === TokenKind.Word) {
      if (open >= 0) words++;
      continue;
    }
    if (kind === TokenKind.Break) {
      if (open < 0) continue;
      finish(lastContentToken(tokens, i - 1, open), false);
      // A mark opening the next paragraph reopens the quote: a span of its own, which the
      // attribution rules join to this one unless it has a cue of its own.
      if (i + 1 < tokens.count && tokens.kinds[i + 1] === TokenKind.Quote && !CLOSERS.has(tokens.lower[i + 1]!)) {
        open = ++i;
        reopens = true;
      }
      continue;
    }
    if (kind !== TokenKind.Quote) continue;
    const mark = tokens.lower[i]!;
    // A curly pair inside a straight-quoted span ("… “Equal Justice” …") is nested, not a close;
    // a curly closer with no nested opener closes a quote opened straight ("Never underestimate him,”).
    if (open >= 0 && !CURLY.has(tokens.lower[open]!) && CURLY.has(mark)) {
      if (OPENERS.has(mark)) nested++;
      else if (nested > 0) nested--;
      else if (looksLikeCloser(tokens, i)) finish(i, true);
      continue;
    }
    if (open < 0) {
      // A closing curly mark with nothing open is a stray or a misprinted opener: open only
      // when it is followed directly by text, as an opener would be.
      if (CLOSERS.has(mark) && !looksLikeOpener(tokens, i)) continue;
      open = i;
    } else if (OPENERS.has(mark) && OPENERS.has(tokens.lower[open]!) && looksLikeOpener(tokens, i) && !looksLikeCloser(tokens, i)) {
      // Curly opener while a curly quote is open: the previous close was lost; start again here.
      finish(lastContentToken(tokens, i - 1, open), false);
      open = i;
    } else {
      finish(i, true);
    }
  }
  if (open >= 0) finish(lastContentToken(tokens, tokens.count - 1, open), false);
  return spans;
}

/** The last non-break token at or before `i`, but not before `floor`. */
function lastContentToken(tokens: Tokens, i: number, floor: number): number {
  let j = i;
  while (j > floor && tokens.kinds[j] === TokenKind.Break) j--;
  return j;
}

/** True when the mark at `i` is glued to the text after it, as an opening mark is. */
function looksLikeOpener(tokens: Tokens, i: number): boolean {
  return i + 1 < tokens.count && tokens.starts[i + 1] === tokens.ends[i] && tokens.kinds[i + 1] !== TokenKind.Break;
}

/** True when the mark at `i` is glued to the text before it, as a closing mark is. */
function looksLikeCloser(tokens: Tokens, i: number): boolean {
  return i > 0 && tokens.ends[i - 1] === tokens.starts[i] && tokens.kinds[i - 1] !== TokenKind.Break;
}
