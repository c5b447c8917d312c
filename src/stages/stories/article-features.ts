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
  const language = detectLanguage(allWords, `${title}\n${article.text.slice(0, 600)}`);
  const english = language === 'eng';
  const head = new Map<string, number>();
  const body = new Map<string, number>();
  const entities = new Map<string, number>();
  countTerms(titleTokens.words, english, [head, body, body]);
  countTerms(textTokens.words.slice(0, LEAD_WORDS), english, [head]);
  countTerms(textTokens.words, english, [body]);
  countEntities(titleTokens.words, titleTokens.proper, english, entities);
  countEntities(textTokens.words, textTokens.proper, english, entities);
  return { language, head, body, entities, signature: minhashSignature(allWords), empty: allWords.length === 0 };
}

/** The term a word counts as, or null for stop words and one-character tokens. */
function termOf(word: string, english: boolean): string | null {
  if (word.length < 2 || STOP_WORDS.has(word)) return null;
  return english ? stemWord(word) : word;
}

function countTerms(words: readonly string[], english: boolean, into: readonly Map<string, number>[]): void {
  for (const word of words) {
    const term = termOf(word, english);
    if (term === null) continue;
    for (const counts of into) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
}

function countEntities(words: readonly string[], proper: readonly boolean[], english: boolean, into: Map<string, number>): void {
  for (let i = 0; i < words.length; i++) {
    if (!proper[i]) continue;
    const term = termOf(words[i]!, english);
    if (term !== null) into.set(term, (into.get(term) ?? 0) + 1);
  }
}

