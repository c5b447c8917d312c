// What an article contributes to clustering, before weighting: term counts in three channels
// (head = title + lead, body = the whole text with the title counted twice, entities = words that
// look like names), its language and its near-duplicate fingerprint.
import type { StoryArticle } from '../../core/story.ts';
import { detectLanguage, LANGUAGE_WORDS } from './language-detect.ts';
import { minhashSignature, SIGNATURE_WORDS } from './minhash-signature.ts';
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
  const leadWords = titleTokens.words.concat(textLead(textTokens.words));
  const language = detectLanguage(leadWords, () => `${title}\n${article.text.slice(0, 600)}`, titleTokens.words.length);
  const english = language === 'eng';
  // Between articles, never within one: a term must keep one tally for the whole article.
  if (englishTallies.size >= TERM_CACHE_LIMIT || otherTallies.size >= TERM_CACHE_LIMIT) clearTallies();
  const titleTerms = tallies(titleTokens.words, english);
  const textTerms = tallies(textTokens.words, english);
  const counts = new ArticleCounts();
  counts.add(titleTerms, titleTerms.length, HEAD, 1);
  counts.add(titleTerms, titleTerms.length, BODY, 2);
  counts.add(textTerms, Math.min(LEAD_WORDS, textTerms.length), HEAD, 1);
  counts.add(textTerms, textTerms.length, BODY, 1);
  counts.addProper(titleTerms, titleTokens.proper);
  counts.addProper(textTerms, textTokens.proper);
  return { language, head: counts.map(HEAD), body: counts.map(BODY), entities: counts.map(NAMES), signature: minhashSignature(leadWords), empty: leadWords.length === 0 };
}

/** Text words the language and the signature may read (after the title's words): a long text's
 * later words change neither, so they are not copied (a copy of thousands of words per article
 * was a steady share of the garbage collector's work). */
const TEXT_LEAD_WORDS = Math.max(SIGNATURE_WORDS, LANGUAGE_WORDS);

function textLead(words: string[]): string[] {
  return words.length > TEXT_LEAD_WORDS ? words.slice(0, TEXT_LEAD_WORDS) : words;
}

// Counting. Each distinct term has one shared, long-lived tally with a count per channel, valid
// in the article whose number it carries; the word-to-tally cache lookup is then the only hash
// lookup per word, instead of that plus a get and a set in each channel's map. Each channel's
// map is built at the end in first-count order, the order the maps had when they were counted
// into directly (the vectors, and so the sums over them, keep the same term order).

const HEAD = 0;
const BODY = 1;
const NAMES = 2;

/** One term's counts in the article numbered `article`. */
interface TermTally {
  readonly term: string;
  article: number;
  readonly counts: [number, number, number];
}

/** Word to tally (null for a stop word or a one-character token), English words by their stem. */
const englishTallies = new Map<string, TermTally | null>();
/** English stem to tally (a stem may be a stop word, "hers" -> "her", and still counts). */
const stemTallies = new Map<string, TermTally>();
/** Word to tally for other languages, which keep their words. */
const otherTallies = new Map<string, TermTally | null>();
/** Beyond this many cached words the caches start again, so memory stays bounded. */
const TERM_CACHE_LIMIT = 100_000;
/** Number of the article being counted. */
let articleNumber = 0;

function clearTallies(): void {
  englishTallies.clear();
  stemTallies.clear();
  otherTallies.clear();
}

/** The tally each word counts in, or null for stop words and one-character tokens. */
function tallies(words: readonly string[], english: boolean): (TermTally | null)[] {
  const out: (TermTally | null)[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = english ? englishTally(words[i]!) : otherTally(words[i]!);
  return out;
}

function englishTally(word: string): TermTally | null {
  const hit = englishTallies.get(word);
  if (hit !== undefined) return hit;
  // Words with one stem ("rules", "ruled") share the stem's tally.
  const tally = isTerm(word) ? stemTally(stemWord(word)) : null;
  englishTallies.set(word, tally);
  return tally;
}

function stemTally(stem: string): TermTally {
  let tally = stemTallies.get(stem);
  if (tally === undefined) {
    tally = newTally(stem);
    stemTallies.set(stem, tally);
  }
  return tally;
}

function otherTally(word: string): TermTally | null {
  const hit = otherTallies.get(word);
  if (hit !== undefined) return hit;
  const tally = isTerm(word) ? newTally(word) : null;
  otherTallies.set(word, tally);
  return tally;
}

function newTally(term: string): TermTally {
  return { term, article: -1, counts: [0, 0, 0] };
}

function isTerm(word: string): boolean {
  return word.length >= 2 && !STOP_WORDS.has(word);
}

/** The counts of one article: tallies stamped with its number, and the order of first counts. */
class ArticleCounts {
  private readonly article = ++articleNumber;
  private readonly order: TermTally[][] = [[], [], []];

  /** Adds `times` to `channel` for each term among the first `count`. */
  add(terms: readonly (TermTally | null)[], count: number, channel: number, times: number): void {
    for (let i = 0; i < count; i++) {
      const tally = terms[i]!;
      if (tally !== null) this.bump(tally, channel, times);
    }
  }

  /** Counts the terms flagged as parts of names in the names channel. */
  addProper(terms: readonly (TermTally | null)[], proper: readonly boolean[]): void {
    for (let i = 0; i < terms.length; i++) {
      const tally = terms[i]!;
      if (proper[i] && tally !== null) this.bump(tally, NAMES, 1);
    }
  }

  /** One channel's term counts, in first-count order. */
  map(channel: number): Map<string, number> {
    const map = new Map<string, number>();
    for (const tally of this.order[channel]!) map.set(tally.term, tally.counts[channel]!);
    return map;
  }

  private bump(tally: TermTally, channel: number, times: number): void {
    if (tally.article !== this.article) {
      tally.article = this.article;
      tally.counts[HEAD] = 0;
      tally.counts[BODY] = 0;
      tally.counts[NAMES] = 0;
    }
    if (tally.counts[channel] === 0) this.order[channel]!.push(tally);
    tally.counts[channel]! += times;
  }
}
