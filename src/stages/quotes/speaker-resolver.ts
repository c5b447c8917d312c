// Resolves a speaker mention to a speaker: a name to the fullest form seen before ("Trump" to
// "Donald Trump"), a role to the person who held that title ("the president"), "he"/"she" to the
// last person named before the cue, "who" to the phrase it follows.
import type { SpeakerType } from '../../core/quote.ts';
import { nameType, parseName, personBySurname, roleHolderBefore, surnameOf, titleGender, type NameIndex } from './name-index.ts';
import type { QuoteContext } from './quote-context.ts';
import { belongingHead, isPeopleNoun, phraseEndingAt, type Phrase } from './speaker-phrase.ts';
import { OUTLET_NAMES } from './outlet-names.ts';
import { ROLE_NOUNS, isPersonNoun } from './speaker-titles.ts';
import { isCapitalised } from './text-tokens.ts';
import { BE_CONTRACTION, CONTRACTION } from './word-classes.ts';

/** A resolved speaker. */
export interface ResolvedSpeaker {
  readonly name: string | null;
  readonly type: SpeakerType;
}

const UNKNOWN: ResolvedSpeaker = { name: null, type: 'unknown' };
const PRONOUN_GENDER: Readonly<Record<string, 'f' | 'm'>> = { he: 'm', she: 'f' };
/** How many person mentions back a pronoun may look for one of its gender. */
const PRONOUN_LOOKBACK = 4;

/** The speaker a phrase mentions, resolved against the names indexed before it. */
export function resolveSpeaker(ctx: QuoteContext, index: NameIndex, phrase: Phrase): ResolvedSpeaker {
  const t = ctx.tokens;
  if (phrase.first === phrase.last) {
    // "He’s convinced that …", "I’m glad …": a pronoun with its verb is the pronoun.
    const lower = t.lower[phrase.first]!;
    const word = BE_CONTRACTION.test(lower) ? lower.replace(CONTRACTION, '') : lower;
    if (word === 'he' || word === 'she') return pronounSpeaker(ctx, index, phrase.first, PRONOUN_GENDER[word]!);
    if (word === 'who' || word === 'which' || word === 'that') return relativeSpeaker(ctx, index, phrase);
    if (word === 'they' || word === 'it' || word === 'i' || word === 'we' || word === 'you' || word === 'one') return UNKNOWN;
  }
  // "The head of the union", "A professor at Yale": the people before the link spoke.
  const head = belongingHead(t, phrase);
  if (head >= 0) return commonNounSpeaker(ctx, index, phrase, head);
  if (isCapitalised(t, phrase.last)) return namedSpeaker(ctx, index, phrase);
  return commonNounSpeaker(ctx, index, phrase, phrase.last);
}

/** "he" or "she": the nearest person named before, preferring one known to have that gender and
 * the subject of the sentence that named it; the person learns the pronoun's gender. */
function pronounSpeaker(ctx: QuoteContext, index: NameIndex, token: number, gender: 'f' | 'm'): ResolvedSpeaker {
  const at = lastMentionBefore(index, token);
  if (at < 0) return UNKNOWN;
  // A person whose gender is known from a title or an earlier pronoun is preferred (the article's
  // principals are the ones titled "Mr." or "Ms."); else the nearest whose given name does not
  // say the other gender ("Mary Cheney … Dick Cheney. “…,” she added").
  let pick = -1;
  let fallback = -1;
  for (let i = at; i >= 0 && at - i < PRONOUN_LOOKBACK; i--) {
    const person = index.mentions[i]!.person;
    if (person.gender === gender) {
      pick = i;
      break;
    }
    if (fallback < 0 && person.gender === null && (person.given === null || person.given === gender)) fallback = i;
  }
  if (pick < 0) pick = fallback;
  if (pick < 0) return UNKNOWN;
  const person = index.mentions[sentenceSubject(ctx, index, pick, gender)]!.person;
  if (person.gender === null) person.gender = gender;
  return { name: person.name, type: 'person' };
}

/** The other gender. */
function opposite(gender: 'f' | 'm'): 'f' | 'm' {
  return gender === 'f' ? 'm' : 'f';
}

/** Most tokens between a sentence's subject and a later mention that it may stand for. */
const SUBJECT_REACH = 60;

/**
 * The mention a pronoun stands for when `pick` is a later person in the same sentence as its
 * subject, the person named just before it: "Trump said he'd like Obama to show it. “…,” he told
 * NBC" is Trump's. The subject must open its sentence or have no comma before the later mention
 * ("After meeting Trump, Pence said" keeps Pence), and have the pronoun's gender (or neither has one).
 */
function sentenceSubject(ctx: QuoteContext, index: NameIndex, pick: number, gender: 'f' | 'm'): number {
  const later = index.mentions[pick]!;
  if (later.firstInSentence) return pick;
  // Only the person just before: "Schumer and Pelosi met with Trump, when he said" is Trump's.
  const first = pick - 1;
  const subject = index.mentions[first];
  if (subject === undefined || !subject.firstInSentence) return pick;
  if (subject.sentence !== later.sentence || subject.person === later.person) return pick;
  if (!(subject.person.gender === gender || (subject.person.gender === null && later.person.gender === null && subject.person.given !== opposite(gender)))) return pick;
  if (later.token - subject.token > SUBJECT_REACH) return pick;
  if (subject.token !== subject.sentence) {
    for (let k = subject.token + 1; k < later.token; k++) if (ctx.tokens.lower[k] === ',') return pick;
  }
  return first;
}

/** Index of the last mention before `token` (binary search), or -1. */
function lastMentionBefore(index: NameIndex, token: number): number {
  let lo = 0;
  let hi = index.mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.mentions[mid]!.token < token) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Punctuation that may set a relative clause off from its antecedent ("Trump, who", "Trump - who"). */
const RELATIVE_OPENERS = new Set([',', '-', '—', '–', '(']);

/**
 * The antecedent of a lone relative "who" or "which" ("Barkley, who said", "voters who say"), or
 * null. PolNeAR marks either as the source, so the speaker span runs over both.
 */
export function relativeAntecedent(ctx: QuoteContext, phrase: Phrase): Phrase | null {
  const t = ctx.tokens;
  if (phrase.first !== phrase.last) return null;
  const word = t.lower[phrase.first];
  if (word !== 'who' && word !== 'which') return null;
  const before = phrase.first - 1;
  const end = before >= 0 && RELATIVE_OPENERS.has(t.lower[before]!) ? before - 1 : before;
  if (end < 0) return null;
  const antecedent = phraseEndingAt(t, end, Math.max(0, end - 9));
  return antecedent === null || antecedent.first === antecedent.last && SPEAKER_PRONOUN_RELATIVES.has(t.lower[antecedent.first]!) ? null : antecedent;
}

const SPEAKER_PRONOUN_RELATIVES = new Set(['who', 'which', 'that']);

/** "Trump, who said": the phrase before the comma. */
function relativeSpeaker(ctx: QuoteContext, index: NameIndex, phrase: Phrase): ResolvedSpeaker {
  const comma = phrase.first - 1;
  if (comma < 1 || ctx.tokens.lower[comma] !== ',') return UNKNOWN;
  const antecedent = phraseEndingAt(ctx.tokens, comma - 1, Math.max(0, comma - 9));
  if (antecedent === null || antecedent.first === antecedent.last && ctx.tokens.lower[antecedent.first] === 'who') return UNKNOWN;
  return resolveSpeaker(ctx, index, antecedent);
}

/** A capitalised name: titles dropped, a surname completed from an earlier full name. */
function namedSpeaker(ctx: QuoteContext, index: NameIndex, phrase: Phrase): ResolvedSpeaker {
  const { words, titles } = parseName(ctx.tokens, phrase.first, phrase.last);
  if (words.length === 0) return UNKNOWN;
  // "The Hill", "the Times": outlets whose name needs its article.
  if (ctx.tokens.lower[phrase.first] === 'the' && OUTLET_NAMES.has(`the ${words.join(' ').toLowerCase()}`)) return { name: `The ${words.join(' ')}`, type: 'outlet' };
  // "Mr. Trump" after "Donald Trump" and "Melania Trump": the title's gender picks the person.
  const known = personBySurname(index, surnameOf(words), titleGender(titles));
  // "Jordan said" after "Rep. Jim Jordan": a surname seen before is the person's, not the country.
  if (words.length === 1 && known) return { name: known.name, type: 'person' };
  const type = nameType(words);
  if (type !== 'person') return { name: words.join(' '), type };
  const name = known && (words.length === 1 || ` ${known.name} `.includes(` ${words.join(' ')} `)) ? known.name : words.join(' ');
  return { name, type };
}

/** "the president", "a campaign spokesman": a role resolves to its holder, else the phrase itself. */
function commonNounSpeaker(ctx: QuoteContext, index: NameIndex, phrase: Phrase, headAt: number): ResolvedSpeaker {
  const t = ctx.tokens;
  const head = t.lower[headAt]!;
  const text = t.text.slice(t.starts[phrase.first], t.ends[phrase.last]);
  if (ROLE_NOUNS.has(head) && t.lower[phrase.first] === 'the') {
    const holder = roleHolderBefore(index, head, phrase.first);
    if (holder) return { name: holder.name, type: 'person' };
  }
  // "Two Defense Department officials": the head noun names people, whatever institution describes
  // them; so does a noun of people before what it belongs to ("The head of the team").
  const personHead = isPersonNoun(head) || ROLE_NOUNS.has(head) || (headAt !== phrase.last && isPeopleNoun(t, headAt));
  const words = text.split(/\s+/);
  const type = nameType(words);
  if (type !== 'person' && !(personHead && type === 'organisation')) return { name: text, type };
  return { name: text, type: personHead ? 'person' : 'unknown' };
}
