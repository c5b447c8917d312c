// The people, organisations and outlets an article names, in order, so that a later "Trump",
// "Mr. Trump", "the president" or "he" can be resolved to the fullest name seen before it.
import type { SpeakerType } from '../../core/quote.ts';
import type { QuoteContext } from './quote-context.ts';
import { phraseStartingAt } from './speaker-phrase.ts';
import { givenNameGender } from './first-names.ts';
import { GENDERED_TITLES, TITLES, TITLE_ROLES, isPersonNoun } from './speaker-titles.ts';
import { ORGANISATION_NAMES, ORGANISATION_WORDS } from './organisation-words.ts';
import { OUTLET_NAMES, OUTLET_WORDS } from './outlet-names.ts';
import { isPlaceName } from './place-names.ts';
import { TokenKind, isCapitalised, type Tokens } from './text-tokens.ts';
import { CALENDAR_WORDS, DETERMINERS, NAME_JOINERS } from './word-classes.ts';

/** A person named in the text. */
export interface Person {
  readonly name: string;
  /** From a title ("Mrs.") or a pronoun that resolved to the person. */
  gender: 'f' | 'm' | null;
  /** What the given name suggests ("Mary"), only to rule a pronoun of the other gender out. */
  readonly given: 'f' | 'm' | null;
}

/** A name parsed from a phrase: titles apart, owner ("Breitbart’s") dropped. */
export interface ParsedName {
  readonly titles: readonly string[];
  readonly words: readonly string[];
}

/** A person holding a role from a token on ("President Obama"). */
export interface RoleHolder {
  readonly token: number;
  readonly person: Person;
}

/** One mention of a person at a token. */
export interface PersonMention extends RoleHolder {
  /** First token of the mention's sentence. */
  readonly sentence: number;
  /** True for the first person its sentence names, most often its subject ("Trump said he'd like Obama …"). */
  readonly firstInSentence: boolean;
}

/** People by surname, the holders of each role in text order, and every mention in text order. */
export interface NameIndex {
  /** The person a surname last named in full. */
  readonly bySurname: Map<string, Person>;
  /** Every person a surname named in full, in text order ("Donald Trump", then "Melania Trump"). */
  readonly everyBySurname: Map<string, Person[]>;
  readonly byRole: Map<string, RoleHolder[]>;
  readonly mentions: PersonMention[];
}

/** Suffixes that end a full name but are not its surname ("Joseph R. Biden Jr."). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The surname of a name's words, past a suffix, lower case. */
export function surnameOf(words: readonly string[]): string {
  const last = words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1]!.toLowerCase()) ? words.length - 2 : words.length - 1;
  return words[last]!.toLowerCase();
}

/** The person who held `role` at the last mention before `token`, or null. */
export function roleHolderBefore(index: NameIndex, role: string, token: number): Person | null {
  const holders = index.byRole.get(role);
  if (!holders) return null;
  for (let i = holders.length - 1; i >= 0; i--) if (holders[i]!.token < token) return holders[i]!.person;
  return null;
}

const POSSESSIVE = /['’]s?$/;
const DEPUTY_TITLES: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'former', 'ex']);

/** Splits the words of tokens [first, last] into titles and name words. */
export function parseName(tokens: Tokens, first: number, last: number): ParsedName {
  let words: string[] = [];
  const titles: string[] = [];
  for (let i = first; i <= last; i++) {
    if (tokens.kinds[i] !== TokenKind.Word) continue;
    const word = tokens.text.slice(tokens.starts[i], tokens.ends[i]);
    const lower = tokens.lower[i]!;
    if (words.length === 0 && (lower === 'the' || isTitle(lower))) {
      if (lower !== 'the') titles.push(lower);
      continue;
    }
    // "Secretary of State Clinton", "Secretary of Homeland Security Kirstjen Nielsen": the office
    // after a title's "of" is title too.
    if (words.length === 0 && lower === 'of' && titles.length > 0) {
      let j = i + 1;
      while (j < last && (OFFICE_WORDS.has(tokens.lower[j]!) || (tokens.lower[j] === 'and' && OFFICE_WORDS.has(tokens.lower[j + 1]!)))) j++;
      if (j > i + 1 && isCapitalised(tokens, j)) {
        for (let k = i; k < j; k++) titles.push(tokens.lower[k]!);
        i = j - 1;
        continue;
      }
    }
    // "Breitbart’s Joel Pollak": the owner is not the speaker's name.
    if (POSSESSIVE.test(word) && i < last) {
      words = [];
      continue;
    }
    words.push(keepsPeriod(tokens, i, lower) ? `${word}.` : word.replace(POSSESSIVE, ''));
  }
  return withoutPlace(splitCompoundTitle(...properNameAtEnd(titles, words)));
}

/** Words of the offices a title names after "of" ("Secretary of Homeland Security"). */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'affairs', 'agriculture', 'commerce', 'defence', 'defense', 'development', 'education', 'energy', 'finance', 'health',
  'homeland', 'housing', 'human', 'interior', 'justice', 'labor', 'labour', 'security', 'services', 'staff', 'state',
  'transportation', 'treasury', 'urban', 'veterans',
]);

/** Capitalised words that open a sentence before a name but are no part of it ("Despite Trump saying", "Of Obama, he said"). */
const NAME_OPENERS: ReadonlySet<string> = new Set([
  'according', 'after', 'although', 'and', 'as', 'asked', 'at', 'but', 'despite', 'during', 'even', 'for', 'however', 'in',
  'like', 'meanwhile', 'of', 'on', 'since', 'still', 'then', 'though', 'under', 'unlike', 'when', 'while', 'with', 'without', 'yet',
]);

/** True when a word starts with a lower-case letter ("researcher", "split"). */
function isLowerWord(word: string): boolean {
  const c = word[0]!;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/**
 * The proper name that ends a phrase: sentence openers dropped ("Despite Trump" is Trump), and
 * a person's name after a lower-case description ("researcher Rahul Mohandas", "A major split
 * between Trump") with the description kept as title. A name whose remainder opens with a joiner
 * ("members of Congress") or is no person is left whole.
 */
function properNameAtEnd(given: string[], words: string[]): [string[], string[]] {
  let titles = given;
  let from = 0;
  while (from < words.length - 1 && NAME_OPENERS.has(words[from]!.toLowerCase())) from++;
  // "Despite Mr. Trump’s promises": a title after an opener is still a title.
  const openerTitles: string[] = [];
  while (from > 0 && from < words.length - 1 && isTitle(words[from]!.toLowerCase())) openerTitles.push(words[from++]!.toLowerCase());
  if (openerTitles.length > 0) titles = [...titles, ...openerTitles];
  let lastLower = -1;
  for (let k = from; k < words.length; k++) if (isLowerWord(words[k]!) && !NAME_JOINERS.has(words[k]!)) lastLower = k;
  if (lastLower >= from && lastLower < words.length - 1) {
    const rest = words.slice(lastLower + 1);
    // "a senior Democrat" describes; "German news agency DPA" is the agency.
    const described = rest.length === 1 && DETERMINERS.has(words[from]!.toLowerCase());
    // "Beaumont Hospital spokeswoman Ilene Wolfe" is the spokeswoman; "German news agency DPA" the agency.
    const role = nameType(words) === 'person' || isPersonNoun(words[lastLower]!.toLowerCase());
    if (!described && role && !NAME_JOINERS.has(rest[0]!.toLowerCase()) && nameType(rest) === 'person') {
      // "which Mr. Trump": a title after the description is a title still.
      let name = lastLower + 1;
      while (name < words.length - 1 && TITLES.has(words[name]!.toLowerCase())) name++;
      return [[...titles, ...words.slice(from, name).map((w) => w.toLowerCase())], words.slice(name)];
    }
  }
  return [titles, words.slice(from)];
}

/** "Mark Warner of Virginia": a person's full name before "of" and a place is the name, so that a
 * later "Mr. Warner" finds it. */
function withoutPlace(name: ParsedName): ParsedName {
  const of = name.words.indexOf('of');
  if (of < 2 || nameType(name.words) !== 'person') return name;
  return { titles: name.titles, words: name.words.slice(0, of) };
}

/** True when every word of a person's name is capitalised (joiners apart), no calendar word and
 * no description ("Democrat of New Jersey", "News of Mattis", "Wednesday did" are no names). */
function looksLikeFullName(words: readonly string[]): boolean {
  if (words.length >= 2 && words[1] === 'of') return false;
  return words.every((w, k) => (k > 0 && NAME_JOINERS.has(w)) || (!isLowerWord(w) && !CALENDAR_WORDS.has(w.toLowerCase())));
}

/** A title, also one still to be taken up ("Representative-elect", "Speaker-to-be"). */
const PENDING_TITLE = /-(?:elect|designate|to-be)$/;

/** True when a lower-case word is a title before a name. */
function isTitle(lower: string): boolean {
  return TITLES.has(lower) || PENDING_TITLE.test(lower);
}

/** True for an initial or a suffix whose period follows it ("Susan E. Rice", "Biden Jr."). */
function keepsPeriod(tokens: Tokens, i: number, lower: string): boolean {
  return i + 1 < tokens.count && tokens.lower[i + 1] === '.' && tokens.ends[i] === tokens.starts[i + 1] && (lower.length === 1 || lower === 'jr' || lower === 'sr');
}

/** Role words that end a compound title before a full name ("Senate Minority Leader", "House Speaker"). */
const TITLE_HEADS: ReadonlySet<string> = new Set(['adviser', 'advisor', 'chair', 'counsel', 'director', 'leader', 'spokesman', 'spokesperson', 'spokeswoman', 'whip']);

/**
 * "Senate Minority Leader Mitch McConnell", "House Speaker Nancy Pelosi": a title that opens with
 * its institution. When a role word is followed by a full name (two words or more, none of them a
 * title or an institution), everything up to the role word is title, so the person is named and
 * typed as a person rather than as the Senate.
 */
function splitCompoundTitle(titles: string[], words: string[]): ParsedName {
  if (words.length < 3) return { titles, words };
  const lower = words.map((w) => w.toLowerCase());
  let head = -1;
  for (let k = lower.length - 3; k >= 0; k--) {
    if (isTitle(lower[k]!) || TITLE_HEADS.has(lower[k]!)) {
      head = k;
      break;
    }
  }
  if (head < 0) return { titles, words };
  const name = lower.slice(head + 1);
  if (name.some((w) => TITLES.has(w) || TITLE_HEADS.has(w) || ORGANISATION_WORDS.has(w) || w === 'of')) return { titles, words };
  return { titles: [...titles, ...lower.slice(0, head + 1)], words: words.slice(head + 1) };
}

/** Person, organisation or outlet, from the words of a name or noun phrase. */
export function nameType(words: readonly string[]): SpeakerType {
  // "F.B.I." is the FBI.
  const lower = words.map((w) => w.toLowerCase().replace(/\.(?=[a-z])/g, ''));
  const joined = (lower[0] === 'the' ? lower.slice(1) : lower).join(' ');
  if (OUTLET_NAMES.has(joined)) return 'outlet';
  if (ORGANISATION_NAMES.has(joined) || isPlaceName(joined) || lower.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
  if (lower.length > 1 && OUTLET_WORDS.has(lower[lower.length - 1]!)) return 'outlet';
  return 'person';
}

/** Indexes every capitalised name outside quotes: full names by surname, titled names by role. */
export function indexNames(ctx: QuoteContext): NameIndex {
  const index: NameIndex = { bySurname: new Map(), everyBySurname: new Map(), byRole: new Map(), mentions: [] };
  const t = ctx.tokens;
  for (let i = 0; i < t.count; i++) {
    if (!isCapitalised(t, i) || ctx.spanOf[i]! >= 0) continue;
    const phrase = phraseStartingAt(t, i, t.count);
    if (phrase === null) continue;
    // "a Massachusetts Democrat" describes someone; it does not name them.
    if (i > 0 && (t.lower[i - 1] === 'a' || t.lower[i - 1] === 'an')) {
      i = phrase.last;
      continue;
    }
    const person = registerName(index, parseName(t, phrase.first, phrase.last), i);
    if (person) {
      const sentence = ctx.sentences.startOf[i]!;
      const previous = index.mentions[index.mentions.length - 1];
      index.mentions.push({ token: i, person, sentence, firstInSentence: previous?.sentence !== sentence });
    }
    i = phrase.last;
  }
  return index;
}

/** The gender the first gendered title of a name gives ("Mr.", "Mrs."), or null. */
export function titleGender(titles: readonly string[]): 'f' | 'm' | null {
  return titles.map((t) => GENDERED_TITLES[t]).find((g) => g !== undefined) ?? null;
}

/** Every person named in full with `surname`, in text order. */
function everyPersonOf(index: NameIndex, surname: string): Person[] {
  return index.everyBySurname.get(surname) ?? [];
}

/** Registers a new person under `surname`. */
function addPerson(index: NameIndex, surname: string, person: Person): Person {
  index.bySurname.set(surname, person);
  const people = index.everyBySurname.get(surname);
  if (people) people.push(person);
  else index.everyBySurname.set(surname, [person]);
  return person;
}

/** The person a surname alone names: with a title's gender ("Mr. Trump"), the last one named in
 * full who is not known or named as the other gender (not "Melania Trump"); else the last one. */
export function personBySurname(index: NameIndex, surname: string, gender: 'f' | 'm' | null): Person | undefined {
  const last = index.bySurname.get(surname);
  if (gender === null || last === undefined) return last;
  const other = gender === 'm' ? 'f' : 'm';
  const people = everyPersonOf(index, surname);
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (p.gender === gender || (p.gender === null && p.given !== other)) return p;
  }
  return last;
}

/** Adds a parsed name to the index; the person it names, or null for an organisation or outlet. */
export function registerName(index: NameIndex, name: ParsedName, token: number): Person | null {
  const { words, titles } = name;
  if (words.length === 0 || !looksLikeFullName(words)) return null;
  const surname = surnameOf(words);
  // "Jordan" after "Rep. Jim Jordan" is the person, though also a country.
  const seen = words.length === 1 && index.bySurname.has(surname);
  if (!seen && nameType(words) !== 'person') return null;
  const gender = titleGender(titles);
  const given = words.length >= 2 ? givenNameGender(words[0]!) : null;
  let person = words.length === 1 ? personBySurname(index, surname, gender) : index.bySurname.get(surname);
  if (words.length >= 2 && (!person || person.name !== words.join(' '))) {
    person = everyPersonOf(index, surname).find((p) => p.name === words.join(' ')) ?? addPerson(index, surname, { name: words.join(' '), gender, given });
    index.bySurname.set(surname, person);
  } else if (!person) {
    if (titles.length === 0) return null;
    person = addPerson(index, surname, { name: words.join(' '), gender, given });
  }
  if (gender && !person.gender) person.gender = gender;
  titles.forEach((title, k) => {
    // A vice president or deputy minister does not hold the role "the president" names.
    if (k > 0 && DEPUTY_TITLES.has(titles[k - 1]!)) return;
    const role = TITLE_ROLES[title] ?? title;
    const holders = index.byRole.get(role) ?? [];
    holders.push({ token, person });
    index.byRole.set(role, holders);
  });
  return person;
}
