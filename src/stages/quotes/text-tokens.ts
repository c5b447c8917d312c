// Tokens of an article: words, punctuation, quotation marks and line breaks, with offsets.
// Parallel typed arrays keep a 5 MB text at a few bytes per token and make every later rule a
// walk over indexes, so no rule ever needs a regular expression over the raw text.

/** What a token is. */
export const enum TokenKind {
  Word = 0,
  Punct = 1,
  /** A double quotation mark: " “ ” „ « » or two apostrophes ('' as NYT prints them). */
  Quote = 2,
  /** One or more line breaks: a paragraph boundary. */
  Break = 3,
}

/** The tokens of one text. */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  /** Lower-cased word text, or the punctuation character itself. */
  readonly lower: readonly string[];
}

// Words: letters and digits joined by inner apostrophes, hyphens, periods or ampersands ("U.S",
// "O'Malley"), and numbers with thousands separators ("1,100", whose comma would otherwise end a
// clause: "… that roughly 1,100 names weren’t disclosed"). Each repetition needs a joiner that the
// letter class cannot match, so the match is linear.
// In "''' " (an inner single quote closing with the outer double one) the lone apostrophe
// comes first, so that the last two close the quote.
const TOKEN = /\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}\p{L}])|[\p{L}\p{N}\p{M}]+(?:['’.\-&][\p{L}\p{N}\p{M}]+)*|'(?='')|''|\r?\n[\s]*|[^\s]/gu;
/** Dash tokens: hyphen, en dash, em dash and horizontal bar. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '―']);
const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', "''", '‟', '〝', '〞']);

/** Splits `text` into tokens; horizontal whitespace separates tokens and is not one. */
export function tokenize(text: string): Tokens {
  const capacity = Math.max(16, Math.ceil(text.length / 3));
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let kinds: Uint8Array = new Uint8Array(capacity);
  const lower: string[] = [];
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (count === starts.length) [starts, ends, kinds] = [grow(starts), grow(ends), growBytes(kinds)];
    const value = m[0];
    const first = value.charCodeAt(0);
    starts[count] = m.index;
    ends[count] = m.index + value.length;
    if (first === 10 || first === 13) {
      kinds[count] = TokenKind.Break;
      ends[count] = m.index + (first === 13 ? 2 : 1);
      lower.push('\n');
    } else if (QUOTE_MARKS.has(value)) {
      kinds[count] = TokenKind.Quote;
      lower.push(value);
    } else {
      kinds[count] = isWordStart(first) ? TokenKind.Word : TokenKind.Punct;
      lower.push(value.toLowerCase());
    }
    count++;
  }
  return { text, count, starts, ends, kinds, lower };
}

/** True when the token text starts a word rather than being punctuation. */
function isWordStart(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** A copy of `a` with twice the room. */
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** A copy of `a` with twice the room. */
function growBytes(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

/** True when token `i` starts with an upper-case letter (a name, a sentence start). */
export function isCapitalised(tokens: Tokens, i: number): boolean {
  if (tokens.kinds[i] !== TokenKind.Word) return false;
  const c = tokens.text.charCodeAt(tokens.starts[i]!);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = tokens.text[tokens.starts[i]!]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
