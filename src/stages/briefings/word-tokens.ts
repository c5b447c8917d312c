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

/** Number of words in `text`, as a reader counts them (whitespace-separated tokens with a letter or digit). */
export function countWords(text: string): number {
  let n = 0;
  for (const part of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(part)) n++;
  return n;
}
