// Words of a text, lower-cased, each flagged when it looks like part of a name: capitalised but
// not at the start of a sentence. wink-nlp tags proper nouns better, but at ~1 µs per word it
// would cost most of the per-article budget; this scan is a regular expression over the text.

/** Words of one text, in order, with a parallel flag for proper-noun candidates. */
export interface WordTokens {
  readonly words: string[];
  readonly proper: boolean[];
}

/** What a word is, as a regular expression: letters and digits, joined by an apostrophe or a
 * full stop ("o'neill", "u.s"). `wordTokens` scans for the same matches by hand; this stays as
 * the definition (and the tests compare the two). */
export const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Words of `text` up to `maxChars` characters; `titleCase` marks a headline in Title Case,
 * where capitals say nothing about names. The matches are those of `WORD`, found by a scan over
 * the character codes: a regular-expression match object per word was a tenth of the stage's time. */
export function wordTokens(text: string, maxChars: number, titleCase = false): WordTokens {
  const source = text.length > maxChars ? text.slice(0, maxChars) : text;
  const words: string[] = [];
  const proper: boolean[] = [];
  const length = source.length;
  let end = 0;
  let at = 0;
  while (at < length) {
    // The next letter or digit starts a word...
    let width = wordCharWidth(source, at);
    if (width === 0) {
      at++;
      continue;
    }
    const start = at;
    at += width;
    // ...which runs over letters and digits, and over a joiner followed by one.
    for (;;) {
      width = wordCharWidth(source, at);
      if (width > 0) at += width;
      else if (isJoiner(source.charCodeAt(at)) && wordCharWidth(source, at + 1) > 0) at++;
      else break;
    }
    const surface = source.slice(start, at);
    const sentenceStart = end === 0 || breaksSentence(source, end, start);
    end = at;
    const capital = startsWithCapital(surface);
    words.push(withoutPossessive(surface.toLowerCase()));
    proper.push(capital && !sentenceStart && !titleCase);
  }
  return { words, proper };
}

/** ' ’ or . */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46;
}

/** One letter or digit (any script) as the regular expression's \p{L} or \p{N} with the u flag
 * sees it. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit above ASCII: 0 not asked yet, 1 letter or digit, 2 neither. */
const bmpClass = new Uint8Array(0x10000);

/** Code units taken by the letter or digit at `at` (1, or 2 for one outside the BMP), or 0 when
 * there is none there (also past the end). */
function wordCharWidth(source: string, at: number): number {
  if (at >= source.length) return 0;
  const c = source.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = source.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(source.slice(at, at + 2)) ? 2 : 0;
  }
  let known = bmpClass[c]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    bmpClass[c] = known;
  }
  return known === 1 ? 1 : 0;
}

/** True when the word's first letter is a capital (ASCII answered without a string operation). */
function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** True when the characters between two words end a sentence or open a quotation: . ! ? : ; " “ ” or a line break. */
function breaksSentence(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201c || c === 0x201d || c === 10) return true;
  }
  return false;
}

/** "biden's" -> "biden" (straight or curly apostrophe). */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return word;
  const apostrophe = word.charCodeAt(n - 2);
  return apostrophe === 39 || apostrophe === 0x2019 ? word.slice(0, -2) : word;
}

/** True when most words of a headline start with a capital, as in "Trump Plans Meeting on Bill". */
export function isTitleCase(title: string): boolean {
  const words = title.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const capitals = words.filter((w) => w.length > 3 && w.charAt(0) !== w.charAt(0).toLowerCase()).length;
  const long = words.filter((w) => w.length > 3).length;
  return long > 0 && capitals / long > 0.6;
}
