// Decides whether a reporting-verb form at a position is used as a verb of attribution, from
// its neighbours: "the report said" has a cue in "said" but not in "report".
import { CALL_FORMS, cueStrength, idiomLength, isBareLemma, isIntentionAdjective, isStateAdjective, isPhrasalCue, topicParticleOffset, type CueStrength } from './cue-verbs.ts';
import type { QuoteContext } from './quote-context.ts';
import { phraseEndingAt } from './speaker-phrase.ts';
import { TokenKind, isCapitalised } from './text-tokens.ts';
import { BE_CONTRACTION, CONTRACTION, CUE_MODIFIERS, DETERMINERS, NEGATION, PROGRESSIVE_LEADS, VERB_LEADS, isDigitWord, isPossessive } from './word-classes.ts';

/** The cue strength of token `k` when it is a reporting verb outside quotes, else undefined.
 * `beforeQuote`: the verb leads straight into a quotation, so an -ing form needs no comma or "is". */
export function cueAt(ctx: QuoteContext, k: number, beforeQuote = false): CueStrength | undefined {
  const t = ctx.tokens;
  if (k < 0 || k >= t.count || t.kinds[k] !== TokenKind.Word || ctx.spanOf[k]! >= 0) return undefined;
  const word = t.lower[k]!;
  if (k + 1 < t.count && isPhrasalCue(word, t.lower[k + 1]!)) return 'speech';
  // "voters see him as a fighter", "viewed the deal as a mistake": a judgement with "as".
  if (JUDGING_FORMS.has(word) && !isCapitalised(t, k) && asFollows(ctx, k + 1)) return 'stance';
  // "took aim at", "weighed in on": an idiom of stance.
  if (idiomLength(t.lower, k) > 0 && !isCapitalised(t, k)) return 'stance';
  // "talked about the economy": a verb that reports only with its particle.
  // "the mayor spoke of": a past form is no noun, so the words before it are its subject.
  if (k + 1 < t.count && cueStrength(word) === undefined && topicParticleOffset(t.lower, k) > 0 && !isCapitalised(t, k)) return !PAST_TOPIC_FORMS.has(word) && nounBefore(ctx, k) ? undefined : 'stance';
  // "a poll shows Sanders leading", "the records showed $200,000 in payments": evidence reports any object.
  if (EVIDENCE_VERBS.has(word) && !isCapitalised(t, k) && evidenceBefore(ctx, k)) return 'stance';
  // "are confident that …", but "a confident Trump", "make sure that": a state of mind after a linking verb.
  if (isStateAdjective(word)) return afterLinkingVerb(ctx, k) ? 'thought' : undefined;
  // "is eager to debate", "were reluctant to endorse": an intention stated with an adjective of will.
  if (isIntentionAdjective(word)) return t.lower[k + 1] === 'to' && afterLinkingVerb(ctx, k) ? 'thought' : undefined;
  const strength = cueStrength(word);
  if (strength === undefined) return undefined;
  // "Western states", "maintained support", "can add another title": forms that report only before "that" or at a clause's end ("…, he maintained.").
  if (THAT_ONLY_FORMS.has(word) && !beforeThatOrEnd(ctx, k + 1)) return undefined;
  // Capitalised mid-sentence it is part of a name ("the Washington Post", "Tweet of the Day").
  // In a title-case line (a headline, a list item's heading) every word is capitalised ("Trump Says He’s Unlikely …").
  if (isCapitalised(t, k) && ctx.sentences.startOf[k] !== k && ctx.titleLine[k] === 0) return undefined;
  const prev = k > 0 ? t.lower[k - 1]! : '';
  // "the report", but "many believe", "some say": a quantifier standing alone is the subject.
  // "Many fear Trump will …", "Both want government to …": a quantifier subject before a thought and its object.
  // "Many said", "Another told CNN": an irregular past is no noun, so the quantifier before it is the subject.
  const quantified = (QUANTIFIERS.has(prev) && ((isBareLemma(word) && !PLURAL_NOUNS.has(`${word}s`)) || (strength === 'thought' && objectFollows(ctx, k + 1)))) ||
    ((QUANTIFIERS.has(prev) || prev === 'another') && IRREGULAR_PASTS.has(word));
  if (DETERMINERS.has(prev) && prev !== 'that' && !quantified) return undefined;
  // "continues to lead", "adding to his wins": not words said; nor "called off", "called up", "called to mind".
  if (NOT_BEFORE_TO.has(word) && t.lower[k + 1] === 'to') return undefined;
  if (CALL_FORMS.has(word) && (CALL_PARTICLES.has(t.lower[k + 1]!) || (t.lower[k + 1] === 'to' && t.lower[k + 2] === 'mind'))) return undefined;
  // "a group called Occupy DNC", "a resident named Caroline": a participle that names what precedes it.
  if ((word === 'called' || word === 'named' || word === 'dubbed') && namedThing(ctx, k)) return undefined;
  // "758 pledged delegates", "a share of pledged delegates": a participle used as an adjective.
  // "Trump's declared goal", "the debunked claim that": a participle before a noun.
  if (word.endsWith('ed') && (prev === 'of' || isDigitWord(prev) || isPossessive(prev))) return undefined;
  // "in the wake of reports that …", "a pair of tweets": after "of" a form in -s is a plural noun.
  if (prev === 'of' && word.endsWith('s') && !word.endsWith('ss')) return undefined;
  // "the debunked claim", but "those surveyed say": a participle after "those" names the people.
  if (isBareLemma(word) && prev.endsWith('ed') && t.kinds[k - 1] === TokenKind.Word && !(k > 1 && t.lower[k - 2] === 'those')) return undefined;
  if (PLURAL_NOUNS.has(word) && !pluralIsVerb(ctx, k)) return undefined;
  // A progressive form is a cue after a comma ("…, saying") or a form of "be" ("is saying"), not as an
  // adjunct ("spent Monday arguing"), unless a verb of saying leads into a clause ("with aides saying that …").
  // '…,” referring to': the comma can sit inside the closing mark.
  const afterComma = prev === ',' || (k > 1 && t.kinds[k - 1] === TokenKind.Quote && t.lower[k - 2] === ',');
  // "they’re endorsing", "he’s hoping": a pronoun with "be" glued to it.
  const progressive = afterComma || PROGRESSIVE_LEADS.has(prev) || BE_CONTRACTION.test(prev) || (strength === 'speech' && opensClause(ctx, k + 1)) || withSubject(ctx, k);
  if (word.endsWith('ing') && !beforeQuote && !progressive) return undefined;
  // A bare form is a verb after a subject ("they say", "analysts say") or before a clause.
  // "don’t think", "didn’t know": a negated auxiliary.
  const subject = VERB_LEADS.has(prev) || CUE_MODIFIERS.has(prev) || NEGATION.test(prev) || (prev.length > 3 && prev.endsWith('s') && !isPossessive(prev));
  if (isBareLemma(word) && !subject && !opensClause(ctx, k + 1) && !afterAppositive(ctx, k) && !afterJoinedNames(ctx, k)) return undefined;
  return strength;
}

/** Forms of verbs that link a subject to an adjective of its state of mind ("is confident", "remains convinced"). */
const LINKING_FORMS = new Set([
  'am', 'are', 'be', 'became', 'become', 'becomes', 'becoming', 'been', 'being', 'feel', 'feeling', 'feels', 'felt', 'grew', 'grow',
  'growing', 'grown', 'grows', 'is', 'remain', 'remained', 'remaining', 'remains', 'seem', 'seemed', 'seeming', 'seems', 'was', 'were',
  'appear', 'appeared', 'appears', 'look', 'looked', 'looks', 'sound', 'sounded', 'sounds', 'stay', 'stayed', 'stays',
  "'m", "'re", "'s", '’m', '’re', '’s',
]);
/** Adverbs of degree before an adjective ("is very confident", "grew more optimistic"). */
const DEGREE_WORDS = new Set(['all', 'both', 'fairly', 'less', 'more', 'not', 'now', 'pretty', 'quite', 'so', 'still', 'too', 'very']);
/** Most tokens between a linking verb and its adjective. */
const MAX_DEGREE = 3;

/** True when a linking verb ("is", "remain", "they’re") comes before the adjective at `k`, past adverbs. */
function afterLinkingVerb(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  let j = k - 1;
  const adverb = (w: string): boolean => DEGREE_WORDS.has(w) || CUE_MODIFIERS.has(w) || NEGATION.test(w) || (w.length > 4 && w.endsWith('ly'));
  while (j >= 0 && k - j <= MAX_DEGREE && adverb(t.lower[j]!)) j--;
  if (j < 0 || !(LINKING_FORMS.has(t.lower[j]!) || BE_CONTRACTION.test(t.lower[j]!) || NEGATION.test(t.lower[j]!))) return false;
  // "it is doubtful that …", "there is concern": an impersonal subject holds no view.
  const subject = t.lower[j]!.replace(CONTRACTION, '');
  return !IMPERSONAL.has(subject) && !(j > 0 && IMPERSONAL.has(t.lower[j - 1]!));
}

/** Subjects of an impersonal clause ("it is certain that …"). */
const IMPERSONAL = new Set(['it', 'there']);

/** Past forms of topic verbs, which cannot be nouns ("the mayor spoke of", unlike "her new focus on").
 * Not "focused": "a magazine focused on LGBT issues" is a participle of a noun (3 of 12 on PolNeAR train). */
const PAST_TOPIC_FORMS = new Set(['spoke', 'spoken', 'talked']);

/** Words a noun phrase opens with when it introduces something by its name ("a group called …"). */
const INDEFINITES = new Set(['a', 'an', 'another']);

/** True when the participle at `k` follows a short indefinite noun phrase and comes before a
 * name ("a Facebook group called Occupy DNC", "a program called “Sandy Hook Promise”"). */
function namedThing(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  const name = t.lower[k + 1] === 'the' ? k + 2 : k + 1;
  if (name >= t.count || !(isCapitalised(t, name) || t.kinds[name] === TokenKind.Quote)) return false;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    if (INDEFINITES.has(t.lower[j]!)) return j < k - 1;
    if (t.kinds[j] !== TokenKind.Word || cueStrength(t.lower[j]!) !== undefined) return false;
  }
  return false;
}

/** Forms of verbs that judge something "as" something ("see him as", "regarded it as"). */
const JUDGING_FORMS = new Set([
  'consider', 'considered', 'considers', 'regard', 'regarded', 'regards', 'saw', 'see', 'seeing', 'seen', 'sees', 'view', 'viewed',
  'viewing', 'views',
]);

/** True when "as" follows within a noun phrase of up to eight tokens from token `i` ("him as", "the deal as",
 * "Mrs. Clinton as", "the department’s role in enforcing the laws as"). */
function asFollows(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens;
  for (let j = i + 1; j < t.count && j - i <= 8; j++) {
    if (t.lower[j] === 'as') return true;
    // "view Mrs. Clinton as": an abbreviation's period stays inside the noun phrase.
    if (t.kinds[j] !== TokenKind.Word && !(t.lower[j] === '.' && ctx.sentences.endOf[j] !== j + 1)) return false;
  }
  return false;
}

/** -s forms of reporting verbs that are more often plural nouns ("his comments", "swing states"). */
const PLURAL_NOUNS = new Set([
  'answers', 'calls', 'charges', 'claims', 'comments', 'demands', 'disputes', 'doubts', 'estimates', 'fears', 'forecasts',
  'hopes', 'jokes', 'notes', 'offers', 'pledges', 'posts', 'promises', 'protests', 'questions', 'reasons', 'remarks', 'replies',
  'reports', 'shows', 'states', 'tweets', 'vows', 'worries',
]);
/** Words after a plural noun that a verb would not have straight after it ("comments about", "states and"). */
const NOUN_FOLLOWERS = new Set([
  'about', 'and', 'are', 'by', 'for', 'from', 'had', 'have', 'in', 'of', 'on', 'or', 'to', 'were', 'with',
]);
/** Subjects that take a verb in -s ("he says", "who claims"). */
const SINGULAR_SUBJECTS = new Set(['he', 'it', 'she', 'that', 'which', 'who']);

/** -s forms that are nouns unless a name or singular pronoun is their subject ("Trump states that"). */
const MOSTLY_NOUNS = new Set(['charges', 'comments', 'questions', 'reasons', 'remarks', 'states']);

/** True when the -s form at `k` may be a verb: after a name or singular pronoun ("Trump calls for",
 * "he states that"), not after a possessive or a number ("Trump's comments", "11 states"); else not
 * before a noun's follower ("comments about") nor for the forms that are mostly nouns. */
function pluralIsVerb(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  let j = k - 1;
  while (j >= 0 && CUE_MODIFIERS.has(t.lower[j]!)) j--;
  if (j < 0) return false;
  const w = t.lower[j]!;
  if (isPossessive(w) || isDigitWord(w)) return false;
  if (SINGULAR_SUBJECTS.has(w) || (isCapitalised(t, j) && !(j > 0 && DETERMINERS.has(t.lower[j - 1]!)))) return true;
  // "his campaign hopes to register …": after a singular noun, "hopes to" is the verb.
  if (t.lower[k] === 'hopes' && t.lower[k + 1] === 'to' && j === k - 1 && t.kinds[j] === TokenKind.Word && !w.endsWith('s')) return true;
  return !MOSTLY_NOUNS.has(t.lower[k]!) && !(k + 1 < t.count && NOUN_FOLLOWERS.has(t.lower[k + 1]!));
}


/** Forms of verbs by which a document or count reports what it holds ("the poll found", "records show"). */
const EVIDENCE_VERBS = new Set(['find', 'finds', 'found', 'show', 'showed', 'showing', 'shows']);
/** Nouns of documents and counts that report by showing or finding ("polls", "records", "a study"). */
const EVIDENCE_NOUNS = new Set([
  'analysis', 'audit', 'count', 'data', 'documents', 'estimates', 'figures', 'filings', 'investigation', 'numbers', 'paper', 'poll', 'polling', 'polls', 'records', 'report', 'reports',
  'research', 'results', 'review', 'studies', 'study', 'survey', 'surveys', 'tally',
]);

/** True when the verb at `k` reports what a document or count before it shows ("records show"). */
export function isEvidenceCue(ctx: QuoteContext, k: number): boolean {
  return EVIDENCE_VERBS.has(ctx.tokens.lower[k]!) && !isCapitalised(ctx.tokens, k) && evidenceBefore(ctx, k);
}

/** True when a noun of evidence stands right before the verb at `k`, past adverbs ("polls also show");
 * it is the verb's subject, also of an -ing form ("a new poll showing"). */
export function evidenceBefore(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  let j = k - 1;
  while (j >= 0 && (CUE_MODIFIERS.has(t.lower[j]!) || t.lower[j] === 'there')) j--;
  return j >= 0 && EVIDENCE_NOUNS.has(t.lower[j]!);
}

/** Forms that are mostly nouns or other senses ("state lines", "maintained support"), cues only
 * before "that" or at the end of a clause. Chosen from PolNeAR train, where they match an annotated
 * attribution in under a third of their other uses. */
const THAT_ONLY_FORMS = new Set(['add', 'continue', 'maintain', 'maintained', 'maintains', 'reason', 'report', 'state', 'states']);

/** True when token `i` is "that", a comma, a final mark or a quotation mark, or past the text. */
function beforeThatOrEnd(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens;
  if (i >= t.count) return true;
  const w = t.lower[i]!;
  return w === 'that' || w === ',' || w === '.' || w === ';' || t.kinds[i] === TokenKind.Quote || t.kinds[i] === TokenKind.Break;
}

/** True when the words before `k` make it a noun ("lots of talk about", "her new focus on"): a
 * determiner, a possessive or "of", also before one adjective. */
function nounBefore(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  const opensNoun = (w: string): boolean => DETERMINERS.has(w) || isPossessive(w) || w === 'of';
  if (k > 0 && opensNoun(t.lower[k - 1]!)) return true;
  const adjective = k > 1 && t.kinds[k - 1] === TokenKind.Word && !isCapitalised(t, k - 1) && !VERB_LEADS.has(t.lower[k - 1]!) && !CUE_MODIFIERS.has(t.lower[k - 1]!);
  return adjective && opensNoun(t.lower[k - 2]!) && t.lower[k - 2] !== 'that';
}

/** Most tokens between "with" and an -ing cue ("with former Maryland Gov. Martin O’Malley calling"). */
const WITH_WINDOW = 8;

/** True when the -ing form at `k` has its subject right before it after "with" ("with Trump calling
 * for a ban", "with the American Federation of Teachers calling her …"): the subject is its speaker. */
export function withSubject(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  if (!t.lower[k]!.endsWith('ing')) return false;
  let j = k - 1;
  while (j > 0 && (CUE_MODIFIERS.has(t.lower[j]!) || (t.lower[j]!.endsWith('ly') && !isCapitalised(t, j)))) j--;
  const phrase = j >= 0 ? phraseEndingAt(t, j, Math.max(0, j - WITH_WINDOW)) : null;
  if (phrase === null || phrase.first < 1) return false;
  // "with former Maryland Gov. Martin O’Malley calling": a title word may stand before the name.
  const lead = t.lower[phrase.first - 1] === 'with' ? phrase.first - 1 : phrase.first - 2;
  return lead >= 0 && t.lower[lead] === 'with' && (lead === phrase.first - 1 || (t.kinds[lead + 1] === TokenKind.Word && !isCapitalised(t, lead + 1)));
}

/** True when the bare form at `k` follows names joined by "and" ("Jeb Bush and Chris Christie
 * say", "Clinton and Sanders agree"): a plural subject. */
function afterJoinedNames(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  if (k < 3 || !isCapitalised(t, k - 1)) return false;
  for (let j = k - 2; j > 0 && k - j <= 5; j--) {
    if (t.lower[j] === 'and') return isCapitalised(t, j - 1) && isCapitalised(t, j + 1);
    if (!isCapitalised(t, j) && t.lower[j] !== '.') return false;
  }
  return false;
}

/** Most tokens of an appositive between a subject and its bare verb. */
const MAX_APPOSITIVE = 10;

/** True when the bare form at `k` follows an appositive set off by commas after a noun phrase
 * ("Democratic economists, like their Republican counterparts, say …", "Fields, along with
 * reporter Ben Terris, say …"): the verb of the phrase before it. */
function afterAppositive(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  if (t.lower[k - 1] !== ',') return false;
  for (let j = k - 2; j > 0 && k - j <= MAX_APPOSITIVE; j--) {
    if (t.lower[j] === ',') return j < k - 2 && phraseEndingAt(t, j - 1, Math.max(0, j - 9)) !== null;
    if (t.kinds[j] !== TokenKind.Word || cueStrength(t.lower[j]!) !== undefined) return false;
  }
  return false;
}

/** Words that open a reported clause after a bare verb ("analysts, like Bush, say the troops …"). */
const CLAUSE_WORDS = new Set(['he', 'it', 'she', 'that', 'the', 'there', 'they', 'this', 'we']);

/** True when token `i` opens a clause or a noun phrase: a clause word, a determiner or a name. */
function objectFollows(ctx: QuoteContext, i: number): boolean {
  return opensClause(ctx, i) || (i < ctx.tokens.count && (DETERMINERS.has(ctx.tokens.lower[i]!) || isCapitalised(ctx.tokens, i)));
}

/** True when token `i` opens a reported clause: "that", a subject pronoun (also with its verb:
 * "it’s") or "the". */
function opensClause(ctx: QuoteContext, i: number): boolean {
  return i < ctx.tokens.count && CLAUSE_WORDS.has(ctx.tokens.lower[i]!.replace(CONTRACTION, ''));
}

/** Particles that make "call" a phone call or a cancellation ("called off the deal", "called up donors"). */
const CALL_PARTICLES = new Set(['back', 'in', 'off', 'up']);

/** Forms of "continue" and "add" that, before "to", do not report anything. */
const NOT_BEFORE_TO = new Set(['add', 'added', 'adding', 'adds', 'continue', 'continued', 'continues', 'continuing']);

const QUANTIFIERS = new Set(['both', 'few', 'many', 'most', 'several', 'some']);
/** Irregular past forms of reporting verbs, which cannot be nouns after a quantifier ("Many said").
 * Regular -ed forms are left out: after a quantifier they are as often adjectives ("most affected"). */
const IRREGULAR_PASTS = new Set(['felt', 'found', 'knew', 'said', 'thought', 'told', 'wrote']);

/** True when token `k` is the "according" of "according to". */
export function isAccordingTo(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  return t.lower[k] === 'according' && k + 1 < t.count && t.lower[k + 1] === 'to' && ctx.spanOf[k]! < 0;
}
