// What an article contributes to clustering, before weighting: term counts in three channels
// (head = title + lead, body = the whole text with the title counted twice, entities = words that
// look like names), its language and its near-duplicate fingerprint.
import type { StoryArticle } from '../../core/story.ts';
import { detectLanguage, LANGUAGE_WORDS } from './language-detect.ts';
import { minhashSignature, SIGNATURE_WORDS } from './minhash-signature.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { TermTable } from './term-table.ts';
import { stemWord } from './word-stem.ts';
import { isTitleCase, wordTokens } from './word-tokens.ts';

/** One channel's counted terms, by term id (of the table given to `articleFeatures`), in
 * first-count order; `counts[i]` is the count of `ids[i]`. */
export interface TermCounts {
  readonly ids: number[];
  readonly counts: number[];
}

/** Counted terms of one article. Head and name terms are body terms too. */
export interface ArticleFeatures {
  readonly language: string;
  readonly head: TermCounts;
  readonly body: TermCounts;
  readonly entities: TermCounts;
  readonly signature: Uint32Array | null;
  /** No word at all in title and text. */
  readonly empty: boolean;
}

/** Words of the text that count as its lead. */
const LEAD_WORDS = 50;

/** Reads the features of an article; `maxChars` bounds the text read; terms are numbered by `table`
 * (new terms get ids there, which stay free until something retains them). */
export function articleFeatures(article: StoryArticle, maxChars: number, table: TermTable): ArticleFeatures {
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
  // Body first: it holds every term, so it gives each tally its id for the other two channels.
  const body = counts.channel(BODY, table);
  return { language, head: counts.channel(HEAD, null), body, entities: counts.channel(NAMES, null), signature: minhashSignature(leadWords), empty: leadWords.length === 0 };
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
// counts are listed at the end in first-count order, the order maps had when they were counted
// into directly (the vectors, and so the sums over them, keep the same term order). A tally also
// caches its term's id in the last table that numbered it, so a clusterer looks a term's string
// up in its table only when the term is new to it (or its id was freed meanwhile).

const HEAD = 0;
const BODY = 1;
const NAMES = 2;

/** One term's counts in the article numbered `article`, and its id in the table numbered `table`. */
interface TermTally {
  readonly term: string;
  article: number;
  readonly counts: [number, number, number];
  table: number;
  id: number;
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
  return { term, article: -1, counts: [0, 0, 0], table: 0, id: -1 };
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

  /** One channel's term counts, in first-count order; with a table, the tallies' ids are checked
   * (and set) first, without one they are read as the body channel left them. */
  channel(channel: number, table: TermTable | null): TermCounts {
    const order = this.order[channel]!;
    const ids: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < order.length; i++) {
      const tally = order[i]!;
      if (table !== null && (tally.table !== table.serial || table.term(tally.id) !== tally.term)) {
        tally.table = table.serial;
        tally.id = table.idOf(tally.term);
      }
      ids.push(tally.id);
      counts.push(tally.counts[channel]!);
    }
    return { ids, counts };
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
