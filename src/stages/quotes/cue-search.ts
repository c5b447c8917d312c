// Finds the cue and speaker of a quoted span: after it ("…,” he said), before it (He said, “…),
// or across a paragraph that ends with a colon (As X wrote:¶“…).
import { cueAt, evidenceBefore, isAccordingTo, withSubject } from './cue-position.ts';
import { COPULAS, GRADERS, HEARER_VERBS, isBeStance, isIntentionAdjective, isPhrasalCue, isStateAdjective, cueStrength, type CueStrength } from './cue-verbs.ts';
import { stateEnd } from './place-names.ts';
import type { QuoteContext } from './quote-context.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { phraseEndingAt, phraseStartingAt, withAuthor, withBelonging, withRoleHolder, type Phrase } from './speaker-phrase.ts';
import { DASHES, TokenKind, isCapitalised } from './text-tokens.ts';
import { BE_CONTRACTION, CUE_MODIFIERS, DETERMINERS, NAME_JOINERS, NEGATION, SPEAKER_PRONOUNS, isDigitWord } from './word-classes.ts';

/** A cue (inclusive token range) with the speaker phrase found beside it. */
export interface CueMatch {
  readonly cueFirst: number;
  readonly cueLast: number;
  readonly speaker: Phrase | null;
  /** Last token of words that carry on the quote before its cue ("“…” before the attack, she said"). */
  readonly tailEnd?: number;
}

const AFTER_WINDOW = 16;
const BEFORE_WINDOW = 24;
const GLUE_AFTER_QUOTE = new Set([',', '—', '―', '–', '-', ')', '(']);
const SENTENCE_ENDS = new Set(['.', '!', '?']);

/** True when token `k` is a semicolon or the mark that ends its sentence (not the period of "Mr."). */
function endsSentence(ctx: QuoteContext, k: number): boolean {
  const w = ctx.tokens.lower[k]!;
  return w === ';' || (SENTENCE_ENDS.has(w) && ctx.sentences.endOf[k] === k + 1);
}

/** Auxiliaries, negations and adverbs that sit between a subject and its verb ("did not say",
 * "will never endorse", "now says"); "been" is left out, since "has been criticized" is passive. */
const VERB_GROUP = new Set([
  'are', 'can', 'could', 'did', 'do', 'does', 'is', 'just', 'may', 'meanwhile', 'might', 'must', "n't", 'never', 'not', 'now',
  'should', 'still', 'twice', 'was', 'were', 'will', 'yet',
]);
/** Words of a time phrase between a subject and its verb ("Paul Ryan on Tuesday said", "Clinton last week called"). */
const TIME_WORDS = new Set([
  'afternoon', 'evening', 'friday', 'last', 'monday', 'month', 'morning', 'night', 'on', 'past', 'saturday', 'sunday', 'this',
  'thursday', 'today', 'tonight', 'tuesday', 'wednesday', 'week', 'year',
]);
/** "at the time", "in the past": a time phrase between a subject and its verb. */
const PAST_NOUNS = new Set(['moment', 'past', 'time']);
/** Units of "… ago" that follow a number ("two weeks ago"). */
const TIME_UNITS = new Set(['days', 'hours', 'minutes', 'months', 'weeks', 'years']);
const TIME_PREPOSITIONS = new Set(['at', 'in']);
/** Verbs of going that a purpose ("to slam …") follows after a place ("took to Twitter to"). */
const MOTION_VERBS = new Set(['came', 'flew', 'headed', 'returned', 'took', 'traveled', 'travelled', 'turned', 'went']);

/** The index of a verb of going a few words before the "to" at `to` ("took to Twitter to"), or -1. */
function motionBefore(ctx: QuoteContext, to: number, floor: number): number {
  const t = ctx.tokens;
  for (let j = to - 2; j >= floor && to - j <= 6; j--) {
    if (t.kinds[j] !== TokenKind.Word) return -1;
    if (MOTION_VERBS.has(t.lower[j]!)) return j;
  }
  return -1;
}

/** Verbs that carry a cue after "to" or as an -ing form ("began to argue", "kept saying"). */
const CARRIER_VERBS = new Set([
  'began', 'begin', 'begins', 'continue', 'continued', 'continues', 'kept', 'keeps', 'seemed', 'seems', 'start', 'started', 'starts',
  'tried', 'tries', 'went',
]);
/** Most tokens skipped between a subject and its cue. */
const MAX_VERB_GROUP = 10;
/** Words ending in "ly" that are not adverbs. */
const NOT_ADVERBS = new Set(['ally', 'assembly', 'belly', 'bully', 'family', 'fly', 'italy', 'july', 'rally', 'reply', 'supply']);

/** True when lower-case word `w` is an adverb in -ly ("openly", "repeatedly"). */
function isLyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !NOT_ADVERBS.has(w);
}

/** Quantifiers that may float after their subject or auxiliary ("have all attacked", "were both critical"). */
const FLOATED = new Set(['all', 'both', 'each']);

/** True when token `i` can carry a floated quantifier after it: an auxiliary, a pronoun or a name's word. */
function floatsAfter(t: QuoteContext['tokens'], i: number): boolean {
  const w = t.lower[i]!;
  return VERB_GROUP.has(w) || CUE_MODIFIERS.has(w) || (SPEAKER_PRONOUNS.has(w) && w !== 'that' && w !== 'one') || isCapitalised(t, i);
}

/** The last token at or before `j` (not before `floor`) that is not an auxiliary, adverb or time
 * phrase between a subject and its cue; -1 past `floor`. */
function skipVerbGroup(ctx: QuoteContext, j: number, floor: number): number {
  const t = ctx.tokens;
  // "has been asking", "will be announcing": before a participle in -ing, "be" is progressive, not passive.
  // "has been critical of": before a stance stated with "be", "been" belongs to the verb group too.
  const beInGroup = t.lower[j + 1]!.endsWith('ing') || isBeStance(t.lower, j + 1);
  // "are increasingly confident that", "remain convinced": before an adjective of a state of mind, its linking verb and degree words.
  const linked = isStateAdjective(t.lower[j + 1]!) || isIntentionAdjective(t.lower[j + 1]!);
  let i = j;
  // Bounded, so a text of nothing but adverbs stays linear.
  while (i >= floor && j - i < MAX_VERB_GROUP) {
    const w = t.lower[i]!;
    const lower = t.kinds[i] === TokenKind.Word && !isCapitalised(t, i);
    // Lower case only: "Will urged" names George Will.
    if (CUE_MODIFIERS.has(w) || (lower && VERB_GROUP.has(w)) || (lower && isLyAdverb(w)) || (lower && NEGATION.test(w)) || (beInGroup && (w === 'be' || w === 'been')) || ((beInGroup || linked) && lower && (COPULAS.has(w) || GRADERS.has(w)))) i--;
    // "continued to suggest", "has started asking", "went on to say": a verb that only carries the cue.
    else if (w === 'to' && i - 1 >= floor && CARRIER_VERBS.has(t.lower[i - 1]!)) i -= 2;
    // "took to Twitter to slam", "went to Iowa to argue": a verb of going before the purpose.
    else if (w === 'to' && motionBefore(ctx, i, floor) >= 0) i = motionBefore(ctx, i, floor) - 1;
    else if (w === 'to' && i - 2 >= floor && t.lower[i - 1] === 'on' && (t.lower[i - 2] === 'went' || t.lower[i - 2] === 'goes')) i -= 3;
    else if (CARRIER_VERBS.has(w) && t.lower[j + 1]!.endsWith('ing') && i === j) i--;
    // "Trump at the time said", "who in the past has voiced".
    else if (PAST_NOUNS.has(w) && i - 2 >= floor && t.lower[i - 1] === 'the' && TIME_PREPOSITIONS.has(t.lower[i - 2]!)) i -= 3;
    // "critics have in particular noted", "a trio of PACs have in fact reported".
    else if ((w === 'particular' || w === 'fact') && i - 1 >= floor && t.lower[i - 1] === 'in') i -= 2;
    // "Cruz and Paul have all attacked", "they both voted": a quantifier floated after its subject.
    else if (FLOATED.has(w) && i - 1 >= floor && floatsAfter(t, i - 1)) i--;
    // "Clinton two weeks ago said", "Obama days ago said".
    else if (w === 'ago' && i - 1 >= floor && !isCapitalised(t, i - 1)) i -= i - 2 >= floor && !isCapitalised(t, i - 2) && TIME_UNITS.has(t.lower[i - 1]!) ? 3 : 2;
    // A time phrase ends on a calendar word; "on"/"last" only lead one ("on Monday", not "on the bill").
    else if (TIME_WORDS.has(w) && w !== 'on' && w !== 'last' && w !== 'this') {
      i--;
      while (i >= floor && TIME_WORDS.has(t.lower[i]!)) i--;
    } else break;
  }
  return i;
}

/** The speaker phrase before the cue at `k` (skipping "also", "has" and an appositive), not before `floor`. */
export function subjectBefore(ctx: QuoteContext, k: number, floor: number): Phrase | null {
  return withBelonging(ctx.tokens, phraseBeforeCue(ctx, k, floor), floor);
}

/** The phrase that ends right before the cue at `k` (past its verb group and an appositive). */
function phraseBeforeCue(ctx: QuoteContext, k: number, floor: number): Phrase | null {
  const t = ctx.tokens;
  let j = skipVerbGroup(ctx, k - 1, floor);
  // "Gov. John Kasich (R-OH), said": a short parenthesis after the name is skipped.
  if (t.lower[j] === ',' && j - 1 >= floor && t.lower[j - 1] === ')') j--;
  if (t.lower[j] === ')') {
    const open = openingParenthesis(ctx, j, floor);
    return open < 0 ? null : phraseEndingAt(t, open - 1, floor);
  }
  // "The justice -- who has been … -- said": a doubled dash is one mark.
  if (DASHES.has(t.lower[j] ?? '') && j - 1 >= floor && t.lower[j - 1] === t.lower[j]) j--;
  const mark = j >= floor ? t.lower[j]! : '';
  if (mark === ',' || DASHES.has(mark)) {
    // "Murphy, the head of Right to Rise USA, tweeted", "Sims — a teacher — says": the name is before the appositive.
    // "Clinton, during a town hall in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich., said":
    // a place, an age or an adverb set off inside the appositive is passed for the comma before it.
    // A pair of dashes sets off an appositive unambiguously, so it may run longer than one set off by commas.
    const scan = mark === ',' ? APPOSITIVE_SCAN : DASHED_SCAN;
    for (let c = j - 1; c >= floor && j - c < scan; c--) {
      if (t.lower[c] !== mark) {
        if (t.kinds[c] !== TokenKind.Word && t.lower[c] !== '.' && t.lower[c] !== '-' && t.lower[c] !== ',') return null;
        continue;
      }
      const open = c - 1 >= floor && t.lower[c - 1] === mark && mark !== ',' ? c - 1 : c;
      const phrase = phraseEndingAt(t, open - 1, floor);
      if (phrase === null || !insideAppositive(ctx, phrase, c)) return phrase;
    }
    return null;
  }
  return pastRelativeClause(ctx, pastSetting(ctx, phraseEndingAt(t, j, floor), floor), floor);
}

/** Most lower-case words of a relative clause between "who" and the object before a cue ("who spoke with"). */
const MAX_RELATIVE_VERB = 5;
/** Most tokens of a place or time between a relative pronoun and its cue ("who through his office declined"). */
const MAX_RELATIVE_SETTING = 10;
/** Prepositions that open such a place or time, or a comparison ("who like many in the town did not want"). */
const RELATIVE_PREPOSITIONS = new Set([
  'about', 'across', 'after', 'against', 'amid', 'among', 'around', 'at', 'before', 'despite', 'during', 'for', 'from', 'in', 'like', 'on',
  'over', 'since', 'through', 'throughout', 'under', 'unlike', 'until', 'with', 'within', 'without',
]);

/** `phrase`, or the speaker a relative clause before it names: the antecedent of a "who" clause
 * the phrase ends ("Current and former officials [who spoke with The Huffington Post] said": the
 * object of a relative clause is not the subject of the cue after it), or the relative pronoun
 * itself when a preposition's phrase separates it from its verb ("Curiel, who [through his
 * office] declined", "which [through the first half of the century] supported"). */
function pastRelativeClause(ctx: QuoteContext, phrase: Phrase | null, floor: number): Phrase | null {
  const t = ctx.tokens;
  if (phrase === null) return null;
  for (let r = phrase.first - 1; r >= floor && phrase.first - r <= MAX_RELATIVE_SETTING; r--) {
    // "Doctor Who creator Steven Moffat said": a capitalised "Who" is a name's, not a relative pronoun.
    const w = isCapitalised(t, r) ? '' : t.lower[r]!;
    if ((w === 'who' || w === 'which') && r < phrase.first - 1 && RELATIVE_PREPOSITIONS.has(t.lower[r + 1]!)) return { first: r, last: r };
    if (w === 'who') return r < phrase.first - 1 && phrase.first - r <= MAX_RELATIVE_VERB + 1 ? (phraseEndingAt(t, r - 1, floor) ?? phrase) : phrase;
    if (t.kinds[r] !== TokenKind.Word) return phrase;
  }
  return phrase;
}

/** Prepositions of a setting that may stand between a subject and its verb ("Jeb Bush in a Medium
 * post said", "Trump in his announcement speech called"). */
const SUBJECT_SETTINGS = new Set(['at', 'during', 'in', 'on']);

/** `phrase`, or the capitalised phrase before it when it is the object of a setting preposition
 * that follows a name or a sentence's first words ("Jeb Bush [in a Medium post] said", "Six in 10
 * voters say"): the setting is where or when the subject spoke, not who spoke. */
function pastSetting(ctx: QuoteContext, phrase: Phrase | null, floor: number): Phrase | null {
  const t = ctx.tokens;
  if (phrase === null || phrase.first - 2 < floor || !SUBJECT_SETTINGS.has(t.lower[phrase.first - 1]!)) return phrase;
  const before = phraseEndingAt(t, phrase.first - 2, floor);
  return before !== null && isCapitalised(t, before.last) && !hasVerbBefore(ctx, before) ? before : phrase;
}

/** True when a lower-case word other than a name's joiner ("of", "de") stands before the phrase's
 * capitalised last word: a clause, not a name ("The AARP pushed back Friday [on a report claiming …]" has no subject "Friday"). */
function hasVerbBefore(ctx: QuoteContext, phrase: Phrase): boolean {
  const t = ctx.tokens;
  for (let i = phrase.first + 1; i < phrase.last; i++) if (t.kinds[i] === TokenKind.Word && !isCapitalised(t, i) && !NAME_JOINERS.has(t.lower[i]!)) return true;
  return false;
}

/** Most tokens from the comma before a cue back to the comma after its speaker. */
const APPOSITIVE_SCAN = 14;
/** Most tokens of an appositive set off by dashes ("The justice -- who has been … -- said"). */
const DASHED_SCAN = 30;
/** Prepositions of a place inside an appositive ("of Flint", "in Columbus"). */
const PLACE_PREPOSITIONS = new Set(['at', 'from', 'in', 'of']);
/** Adverbs set off by commas after a subject ("Sanders, meanwhile, …"). */
const SET_OFF_ADVERBS = new Set(['however', 'meanwhile', 'too']);

/** True when `phrase`, found before the comma at `comma`, is part of an appositive rather than its
 * subject: a place after a preposition with its state after the comma, an age, or an adverb set off by commas. */
function insideAppositive(ctx: QuoteContext, phrase: Phrase, comma: number): boolean {
  const t = ctx.tokens;
  const before = phrase.first > 0 ? t.lower[phrase.first - 1]! : '';
  if (PLACE_PREPOSITIONS.has(before) && stateEnd(t.lower, comma + 1, t.count) >= 0) return true;
  return phrase.first === phrase.last && (isDigitWord(t.lower[phrase.first]!) || SET_OFF_ADVERBS.has(t.lower[phrase.first]!));
}

/** Most tokens inside a parenthesis after a name ("(R-Texas)", "(D-N.Y.)"). */
const MAX_PARENTHESIS = 8;

/** The "(" that opens the short parenthesis closed at `close`, or -1. */
function openingParenthesis(ctx: QuoteContext, close: number, floor: number): number {
  for (let c = close - 1; c >= floor && close - c <= MAX_PARENTHESIS; c--) {
    const w = ctx.tokens.lower[c]!;
    if (w === '(') return c;
    if (w === ')' || ctx.tokens.kinds[c] === TokenKind.Break) return -1;
  }
  return -1;
}

/** Words before a cue that say it continues a verb phrase whose subject opens the clause
 * ("…, saying", "and said", "began by saying", "but added"; "to" only before "say"). */
const CLAUSE_LINKS = new Set(['and', 'but', 'by', 'then']);
/** Words that open a leading adverbial ("In a statement on Monday, X said"), skipped to its comma;
 * also a subordinate clause or comparison before the subject ("If he wins, Trump has indicated …,
 * vowing", "Like Corker, Menendez …, arguing", "Once he was president, Mr. Obama …"). */
const ADVERBIAL_LEADS = new Set([
  'across', 'after', 'alongside', 'although', 'amid', 'among', 'around', 'as', 'asked', 'at', 'back', 'because', 'before', 'despite',
  'during', 'earlier', 'following', 'here', 'if', 'in', 'inside', 'last', 'later', 'like', 'meanwhile', 'near', 'on', 'once', 'outside',
  'since', 'speaking', 'there', 'though', 'throughout', 'under', 'unless', 'unlike', 'when', 'while', 'with', 'yet',
]);
/** Adverbs (or time nouns before "later") that open a clause before its subject, with or without a comma. */
const LEAD_ADVERBS = new Set([
  'days', 'even', 'hours', 'however', 'indeed', 'instead', 'likewise', 'minutes', 'moments', 'months', 'moreover', 'now', 'soon',
  'still', 'then', 'together', 'weeks', 'well', 'years',
]);
/** How far a leading adverbial may run before its comma. */
const ADVERBIAL_WINDOW = 24;

/** The speaker of a cue at `k`: the subject of its clause when the cue continues a verb phrase
 * ("Sanders praised them, saying"), else the phrase just before it. */
export function speakerBefore(ctx: QuoteContext, k: number, floor: number): Phrase | null {
  const t = ctx.tokens;
  const j = skipVerbGroup(ctx, k - 1, floor);
  const lead = j >= floor ? t.lower[j]! : '';
  // "released a statement saying", "…, adding": a participle's subject is its clause's.
  // "Clinton is calling for": after a form of "be" the -ing form is the verb of the phrase before it.
  // "a new poll showing …": but a document before its -ing form is its subject.
  // "with Trump calling for a ban": the noun phrase after "with" is the subject.
  const participle = t.lower[k]!.endsWith('ing') && j > floor && !afterBe(ctx, k, floor) && !evidenceBefore(ctx, k) && !withSubject(ctx, k);
  // "went on to say": but "plans to announce" reports no words yet, so only "to say" links.
  const linked = CLAUSE_LINKS.has(lead) || (lead === 'to' && t.lower[k] === 'say');
  if (participle || (linked && j > floor)) {
    const start = ownClauseStart(ctx, floor, j);
    return earlierSpeaker(ctx, start, j) ?? clauseSubject(ctx, start, j) ?? subjectBefore(ctx, k, floor);
  }
  // "Sen. Ann Ruiz (D-Ore.), one of the bill's authors, said": past an appositive too long to walk, the clause subject.
  return subjectBefore(ctx, k, floor) ?? (lead === ',' || lead === ')' ? clauseSubject(ctx, floor, j) : null);
}

/** Words that, after a comma, open a second clause with its own subject ("…, and the governor
 * tripped him up by calling …", "…, while her rival argues …, saying"). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'whereas', 'while']);
/** Most tokens walked back from a participle for the clause it belongs to. */
const CLAUSE_WINDOW = 40;

/** Where the clause of a participle or linked cue before `j` starts, so that its subject is that
 * clause's own: after ", and"/", but"/", while" or ";" when a subject follows it ("Christie attacked
 * Rubio, and the governor tripped him up by calling …"), else after the leading adverbials and
 * subordinate clauses of the sentence ("When Maddow pointed out …, Clinton seized on it,
 * repeating …": the cue in the lead is not the participle's). `floor` when neither is found. */
function ownClauseStart(ctx: QuoteContext, floor: number, j: number): number {
  const t = ctx.tokens;
  for (let c = j - 1; c > floor && j - c < CLAUSE_WINDOW; c--) {
    if (ctx.spanOf[c]! >= 0) continue;
    const joined = t.lower[c] === ';' || (CLAUSE_JOINERS.has(t.lower[c]!) && t.lower[c - 1] === ',');
    if (joined && opensSubject(ctx, c + 1)) return c + 1;
  }
  const start = pastLeads(ctx, floor, j);
  return start < 0 ? floor : start;
}

/** True when token `i` can open a clause's subject: a determiner, a personal pronoun or a capitalised word. */
function opensSubject(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens;
  if (i >= t.count || t.kinds[i] !== TokenKind.Word) return false;
  const w = t.lower[i]!;
  return DETERMINERS.has(w) || (SPEAKER_PRONOUNS.has(w) && !RELATIVE_PRONOUNS.has(w)) || isCapitalised(t, i);
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** Forms of "be" that make an -ing cue progressive ("is calling", "were saying"). */
const BE_FORMS = new Set(['am', 'are', 'be', 'been', 'is', 'was', 'were', "'re", "'s", '’re', '’s']);

/** True when a form of "be" or a carrier verb (past adverbs) comes right before the cue at `k` ("is calling", "kept saying"). */
function afterBe(ctx: QuoteContext, k: number, floor: number): boolean {
  const t = ctx.tokens;
  let j = k - 1;
  while (j > floor && k - j < 4 && (CUE_MODIFIERS.has(t.lower[j]!) || t.lower[j] === 'not' || isLyAdverb(t.lower[j]!))) j--;
  return j >= floor && (BE_FORMS.has(t.lower[j]!) || CARRIER_VERBS.has(t.lower[j]!) || BE_CONTRACTION.test(t.lower[j]!));
}

/** The speaker of an earlier cue in the clause ("“…,” Spicer said, adding"), or null. */
function earlierSpeaker(ctx: QuoteContext, floor: number, before: number): Phrase | null {
  const t = ctx.tokens;
  for (let c = before - 1; c >= floor; c--) {
    if (cueAt(ctx, c) !== 'speech' || t.lower[c]!.endsWith('ing')) continue;
    // "…, said Spicer, adding": inverted; but "Rahm Emanuel, his chief of staff, urged a strong stand,
    // saying": a verb with a hearer has its object after it, not its speaker.
    const after = t.lower[c - 1] === ',' && !HEARER_VERBS.has(t.lower[c]!) ? phraseStartingAt(t, c + 1, before) : null;
    return after ?? subjectBefore(ctx, c, floor);
  }
  return null;
}

/** The subject that opens the clause starting at `from`: past a conjunction and a leading
 * adverbial ending with a comma; null when the clause opens with no noun phrase before `limit`. */
export function clauseSubject(ctx: QuoteContext, from: number, limit: number): Phrase | null {
  const t = ctx.tokens;
  const i = pastLeads(ctx, from, limit);
  if (i < 0) return null;
  let phrase = phraseStartingAt(t, i, limit);
  // "A few days later, Trump …", "Months ago, she …": a time phrase leads the clause.
  if (phrase !== null && TIME_ENDS.has(t.lower[phrase.last]!) && t.lower[phrase.last + 1] === ',') phrase = phraseStartingAt(t, phrase.last + 2, limit);
  // "CLEVELAND — President Trump …": a dateline is not the subject.
  if (phrase !== null && DASHES.has(t.lower[phrase.last + 1]!)) phrase = phraseStartingAt(t, phrase.last + 2, limit);
  if (phrase === null || NOT_SUBJECTS.has(t.lower[phrase.first]!.replace(CONTRACTED_BE, ''))) return null;
  return phrase;
}

/** The first token of the clause starting at `from` past an opening quotation, a dateline, a
 * conjunction and its leads (adverbials, time phrases); -1 when an adverbial has no comma to close it. */
function pastLeads(ctx: QuoteContext, from: number, limit: number): number {
  const t = ctx.tokens;
  let i = from;
  // A quotation that opens the sentence is not its subject: start after it.
  while (i < limit && ctx.spanOf[i]! >= 0) i = ctx.spans[ctx.spanOf[i]!]!.close + 1;
  i = pastDateline(ctx, i, limit);
  while (i < limit && (t.kinds[i] !== TokenKind.Word || t.lower[i] === 'but' || t.lower[i] === 'and' || t.lower[i] === 'so')) i++;
  // "The day before, at a rally in Beaumont, Tex., Mr. Trump …": leads may follow one another.
  for (let round = 0; round < MAX_LEADS && i < limit; round++) {
    const next = pastLead(ctx, i, limit);
    if (next < 0) return -1;
    if (next === i) break;
    i = next;
  }
  return i;
}

/** Most leads skipped before a clause's subject. */
const MAX_LEADS = 4;
/** Nouns that end a time phrase leading a clause ("This year,", "The day before,", "Two weeks after …,"). */
const TIME_NOUNS = new Set(['day', 'days', 'month', 'months', 'morning', 'night', 'week', 'weeks', 'year', 'years']);
/** Words that tie a time noun to what it is counted from ("two weeks after", "the day before"). */
const TIME_LINKS = new Set(['after', 'before', 'earlier', 'later']);

/** The first token after one lead of the clause at `i` (a leading adverb, an adverbial up to its
 * comma, a time phrase, the state after a place: "in Ames, Iowa,"); `i` when none leads; -1 when an
 * adverbial opens with no comma to close it. */
function pastLead(ctx: QuoteContext, i: number, limit: number): number {
  const t = ctx.tokens;
  const w = t.lower[i]!;
  // "Even Republicans are saying", "Minutes later, she sent an email saying": a leading adverb is no subject.
  // "More recently, Rubio …", "For months, Obama …": a comparative adverb or a span of time leads too.
  const next = t.lower[i + 1] ?? '';
  const adverbial = ((w === 'more' || w === 'most') && isLyAdverb(next)) || (w === 'for' && TIME_NOUNS.has(next) && t.lower[i + 2] === ',');
  if (LEAD_ADVERBS.has(w) || isLyAdverb(w) || adverbial) {
    let c = i + 1;
    while (c < limit && c - i < 3 && t.lower[c] !== ',') c++;
    return t.lower[c] === ',' ? c + 1 : i + 1;
  }
  // "Rallying service workers, Clinton promised …": a participle clause leads like an adverbial.
  // But "Fanning couldn't say", "Manning said": a name in -ing is followed by its verb.
  const participle = w.endsWith('ing') && isCapitalised(t, i) && !VERB_GROUP.has(next) && !NEGATION.test(next) && cueStrength(next) === undefined;
  if (ADVERBIAL_LEADS.has(w) || participle) {
    const c = commaWithin(ctx, i + 1, limit, ADVERBIAL_WINDOW);
    return c < 0 ? -1 : pastPlace(ctx, c, limit);
  }
  // "This year, he rose …", "Two weeks after Scalia died, Thomas …": a time phrase leads the clause.
  const phrase = phraseStartingAt(t, i, limit);
  if (phrase !== null && TIME_NOUNS.has(t.lower[phrase.last]!)) {
    const next = t.lower[phrase.last + 1];
    if (next === ',') return phrase.last + 2;
    if (next !== undefined && TIME_LINKS.has(next)) {
      const c = commaWithin(ctx, phrase.last + 1, limit, ADVERBIAL_WINDOW);
      if (c >= 0) return c + 1;
    }
  }
  return i;
}

/** The first comma in [from, limit) within `window` tokens, or -1. */
function commaWithin(ctx: QuoteContext, from: number, limit: number, window: number): number {
  for (let c = from; c < limit && c - from < window; c++) if (ctx.tokens.lower[c] === ',') return c;
  return -1;
}

/** After the comma at `comma` that closes an adverbial ending on a place ("in Ames, Iowa,"), the
 * token after the state that follows; else the token after the comma. */
function pastPlace(ctx: QuoteContext, comma: number, limit: number): number {
  const t = ctx.tokens;
  if (!isCapitalised(t, comma - 1)) return comma + 1;
  const end = stateEnd(t.lower, comma + 1, limit);
  return end >= 0 && t.lower[end] === ',' ? end + 1 : comma + 1;
}

/** Last words of a time phrase that leads a clause ("a few days later,", "two years ago,"). */
const TIME_ENDS = new Set(['ago', 'before', 'earlier', 'later', 'months', 'weeks', 'years']);

/** Words that open a clause without naming anyone ("It is …", "It’s …", "There are …"). */
const NOT_SUBJECTS = new Set(['it', 'there']);
const CONTRACTED_BE = /['’]s$/;

/** Most tokens of a dateline ("BUENA PARK, Calif. —"). */
const DATELINE = 10;

/** The first token after a dateline that opens the sentence at `i` (upper-case place, optional
 * state, then a dash), or `i` when there is none. */
function pastDateline(ctx: QuoteContext, i: number, limit: number): number {
  const t = ctx.tokens;
  const first = t.text.slice(t.starts[i], t.ends[i]);
  if (t.kinds[i] !== TokenKind.Word || first.length < 2 || !isCapitalised(t, i)) return i;
  // The place is in capitals ("FBI Director James Comey —" is a subject), or an agency in
  // parentheses follows it ("Washington (AFP) –"); a state or date may follow its comma.
  let agency = first === first.toUpperCase();
  let afterComma = false;
  let inParens = false;
  for (let d = i + 1; d < limit && d - i <= DATELINE; d++) {
    const w = t.lower[d]!;
    if (DASHES.has(w) && !inParens) return agency ? d + 1 : i;
    if (w === ',') afterComma = true;
    else if (w === '(' || w === ')') inParens = w === '(';
    else if (t.kinds[d] === TokenKind.Word) {
      const word = t.text.slice(t.starts[d], t.ends[d]);
      if (inParens && word === word.toUpperCase()) agency = true;
      else if (afterComma ? !isCapitalised(t, d) && !isDigitWord(w) : word !== word.toUpperCase()) return i;
    } else if (w !== '.') return i;
  }
  return i;
}

/** The speaker phrase after an inverted cue at `k` ("said Trump"); null for hearer verbs ("told reporters"). */
export function subjectAfter(ctx: QuoteContext, k: number, limit: number): Phrase | null {
  if (HEARER_VERBS.has(ctx.tokens.lower[k]!)) return null;
  return withRoleHolder(ctx.tokens, phraseStartingAt(ctx.tokens, k + 1, limit), limit);
}

/** The cue after a quoted span in the same sentence, e.g. `,” Murphy, the head of X, tweeted`. */
export function cueAfter(ctx: QuoteContext, span: QuoteSpan): CueMatch | null {
  const t = ctx.tokens;
  let floor = span.close + 1;
  while (floor < t.count && GLUE_AFTER_QUOTE.has(t.lower[floor]!)) floor++;
  const limit = Math.min(t.count, floor + AFTER_WINDOW);
  let leading = true;
  for (let k = floor; k < limit; k++) {
    if (t.kinds[k] === TokenKind.Break || t.kinds[k] === TokenKind.Quote || endsSentence(ctx, k)) return null;
    if (isAccordingTo(ctx, k)) return { cueFirst: k, cueLast: k + 1, speaker: withAuthor(t, phraseStartingAt(t, k + 2, limit), limit) };
    if (isDirectCue(cueAt(ctx, k)) && ctx.usedCue[k] === 0) {
      const last = particleEnd(ctx, k);
      if (leading) {
        // An inverted cue needs its speaker after it ("said Trump"); ", adding" alone belongs to a sentence.
        // After a quote even a hearer verb is inverted: "“Why?” asked Mikulski" names the asker.
        const speaker = withRoleHolder(t, phraseStartingAt(t, last + 1, limit), limit);
        return speaker ? { cueFirst: k, cueLast: last, speaker } : null;
      }
      const speaker = subjectBefore(ctx, k, floor);
      // "…,” Jeffrey Lewis of the James Martin Center wrote": the name that opens the words before the cue speaks.
      // But "…,” a spokesman for the company said": a phrase that already opens there is whole.
      if (speaker && speaker.first !== floor && onlyWordsBetween(ctx, floor, speaker.first)) return { cueFirst: k, cueLast: last, speaker: phraseStartingAt(t, floor, k) ?? speaker };
      if (speaker && speaker.first === floor) return { cueFirst: k, cueLast: last, speaker };
      return (speaker && tailBefore(ctx, floor, speaker, k, last)) ?? appositiveCue(ctx, floor);
    }
    if (!CUE_MODIFIERS.has(t.lower[k]!)) leading = false;
  }
  return appositiveCue(ctx, floor);
}

/** Most tokens of words that carry on a quote before ", she said". */
const MAX_TAIL = 12;

/** "“People were celebrating” before the attack, she said": the words after the closing mark up
 * to the comma before the speaker carry on the quote; the cue is the quote's. */
function tailBefore(ctx: QuoteContext, floor: number, speaker: Phrase, k: number, last: number): CueMatch | null {
  const t = ctx.tokens;
  const comma = speaker.first - 1;
  if (t.lower[comma] !== ',' || comma <= floor || comma - floor > MAX_TAIL || t.kinds[floor] !== TokenKind.Word) return null;
  for (let i = floor; i < comma; i++) if (t.kinds[i] === TokenKind.Quote || endsSentence(ctx, i)) return null;
  return { cueFirst: k, cueLast: last, speaker, tailEnd: comma - 1 };
}

/** How far past the speaker an appositive may run before the cue. */
const APPOSITIVE_WINDOW = 40;

/** "…,” Jeff Weaver, Sanders’ campaign manager, said": the speaker, an appositive set off by
 * commas or parentheses, then the cue right after a comma or parenthesis. */
function appositiveCue(ctx: QuoteContext, floor: number): CueMatch | null {
  const t = ctx.tokens;
  const speaker = phraseStartingAt(t, floor, Math.min(t.count, floor + AFTER_WINDOW));
  if (speaker === null) return null;
  const after = speaker.last + 1;
  if (t.lower[after] !== ',' && t.lower[after] !== '(') return null;
  const limit = Math.min(t.count, after + APPOSITIVE_WINDOW);
  for (let k = after + 1; k < limit; k++) {
    if (t.kinds[k] === TokenKind.Break || t.kinds[k] === TokenKind.Quote || endsSentence(ctx, k)) return null;
    if (!isDirectCue(cueAt(ctx, k)) || ctx.usedCue[k] === 1) continue;
    let j = k - 1;
    while (j > after && CUE_MODIFIERS.has(t.lower[j]!)) j--;
    // A cue inside the appositive ("Pike, who said he …") is not the quote's.
    return t.lower[j] === ',' || t.lower[j] === ')' ? { cueFirst: k, cueLast: particleEnd(ctx, k), speaker } : null;
  }
  return null;
}

/** The last token of the cue at `k`: its particle for a phrasal cue ("put it", "shot back"). */
function particleEnd(ctx: QuoteContext, k: number): number {
  const t = ctx.tokens;
  return k + 1 < t.count && isPhrasalCue(t.lower[k]!, t.lower[k + 1]!) ? k + 1 : k;
}

/** True when a cue strength can introduce a direct quote. */
function isDirectCue(strength: CueStrength | undefined): boolean {
  return strength === 'speech' || strength === 'quoting';
}

/** True when at most a few words (a description: "portfolio manager Bonnie Baha") lie in [from, to). */
function onlyWordsBetween(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > 10) return false;
  for (let i = from; i < to; i++) if (ctx.tokens.kinds[i] !== TokenKind.Word) return false;
  return true;
}

/** The cue before a quoted span: in its sentence, or ending the paragraph before with a colon. */
export function cueBefore(ctx: QuoteContext, span: QuoteSpan): CueMatch | null {
  const t = ctx.tokens;
  let j = span.open - 1;
  while (j >= 0 && t.kinds[j] === TokenKind.Break) {
    j--;
    if (j < 0 || t.lower[j] !== ':') return null;
  }
  if (j < 0) return null;
  const floor = Math.max(ctx.sentences.startOf[j]!, span.open - BEFORE_WINDOW);
  for (let k = j; k >= floor; k--) {
    if (t.kinds[k] === TokenKind.Quote) return null;
    if (isAccordingTo(ctx, k)) return { cueFirst: k, cueLast: k + 1, speaker: withAuthor(t, phraseStartingAt(t, k + 2, j + 1), j + 1) };
    if (!isDirectCue(cueAt(ctx, k, true))) continue;
    const last = particleEnd(ctx, k);
    if (!isDirectGap(ctx, last + 1, span.open)) return null;
    const sentenceStart = ctx.sentences.startOf[k]!;
    const speaker = speakerBefore(ctx, k, sentenceStart) ?? (k === sentenceStart ? subjectAfter(ctx, last, j + 1) : null);
    return { cueFirst: k, cueLast: last, speaker };
  }
  return t.lower[j] === ':' ? colonCue(ctx, j) : null;
}

/** Most tokens before a colon in a sentence that introduces a quote without a reporting verb. */
const COLON_LEAD = 16;
/** Words that open a sentence before a colon without naming anyone ("Here is the text:"). */
const NOT_SPEAKERS = new Set(['here', 'it', 'that', 'the', 'there', 'these', 'this', 'those', 'what', 'which']);

/** A colon that hands a quote to the subject of its short sentence, with no reporting verb
 * ("Kasich resisted:", "Clinton: “…”", "More from Jones:"): the cue is the word before the colon. */
function colonCue(ctx: QuoteContext, colon: number): CueMatch | null {
  const start = ctx.sentences.startOf[colon]!;
  if (colon === start) return null;
  // "… - Frank Newport and Jim Harter:", "doesn't surprise pollster Daron Shaw:": a name right before the colon.
  const named = colon - 1 > start && isCapitalised(ctx.tokens, colon - 1) ? phraseEndingAt(ctx.tokens, colon - 1, start + 1) : null;
  if (named !== null) return { cueFirst: colon, cueLast: colon, speaker: named };
  if (colon - start > COLON_LEAD) return null;
  const speaker = clauseSubject(ctx, start, colon);
  if (speaker === null || NOT_SPEAKERS.has(ctx.tokens.lower[speaker.first]!) && speaker.first === speaker.last) return null;
  const cue = speaker.last + 1 < colon ? colon - 1 : colon;
  return { cueFirst: cue, cueLast: cue, speaker };
}

/** True when the tokens between a cue and an opening mark introduce the quote whole: nothing, or
 * a hearer, place or time ending with a comma, a colon or "that" ("told reporters on Monday:"). */
function isDirectGap(ctx: QuoteContext, from: number, open: number): boolean {
  const t = ctx.tokens;
  let last = open - 1;
  while (last >= from && t.kinds[last] === TokenKind.Break) last--;
  if (last < from) return true;
  const end = t.lower[last];
  // After "that" the content is the clause ("told reporters that “…”"): reported speech, not a direct quote.
  return end === ',' || end === ':' || end === '—';
}
