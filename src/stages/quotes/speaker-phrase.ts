// Finds the noun phrase that names a speaker next to a cue: a name ("Sen. Ted Cruz"), a
// pronoun ("he", "who"), or a common-noun phrase ("the 46-year-old", "a campaign spokesman").
// Walks are bounded (a name is at most MAX_PHRASE tokens), so each call is constant time.
import { cueStrength, isBareLemma } from './cue-verbs.ts';
import { endsAbbreviation } from './sentence-bounds.ts';
import { isPersonNoun } from './speaker-titles.ts';
import { TokenKind, isCapitalised, type Tokens } from './text-tokens.ts';
import { BARE_DETERMINERS, CALENDAR_WORDS, DETERMINERS, NAME_JOINERS, PHRASE_STOPS, SPEAKER_PRONOUNS, VERB_LEADS, isDigitWord, isPossessive } from './word-classes.ts';

/** A phrase as an inclusive range of token indexes. */
export interface Phrase {
  readonly first: number;
  readonly last: number;
}

const MAX_PHRASE = 8;

/** True when token `i` may be part of a capitalised name. */
function isNameWord(tokens: Tokens, i: number): boolean {
  const w = tokens.lower[i]!;
  // "Said Dorothy Poynter" opens with a cue, but "Press" and "Post" are names' words.
  return isCapitalised(tokens, i) && !PHRASE_STOPS.has(w) && !CALENDAR_WORDS.has(w) && (cueStrength(w) === undefined || isBareLemma(w));
}

/** True when token `i` is the period of an abbreviation or initial glued to a name word before it
 * ("George W. Bush", "Joseph R. Biden Jr."), not a sentence's end after a name ("… Mitch McConnell. He"). */
function isNamePeriod(tokens: Tokens, i: number): boolean {
  if (i === 0 || tokens.lower[i] !== '.' || !isCapitalised(tokens, i - 1)) return false;
  // "the F.B.I.", "the S.E.C.": dotted initials of any length close the name, whatever follows.
  return endsAbbreviation(tokens, i) || (tokens.ends[i - 1] === tokens.starts[i] && DOTTED_INITIALS.test(tokens.lower[i - 1]!));
}

const DOTTED_INITIALS = /^(?:[a-z]\.)+[a-z]$/;

/** True when token `i` is an ordinary lower-case word that can sit inside a common-noun phrase. */
function isPhraseWord(tokens: Tokens, i: number): boolean {
  const w = tokens.lower[i]!;
  return tokens.kinds[i] === TokenKind.Word && !PHRASE_STOPS.has(w) && cueStrength(w) === undefined && !SPEAKER_PRONOUNS.has(w);
}

/** True when token `j` is a lower-case reporting-verb lemma used as the noun that ends a phrase
 * ("the report said", "the secretary of state said"): after a determiner, "of", a possessive or
 * another word of the phrase, where a bare verb could not stand. */
function isHeadNoun(tokens: Tokens, j: number, floor: number): boolean {
  const w = tokens.lower[j]!;
  if (j - 1 < floor || tokens.kinds[j] !== TokenKind.Word || isCapitalised(tokens, j)) return false;
  const prev = tokens.lower[j - 1]!;
  // "the reports said", "his comments were": a plural noun only after a determiner or possessive,
  // since after a name it is the verb ("Trump reports").
  if (!isBareLemma(w)) return w.endsWith('s') && isBareLemma(w.slice(0, -1)) && (DETERMINERS.has(prev) || isPossessive(prev));
  if (prev === 'to' || SPEAKER_PRONOUNS.has(prev) || VERB_LEADS.has(prev)) return false;
  return (DETERMINERS.has(prev) || prev === 'of' || isPossessive(prev) || isPhraseWord(tokens, j - 1) || isNameWord(tokens, j - 1));
}

/** Words that are no speaker on their own. */
const NOT_SPEAKERS = new Set([
  'along', 'amid', 'be', 'been', 'being', 'beyond', 'first', 'get', 'having', 'instead', 'just', 'last', 'more', 'much', 'never', 'now',
  'over', 'perhaps', 'please', 'see', 'such', 'there', 'unlike', 'what',
]);

/** The speaker phrase whose last token is `j`, not reaching before `floor`; null when `j` ends none. */
export function phraseEndingAt(tokens: Tokens, end: number, floor: number): Phrase | null {
  // "Joseph R. Biden Jr. said": the name ends before the period of its suffix.
  const j = isNamePeriod(tokens, end) && end - 1 >= floor ? end - 1 : end;
  // "42% say": a share of those polled.
  if (j - 1 >= floor && tokens.lower[j] === '%' && tokens.ends[j - 1] === tokens.starts[j] && isDigitWord(tokens.lower[j - 1]!)) return { first: j - 1, last: j };
  if (j < floor || tokens.kinds[j] !== TokenKind.Word) return null;
  const w = tokens.lower[j]!;
  // A relative "that" ("a video that said …") stands for a thing whose source annotators name elsewhere.
  if (w === 'that') return null;
  if (SPEAKER_PRONOUNS.has(w)) return { first: j, last: j };
  if (BARE_DETERMINERS.has(w)) return null;
  if (isNameWord(tokens, j)) {
    const first = nameStart(tokens, j, floor);
    return first === j && NOT_SPEAKERS.has(w) ? null : { first, last: j };
  }
  if (!isPhraseWord(tokens, j) && !isHeadNoun(tokens, j, floor)) return null;
  let i = j;
  while (i - 1 >= floor && j - i < MAX_PHRASE && !DETERMINERS.has(tokens.lower[i]!)) {
    const prev = i - 1;
    if (DETERMINERS.has(tokens.lower[prev]!) || isPhraseWord(tokens, prev) || isNameWord(tokens, prev)) i = prev;
    else break;
  }
  // "having said", "more say", "what he said": a lone word that names no one.
  return i === j && NOT_SPEAKERS.has(w) ? null : { first: i, last: j };
}

/** First token of the capitalised name ending at `j`: titles, initials and joiners included. */
function nameStart(tokens: Tokens, j: number, floor: number): number {
  let i = j;
  while (i - 1 >= floor && j - i < MAX_PHRASE) {
    const prev = i - 1;
    if (isNameWord(tokens, prev) || isNamePeriod(tokens, prev)) i = prev;
    else if (NAME_JOINERS.has(tokens.lower[prev]!) && prev - 1 >= floor && isNameWord(tokens, prev - 1)) i = prev - 1;
    else break;
  }
  if (i - 1 >= floor && tokens.lower[i - 1] === 'the') i--;
  return i;
}

/** The speaker phrase starting at token `i` (after an inverted cue: "said Sen. Ted Cruz"); null when none. */
export function phraseStartingAt(tokens: Tokens, i: number, limit: number): Phrase | null {
  if (i >= limit || tokens.kinds[i] !== TokenKind.Word) return null;
  const w = tokens.lower[i]!;
  // "said one aide": "one" before a noun is its determiner, not the pronoun.
  const oneBeforeNoun = w === 'one' && i + 1 < limit && (isPhraseWord(tokens, i + 1) || isNameWord(tokens, i + 1));
  if (SPEAKER_PRONOUNS.has(w) && !oneBeforeNoun) return w === 'that' || w === 'which' ? null : { first: i, last: i };
  let j = i;
  if (w === 'the' && i + 1 < limit && isNameWord(tokens, i + 1)) j = i + 1;
  // A capitalised determiner opening a sentence ("The first incident") is no name.
  if (isNameWord(tokens, j) && (j > i || !DETERMINERS.has(w))) {
    const last = nameEnd(tokens, j, limit);
    // "Beyond, …", "Perhaps …": a capitalised adverb or preposition that opens a sentence names no one.
    return last === i && NOT_SPEAKERS.has(w) ? null : { first: i, last };
  }
  if (!DETERMINERS.has(w) && !isPhraseWord(tokens, i)) return null;
  while (j + 1 < limit && j - i < MAX_PHRASE && (isPhraseWord(tokens, j + 1) || isNameWord(tokens, j + 1)) && !DETERMINERS.has(tokens.lower[j + 1]!)) j++;
  // "according to the report", "said the secretary of state": a noun that is also a verb lemma ends the phrase.
  if (j + 1 < limit && j - i < MAX_PHRASE && isHeadNoun(tokens, j + 1, i)) j++;
  // "some of his rivals", "a member of the board": the phrase runs on past "of" (once), never ends on it.
  if (tokens.lower[j] === 'of' && j > i) {
    const rest = tokens.lower[j + 1] === 'of' ? null : phraseStartingAt(tokens, j + 1, Math.min(limit, j + 1 + MAX_PHRASE));
    return { first: i, last: rest && tokens.lower[rest.last] !== 'of' ? rest.last : j - 1 };
  }
  // "said Tuesday": a day or month alone names no one.
  if (j === i && (BARE_DETERMINERS.has(w) || NOT_SPEAKERS.has(w) || CALENDAR_WORDS.has(w))) return null;
  // "said a spokesman for the company", "said a professor at Yale": people run on over what they belong to.
  const link = tokens.lower[j + 1];
  if ((link === 'for' || link === 'at') && j + 2 < limit && j - i <= MAX_BELONGING_HEAD && isPeopleNoun(tokens, j)) {
    const owner = phraseStartingAt(tokens, j + 2, Math.min(limit, j + 2 + MAX_PHRASE));
    if (owner !== null) return { first: i, last: owner.last };
  }
  return { first: i, last: j };
}

/**
 * The speaker after an inverted cue, run on over the person a description names: "said Obama
 * campaign manager Jim Messina." is Messina, "said the legislator, Representative Carl Seel." is
 * Seel. Only after a cue, where no verb can follow the first name ("Trump fired campaign manager
 * Corey Lewandowski" is no speaker phrase).
 */
export function withRoleHolder(tokens: Tokens, phrase: Phrase | null, limit: number): Phrase | null {
  if (phrase === null) return null;
  const last = tokens.lower[phrase.first] === 'the' && !isCapitalised(tokens, phrase.last) ? appositiveNameEnd(tokens, phrase.last, limit) : roleHolderEnd(tokens, phrase.last, limit);
  return last === phrase.last ? phrase : { first: phrase.first, last };
}

/**
 * "said the legislator, Representative Carl Seel.": a full name set off after "the" and a role
 * noun ending at `j` names the speaker; the span runs over it. Otherwise `j`.
 */
function appositiveNameEnd(tokens: Tokens, j: number, limit: number): number {
  const role = tokens.lower[j]!;
  if (!(isPersonNoun(role) || ROLE_HEADS.has(role)) || tokens.lower[j + 1] !== ',' || j + 2 >= limit || !isNameWord(tokens, j + 2)) return j;
  const end = nameEnd(tokens, j + 2, limit);
  if (end === j + 2 || (end + 1 < limit && !PHRASE_CLOSERS.has(tokens.lower[end + 1]!))) return j;
  return end;
}

/** Role nouns that fit no person-noun ending ("campaign chair", "White House counsel"). */
const ROLE_HEADS: ReadonlySet<string> = new Set(['chair', 'chief', 'counsel', 'head', 'secretary', 'whip']);

/** Most lower-case words of a role between two names ("Obama campaign manager Jim Messina"). */
const MAX_ROLE_WORDS = 3;

/** Tokens that may close an inverted speaker's phrase. */
const PHRASE_CLOSERS: ReadonlySet<string> = new Set(['.', ',', ';']);

/**
 * "said Obama campaign manager Jim Messina.": past a name that ends at `last`, a lower-case role
 * (its last word a person noun) and a full name that closes the clause are the speaker, not the
 * name before the role, which only describes the role. Otherwise `last`.
 */
function roleHolderEnd(tokens: Tokens, last: number, limit: number): number {
  let k = last + 1;
  // "press secretary": a role's words may be verb forms elsewhere.
  while (k < limit && k - last <= MAX_ROLE_WORDS && isRoleWord(tokens, k)) k++;
  const role = tokens.lower[k - 1]!;
  if (k === last + 1 || k >= limit || !(isPersonNoun(role) || ROLE_HEADS.has(role)) || !isNameWord(tokens, k)) return last;
  const end = nameEnd(tokens, k, limit);
  if (end === k || (end + 1 < limit && !PHRASE_CLOSERS.has(tokens.lower[end + 1]!))) return last;
  return end;
}

/** True when token `k` is a lower-case word that may sit in a role ("campaign", "press"). */
function isRoleWord(tokens: Tokens, k: number): boolean {
  const w = tokens.lower[k]!;
  return tokens.kinds[k] === TokenKind.Word && !isCapitalised(tokens, k) && !PHRASE_STOPS.has(w) && !SPEAKER_PRONOUNS.has(w) && !DETERMINERS.has(w);
}

/** Last token of the capitalised name starting at `i`. */
function nameEnd(tokens: Tokens, i: number, limit: number): number {
  let j = i;
  while (j + 1 < limit && j - i < MAX_PHRASE) {
    const next = j + 1;
    if (isNameWord(tokens, next)) j = next;
    else if (isNamePeriod(tokens, next) && next + 1 < limit && isNameWord(tokens, next + 1)) j = next + 1;
    else if (NAME_JOINERS.has(tokens.lower[next]!) && next + 1 < limit && isNameWord(tokens, next + 1)) j = next + 1;
    else break;
  }
  return j;
}

/** Words that join a document to its author ("a report by X", "a statement from X"). */
const AUTHOR_LINKS = new Set(['by', 'from']);

/** `phrase` ("a recent report") extended over its author ("… from Bloomberg New Energy Finance"),
 * since the source of "according to" may be either. */
export function withAuthor(tokens: Tokens, phrase: Phrase | null, limit: number): Phrase | null {
  if (phrase === null || phrase.last + 1 >= limit || !AUTHOR_LINKS.has(tokens.lower[phrase.last + 1]!)) return phrase;
  const author = phraseStartingAt(tokens, phrase.last + 2, limit);
  return author === null ? phrase : { first: phrase.first, last: author.last };
}

/** Prepositions that tie a group or role to what it belongs to ("the head of the union", "a
 * spokesman for the company", "a professor at Yale"); not "with", which as often adds a detail
 * ("the tremors with a 7.3 magnitude"). */
export const BELONGING_LINKS: ReadonlySet<string> = new Set(['at', 'for', 'of']);
/** Most tokens after the first of a phrase of people before what they belong to ("a senior official
 * at"); a longer one is likely a clause ("the senator stayed silent for weeks"), whose "-ent" word
 * only looks like a noun of people. */
const MAX_BELONGING_HEAD = 2;
/** Nouns of people besides those `isPersonNoun` knows by their ending ("the head of", "families of"). */
const GROUP_NOUNS = new Set([
  'chief', 'children', 'citizens', 'families', 'family', 'friends', 'group', 'groups', 'head', 'heads', 'parents', 'people', 'relatives',
  'victims',
]);

/** True when the lower-case word at `j` names a person or a group of people. */
export function isPeopleNoun(tokens: Tokens, j: number): boolean {
  const w = tokens.lower[j]!;
  return tokens.kinds[j] === TokenKind.Word && (isPersonNoun(w) || GROUP_NOUNS.has(w));
}

/** The token of the noun of people a phrase opens with before "of"/"for"/"at"/"with" ("[head] of the
 * union"), or -1 when it has none. */
export function belongingHead(tokens: Tokens, phrase: Phrase): number {
  for (let k = phrase.first + 1; k < phrase.last; k++) {
    if (!BELONGING_LINKS.has(tokens.lower[k]!)) continue;
    // "Director of National Intelligence James Clapper": a title in capitals before a name is the name's.
    const titled = isCapitalised(tokens, k - 1) && isCapitalised(tokens, phrase.last);
    return isPeopleNoun(tokens, k - 1) && !titled ? k - 1 : -1;
  }
  return -1;
}

/** `phrase` widened back over what it belongs to when it follows "of"/"for"/"at"/"with" and a
 * noun of people ("[The head of] the union said", "[Supporters of] the plan argued"): the people
 * spoke, not the union or the plan. At most two links ("Family members of the victims of …"). */
export function withBelonging(tokens: Tokens, phrase: Phrase | null, floor: number): Phrase | null {
  if (phrase === null) return null;
  let first = phrase.first;
  for (let round = 0; round < 2; round++) {
    const link = first - 1;
    if (link - 1 < floor || !BELONGING_LINKS.has(tokens.lower[link]!) || !isPeopleNoun(tokens, link - 1)) break;
    const owner = phraseEndingAt(tokens, link - 1, floor);
    if (owner === null || owner.last - owner.first > MAX_BELONGING_HEAD) break;
    first = owner.first;
  }
  return first === phrase.first ? phrase : { first, last: phrase.last };
}

