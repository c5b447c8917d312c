// What an article contributes to clustering, before weighting: term counts in three channels
// (head = title + lead, body = the whole text with the title counted twice, entities = words that
// look like names), its language and its near-duplicate fingerprint.
import type { StoryArticle } from '../../core/story.ts';
import { detectLanguage } from './language-detect.ts';
import { minhashSignature } from './minhash-signature.ts';
import { STOP_WORDS } from './stop-words.ts';
import { stemWord } from './word-stem.ts';
import { isTitleCase, wordTokens } from './word-tokens.ts';

/** Counted terms of one article. */
export interface ArticleFeatures {
  readonly language: string;
  readonly head: Map<string, number>;
  readonly body: Map<string, number>;
  readonly entities: Map<string, number>;
  readonly signature: Uint32Array | null;
  /** No word at all in title and text. */
  readonly empty: boolean;
}

/** Words of the text that count as its lead. */
const LEAD_WORDS = 50;

/** Reads the features of an article; `maxChars` bounds the text read. */
export function articleFeatures(article: StoryArticle, maxChars: number): ArticleFeatures {
  const title = article.title ?? '';
  const titleTokens = wordTokens(title, 2_000, isTitleCase(title));
  const textTokens = wordTokens(article.text, maxChars);
  const allWords = titleTokens.words.concat(textTokens.words);
  const language = detectLanguage(allWords, () => `${title}\n${article.text.slice(0, 600)}`, titleTokens.words.length);
  const english = language === 'eng';
  const titleTerms = termsOf(titleTokens.words, english);
  const textTerms = termsOf(textTokens.words, english);
  const head = new Map<string, number>();
  const body = new Map<string, number>();
  const entities = new Map<string, number>();
  countTerms(titleTerms, titleTerms.length, head, 1);
  countTerms(titleTerms, titleTerms.length, body, 2);
  countTerms(textTerms, Math.min(LEAD_WORDS, textTerms.length), head, 1);
  countTerms(textTerms, textTerms.length, body, 1);
  countEntities(titleTerms, titleTokens.proper, entities);
  countEntities(textTerms, textTokens.proper, entities);
  return { language, head, body, entities, signature: minhashSignature(allWords), empty: allWords.length === 0 };
}

/** Word to term (stem, or null for a stop word) for English text; other languages keep words. */
const englishTerms = new Map<string, string | null>();
/** Beyond this many cached words the cache starts again, so memory stays bounded. */
const TERM_CACHE_LIMIT = 100_000;

/** The term each word counts as, or null for stop words and one-character tokens. */
function termsOf(words: readonly string[], english: boolean): (string | null)[] {
  const terms: (string | null)[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) terms[i] = english ? englishTerm(words[i]!) : otherTerm(words[i]!);
  return terms;
}

function englishTerm(word: string): string | null {
  const hit = englishTerms.get(word);
  if (hit !== undefined) return hit;
  const term = otherTerm(word) === null ? null : stemWord(word);
  if (englishTerms.size >= TERM_CACHE_LIMIT) englishTerms.clear();
  englishTerms.set(word, term);
  return term;
}

function otherTerm(word: string): string | null {
  return word.length < 2 || STOP_WORDS.has(word) ? null : word;
}

/** Adds `times` for each term among the first `count`. */
function countTerms(terms: readonly (string | null)[], count: number, into: Map<string, number>, times: number): void {
  for (let i = 0; i < count; i++) {
    const term = terms[i]!;
    if (term !== null) into.set(term, (into.get(term) ?? 0) + times);
  }
}

function countEntities(terms: readonly (string | null)[], proper: readonly boolean[], into: Map<string, number>): void {
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (proper[i] && term !== null) into.set(term, (into.get(term) ?? 0) + 1);
  }
}
