// Words of a sentence for comparing sentences: lower-case letters and digits, Porter-stemmed,
// with function words dropped so that agreement is measured on what a sentence says.
import { porterStem } from './porter-stemmer.ts';
import { STOP_WORDS } from './stop-words.ts';

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Lower-case word tokens of `text` (letters and digits; inner apostrophes and periods kept). */
export function wordTokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, '').replace(/[’]/g, "'"));
}

/** Stemmed content words of `text`: stop words and one-letter tokens dropped. */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of wordTokens(text)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    stems.push(porterStem(word.replace(/\./g, '')));
  }
  return stems;
}

/** The content stems and the concepts (stemmed bigrams not made of stop words only) of `text`, from one tokenisation. */
export function analyseWords(text: string): { readonly words: string[]; readonly stems: string[]; readonly concepts: string[] } {
  const words = wordTokens(text);
  const stemmed = words.map((w) => porterStem(w.replace(/\./g, '')));
  const stop = words.map((w) => w.length < 2 || STOP_WORDS.has(w));
  const stems = stemmed.filter((_, i) => !stop[i]);
  const concepts: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) if (!(stop[i] && stop[i + 1])) concepts.push(`${stemmed[i]} ${stemmed[i + 1]}`);
  return { words, stems, concepts };
}

/** Number of words in `text`, as a reader counts them (whitespace-separated tokens with a letter or digit). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    // A part counts once it holds a letter or digit (a lone dash or quotation mark is no word).
    if (!counted && isWordChar(text[i]!)) {
      counted = true;
      n++;
    }
  }
  return n;
}

/** True for a letter or digit of any script. */
function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\u007f' && /[\p{L}\p{N}]/u.test(c));
}
