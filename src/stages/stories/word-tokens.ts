// Words of a text, lower-cased, each flagged when it looks like part of a name: capitalised but
// not at the start of a sentence. wink-nlp tags proper nouns better, but at ~1 µs per word it
// would cost most of the per-article budget; this scan is a regular expression over the text.

/** Words of one text, in order, with a parallel flag for proper-noun candidates. */
export interface WordTokens {
  readonly words: string[];
  readonly proper: boolean[];
}

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Words of `text` up to `maxChars` characters; `titleCase` marks a headline in Title Case,
 * where capitals say nothing about names. */
export function wordTokens(text: string, maxChars: number, titleCase = false): WordTokens {
  const source = text.length > maxChars ? text.slice(0, maxChars) : text;
  const words: string[] = [];
  const proper: boolean[] = [];
  let end = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m !== null; m = WORD.exec(source)) {
    const surface = m[0];
    const sentenceStart = end === 0 || breaksSentence(source, end, m.index);
    end = m.index + surface.length;
    const capital = startsWithCapital(surface);
    words.push(withoutPossessive(surface.toLowerCase()));
    proper.push(capital && !sentenceStart && !titleCase);
  }
  return { words, proper };
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
