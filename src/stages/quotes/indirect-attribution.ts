// Reported speech: "X said (that) …", "…, X said.", "…, said X.", "According to X, …" and
// "…, according to X." The content runs to the end of the sentence (or from its start to the
// comma before the speaker); it is "mixed" when it contains a quoted fragment.
import { cueAt, isAccordingTo, isEvidenceCue } from './cue-position.ts';
import {
  ASK_FORMS, CALL_FORMS, HEARER_VERBS, INTENTION_FORMS, OBJECT_TAKING_THOUGHTS, cueStrength, idiomLength, isBeStance, isIntentionAdjective, isQuestionTopic, isStateAdjective,
  topicParticleOffset, type CueStrength,
} from './cue-verbs.ts';
import { speakerBefore, subjectAfter, subjectBefore } from './cue-search.ts';
import type { Draft, QuoteContext } from './quote-context.ts';
import { belongingHead, isPeopleNoun, phraseStartingAt, withAuthor, withRoleHolder, type Phrase } from './speaker-phrase.ts';
import { DASHES, TokenKind, isCapitalised } from './text-tokens.ts';
import { CONTRACTION, CUE_MODIFIERS, DETERMINERS, PHRASE_STOPS, SPEAKER_PRONOUNS, isDigitWord } from './word-classes.ts';

const VOTE_FORMS = new Set(['voted']);
const QUOTING_STANCE_FORMS = new Set(['demand', 'demanded', 'demanding', 'demands', 'echo', 'echoed', 'echoes', 'echoing']);
/** Thought verbs whose topic is a concern ("worried about the economy", "fears of a recession"). */
const WORRY_FORMS = new Set(['fear', 'feared', 'fears', 'worried', 'worries', 'worry', 'worrying']);
/** Reported content shorter than this many words is not worth a quote. */
const MIN_CONTENT_WORDS = 3;
/** Content is cut at this many tokens, so a text without sentence ends stays linear. */
const MAX_CONTENT_TOKENS = 200;
const PREPOSITIONS = new Set(['about', 'after', 'at', 'before', 'during', 'for', 'from', 'in', 'of', 'on', 'with']);
/** Thought verbs whose infinitive is what is hoped ("hope to win"). */
const HOPE_FORMS = new Set(['hope', 'hoped', 'hopes', 'hoping']);
const FINAL_PUNCT = new Set(['.', '!', '?', ';', ':']);
/** Most tokens a source phrase after "according to" runs past its head ("one audit of the county"). */
const MAX_SOURCE_TAIL = 12;

/** Indirect and mixed attributions at cues the direct pass left unused, in text order. */
export function findIndirectQuotes(ctx: QuoteContext): Draft[] {
  const drafts: Draft[] = [];
  const t = ctx.tokens;
  for (let k = 0; k < t.count; k++) {
    if (t.kinds[k] !== TokenKind.Word || ctx.usedCue[k] === 1 || ctx.spanOf[k]! >= 0) continue;
    const found = isAccordingTo(ctx, k) ? accordingTo(ctx, k) : t.lower[k] === 'in' ? inSurvey(ctx, k) : atCue(ctx, k);
    if (found === null) continue;
    const draft = withParagraphAfterColon(ctx, withFollowingQuotes(ctx, found));
    for (let c = draft.cueFirst; c <= draft.cueLast; c++) ctx.usedCue[c] = 1;
    drafts.push(draft);
  }
  return drafts;
}

/** `draft` extended over the quotes that follow its sentence and carry it on with no cue of their
 * own ("…,'' Mr. Hedge said from his office. ''Golf is a razor-thin industry.''"), paragraph
 * breaks included, as a direct quote runs on. */
function withFollowingQuotes(ctx: QuoteContext, draft: Draft): Draft {
  const t = ctx.tokens;
  let end = draft.contentEnd;
  let i = ctx.sentences.endOf[tokenAt(ctx, draft.contentEnd - 1)]!;
  for (;;) {
    while (i < t.count && t.kinds[i] === TokenKind.Break) i++;
    const index = i < t.count ? ctx.spanOf[i]! : -1;
    if (index < 0) break;
    const span = ctx.spans[index]!;
    // The quote must be a sentence of its own, not the opening of one ("“Fake news” is what …").
    if (span.open !== i || ctx.usedSpan[index] === 1 || ctx.sentences.endOf[span.close]! > span.close + 2) break;
    end = span.end;
    i = ctx.sentences.endOf[span.close]!;
  }
  return end === draft.contentEnd ? draft : { ...draft, contentEnd: end };
}

/** `draft` extended over the paragraph its colon hands on ("The group also points out some other
 * statistics:¶¶The federal minimum wage is …"), as a colon before a quote hands on the quote; not
 * when that paragraph opens with a quote another attribution already holds. */
function withParagraphAfterColon(ctx: QuoteContext, draft: Draft): Draft {
  const t = ctx.tokens;
  let i = tokenAt(ctx, draft.contentEnd - 1) + 1;
  if (t.lower[i] !== ':' || t.kinds[i + 1] !== TokenKind.Break) return draft;
  i++;
  while (i < t.count && t.kinds[i] === TokenKind.Break) i++;
  if (i >= t.count || (ctx.spanOf[i]! >= 0 && ctx.usedSpan[ctx.spanOf[i]!] === 1)) return draft;
  let last = i;
  while (last + 1 < t.count && t.kinds[last + 1] !== TokenKind.Break && last + 1 - i < MAX_CONTENT_TOKENS) last++;
  let quoted = draft.kind === 'mixed';
  for (let k = i; k <= last && !quoted; k++) quoted = ctx.spanOf[k]! >= 0;
  return { ...draft, contentEnd: t.ends[last]!, kind: quoted ? 'mixed' : draft.kind };
}

/** The index of the token that holds character offset `offset` (binary search over token starts). */
function tokenAt(ctx: QuoteContext, offset: number): number {
  const starts = ctx.tokens.starts;
  let lo = 0;
  let hi = ctx.tokens.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Words before a participle that opens its sentence ("After suggesting …, Mr. Rubio …"). */
const PARTICIPLE_LEADS = new Set(['after', 'before', 'by', 'while']);
/** Most tokens from a fronted participle to the comma that closes its clause. */
const FRONTED_WINDOW = 40;

/** "Conceding that a deal was likely, he …", "After suggesting that he regretted the insults, Mr.
 * Rubio …": an -ing cue that opens its sentence reports the words up to its comma, and the subject
 * after the comma is its speaker. Null when the cue at `k` is no such participle. */
function frontedParticiple(ctx: QuoteContext, k: number): Draft | null {
  const t = ctx.tokens;
  const w = t.lower[k]!;
  if (!w.endsWith('ing')) return null;
  const strength = cueStrength(w);
  if (strength === undefined || strength === 'quoting') return null;
  const start = ctx.sentences.startOf[k]!;
  if (!(k === start || (k === start + 1 && PARTICIPLE_LEADS.has(t.lower[start]!)))) return null;
  let comma = k + 1;
  while (comma < t.count && comma - k < FRONTED_WINDOW && t.lower[comma] !== ',' && ctx.sentences.endOf[comma] === ctx.sentences.endOf[k]) comma++;
  if (t.lower[comma] !== ',') return null;
  const speaker = phraseStartingAt(t, comma + 1, ctx.sentences.endOf[k]!);
  const minWords = strength === 'stance' ? 1 : MIN_CONTENT_WORDS;
  if (speaker === null || wordsBetween(ctx, k + 1, comma) < minWords) return null;
  return draft(ctx, k + 1, comma, k, speaker);
}

/** The attribution whose cue is the word at `k`, read once as a cue: a participle opening its
 * sentence, a relative clause missing its object, or reported speech; null when none. */
function atCue(ctx: QuoteContext, k: number): Draft | null {
  const fronted = frontedParticiple(ctx, k);
  if (fronted !== null) return fronted;
  const strength = cueAt(ctx, k);
  if (strength === undefined) return null;
  return relativeGap(ctx, k, strength) ?? reported(ctx, k, strength);
}

/** Relative words that open a clause whose object or subject is the noun before them. */
const RELATIVE_WORDS = new Set(['that', 'which', 'whom']);
/** Auxiliaries and modals that open a clause missing its subject ("a gift he knew [would] lift me"). */
const GAP_VERBS = new Set(['are', 'can', 'could', 'had', 'has', 'have', 'is', 'may', 'might', 'must', 'should', 'was', 'were', 'will', 'would']);
/** Most tokens of a noun phrase before a relative clause ("a rare get-together"). */
const MAX_ANTECEDENT = 6;

/** "a gift he knew would lift me", "the only candidate whom Trump refused to endorse": a cue inside
 * a relative clause that lacks its object reports the noun phrase it modifies, with the clause.
 * Null when the cue at `k` is not in such a clause. */
function relativeGap(ctx: QuoteContext, k: number, strength: CueStrength): Draft | null {
  const t = ctx.tokens;
  if (strength === 'quoting') return null;
  const sentenceStart = sentenceStartOf(ctx, k);
  const speaker = subjectBefore(ctx, k, sentenceStart);
  // "the notion that people want to …": a "that" clause after a noun is its content, not a relative one.
  if (speaker === null || speaker.last + 1 > k || speaker.first <= sentenceStart || t.lower[speaker.first] === 'that' || !gapAfter(ctx, k)) return null;
  const r = speaker.first - 1;
  // "the only candidate whom Trump refused to endorse", or with no relative word after a pronoun: "a deal she once supported".
  const from = RELATIVE_WORDS.has(t.lower[r]!) ? antecedentStart(ctx, r - 1, sentenceStart) : SPEAKER_PRONOUNS.has(t.lower[speaker.first]!) ? antecedentStart(ctx, r, sentenceStart) : -1;
  // The noun phrase is an object inside a clause ("was [a gift he knew …]"), not a subject that
  // opens one ("[What we do know] is", "…, [the news site RTL Info] reported").
  if (from <= sentenceStart || t.kinds[from - 1] !== TokenKind.Word) return null;
  const sentenceEnd = contentEnd(ctx, k);
  let end = k + 1;
  while (end < sentenceEnd && t.lower[end] !== ',' && !DASHES.has(t.lower[end]!) && end - k < MAX_CONTENT_TOKENS) end++;
  if (wordsBetween(ctx, from, end) < MIN_CONTENT_WORDS) return null;
  return draft(ctx, from, end, k, speaker);
}

/** True when what follows the cue at `k` lacks the object or subject the relative clause took away:
 * an auxiliary ("knew would lift"), "to" ("agreed to hold") or the clause's end. */
function gapAfter(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  let i = k + 1;
  while (i < t.count && (CUE_MODIFIERS.has(t.lower[i]!) || t.lower[i]!.endsWith('ly'))) i++;
  if (i >= t.count) return true;
  const w = t.lower[i]!;
  return GAP_VERBS.has(w) || w === 'to' || t.kinds[i] === TokenKind.Punct || t.kinds[i] === TokenKind.Break;
}

/** First token of the noun phrase ending at `j` that opens with a determiner ("a rare get-together"), or -1. */
function antecedentStart(ctx: QuoteContext, j: number, floor: number): number {
  const t = ctx.tokens;
  for (let i = j; i >= floor && j - i < MAX_ANTECEDENT; i--) {
    const w = t.lower[i]!;
    if (t.kinds[i] !== TokenKind.Word || PHRASE_STOPS.has(w) || SPEAKER_PRONOUNS.has(w)) return -1;
    if (DETERMINERS.has(w) && w !== 'that') return i < j ? i : -1;
  }
  return -1;
}

/** "X said (that) …" or "…, X said." at the cue `k`; null when it is neither. */
function reported(ctx: QuoteContext, k: number, quoting: CueStrength): Draft | null {
  // "echoed Mr. Putin's justification", "demanded an apology": a verb that quotes beside a quotation mark takes a stance elsewhere.
  const strength = quoting === 'quoting' && QUOTING_STANCE_FORMS.has(ctx.tokens.lower[k]!) ? 'stance' : quoting;
  if (strength === 'quoting') return null;
  const sentenceStart = sentenceStartOf(ctx, k);
  const sentenceEnd = contentEnd(ctx, k);
  // "is worried that …" is a state of mind of the subject, not a passive; but "is expected to
  // attend" is one: its subject is what is expected, not who expects it.
  const thoughtPassive = strength === 'thought' && ctx.tokens.lower[k + 1] === 'to' && !isIntentionAdjective(ctx.tokens.lower[k]!);
  // "is concerned about", "was pleased with": a stance adjective after "be" is no passive.
  if ((strength !== 'thought' || thoughtPassive) && !isBeStance(ctx.tokens.lower, k) && isPassive(ctx, k, sentenceStart)) return passive(ctx, k, sentenceStart, sentenceEnd);
  const reduced = reducedPassive(ctx, k, sentenceStart, sentenceEnd);
  if (reduced !== undefined) return reduced;
  // "stood by his comments" is an idiom of stance, not a participle with its agent.
  if (isAgentParticiple(ctx, k) && idiomLength(ctx.tokens.lower, k) === 0) return null;
  // "…, said Marcia Smith, a vice president": an inverted cue names its speaker after it.
  // "A wall would address crime, she said, but also drugs": the cue stands inside the sentence it reports.
  // "which, his advisers believe, would lead to …": a thought set inside its sentence too.
  if ((strength === 'speech' && invertedAt(ctx, k, sentenceEnd)) || ((strength === 'speech' || strength === 'thought') && parentheticalCue(ctx, k, sentenceStart))) {
    const inside = trailing(ctx, k, sentenceStart);
    if (inside) return inside;
  }
  // "…, Kaine insisted Thursday during a tour of morning shows.": only a time follows the cue, so it
  // trails the words before it.
  if (strength === 'speech' && onlyTimeAfter(ctx, k, sentenceEnd)) {
    const inside = trailing(ctx, k, sentenceStart);
    if (inside) return inside;
  }
  // "talked about the economy": the topic follows the particle, which belongs to the cue.
  // "took aim at Trump": the object follows the idiom, which is all cue.
  const idiom = idiomLength(ctx.tokens.lower, k);
  const particle = topicParticleOffset(ctx.tokens.lower, k);
  const topic = idiom > 0 ? idiom : particle > 0 ? particle + 1 : stateTopic(ctx, k) ? 2 : 0;
  if (particle > 0 && isQuestionTopic(ctx.tokens.lower[k]!, ctx.tokens.lower[k + particle]!)) return null;
  const from = topic ? (k + topic < sentenceEnd ? k + topic : null) : clauseStart(ctx, k, sentenceEnd);
  const speaker = speakerBefore(ctx, k, sentenceStart);
  // A stance has any object as its content ("endorsed Clinton"), a label its object and label ("called Trump “unhinged”").
  const minWords = strength === 'stance' || topic ? 1 : strength === 'naming' ? 2 : MIN_CONTENT_WORDS;
  // "asked whether he supported …": a cue inside a question is asked about, not said.
  if (speaker !== null && ctx.tokens.lower[speaker.first - 1] === 'whether') return null;
  if (from !== null && speaker !== null && wordsBetween(ctx, from, sentenceEnd) >= minWords) {
    // "recognized long ago that …": a time or place before "that" leaves the clause a clause.
    const thatClause = ctx.tokens.lower[from] === 'that' && from > k + 1;
    if (strength === 'thought' && !(topic && (WORRY_FORMS.has(ctx.tokens.lower[k]!) || isStateAdjective(ctx.tokens.lower[k]!))) && !thatClause && !thoughtObject(ctx, k)) return null;
    const found = draft(ctx, from, sentenceEnd, k, speaker);
    return topic ? { ...found, cueLast: k + topic - 1 } : found;
  }
  // "…, a USA TODAY investigation found.", "…, records show.": a document's finding trails like a speaker's words.
  if (strength !== 'speech' && !isEvidenceCue(ctx, k)) return null;
  return trailing(ctx, k, sentenceStart);
}

/** Particles after which an adjective of a state of mind names its topic ("concerned about the deficit",
 * "unhappy with the ruling", "confident in the plan", "aware of the risk", "angry at the board"); not
 * "by", which opens an agent ("upset by the ruling" is read as a participle with its agent). */
const STATE_TOPIC_PARTICLES = new Set(['about', 'at', 'in', 'of', 'over', 'with']);

/** True when the adjective of a state of mind at `k` has its topic after a particle ("are optimistic about …"). */
function stateTopic(ctx: QuoteContext, k: number): boolean {
  return isStateAdjective(ctx.tokens.lower[k]!) && STATE_TOPIC_PARTICLES.has(ctx.tokens.lower[k + 1] ?? '');
}

/** Forms of "be" that make a participle cue passive ("was criticized", "has been praised"). */
const BE_FORMS = new Set([
  'are', "aren't", 'aren’t', 'be', 'been', 'being', 'is', "isn't", 'isn’t', 'was', "wasn't", 'wasn’t', 'were', "weren't", 'weren’t', "'s",
  '’s',
]);

/** True when the cue at `k` is a participle after a form of "be" (past adverbs): its subject is
 * what the attribution is about, not who made it. */
function isPassive(ctx: QuoteContext, k: number, sentenceStart: number): boolean {
  const t = ctx.tokens;
  const w = t.lower[k]!;
  if (!w.endsWith('ed') && !w.endsWith('en') && w !== 'told' && w !== 'said' && w !== 'found' && w !== 'sought') return false;
  let j = k - 1;
  while (j > sentenceStart && (CUE_MODIFIERS.has(t.lower[j]!) || t.lower[j] === 'not' || t.lower[j]!.endsWith('ly'))) j--;
  return j >= sentenceStart && BE_FORMS.has(t.lower[j]!);
}

/** A passive cue: "Trump has been criticized by his rivals for …" names its source after "by";
 * the content is the whole sentence, as annotators mark it. Without "by" there is no source. */
function passive(ctx: QuoteContext, k: number, sentenceStart: number, sentenceEnd: number): Draft | null {
  const t = ctx.tokens;
  let by = k + 1;
  while (by < sentenceEnd && t.lower[by]!.endsWith('ly') && by - k < 3) by++;
  if (t.lower[by] !== 'by') return null;
  const speaker = phraseStartingAt(t, by + 1, sentenceEnd);
  if (speaker === null || wordsBetween(ctx, sentenceStart, sentenceEnd) < MIN_CONTENT_WORDS) return null;
  return draft(ctx, sentenceStart, sentenceEnd, k, speaker);
}

/** True when the cue at `k` is a participle with its agent after "by" ("a lawsuit [filed by]
 * Vice News", "an allegation [rejected by] Congress"): the noun before it is what was filed, not
 * who filed it. "responded by saying" (a manner) and "found by 43%-41%" (a margin) stay cues. */
function isAgentParticiple(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  if (t.lower[k + 1] !== 'by' || t.kinds[k + 2] !== TokenKind.Word) return false;
  const after = t.lower[k + 2]!;
  return !after.endsWith('ing') && !isDigitWord(after);
}

/** True when the cue at `k` follows a comma (or a closing mark after one) and a name follows it,
 * ending at a comma or the sentence's end: "…, said Marcia Smith, …". */
function invertedAt(ctx: QuoteContext, k: number, sentenceEnd: number): boolean {
  const t = ctx.tokens;
  // "…, said a spokesman for the company.": a determiner may open the speaker when its head names people.
  const described = DETERMINERS.has(t.lower[k + 1] ?? '') && peopleAfter(ctx, k + 1, sentenceEnd);
  if (k < 1 || !isClauseComma(ctx, k - 1) || HEARER_VERBS.has(t.lower[k]!) || !(isCapitalised(t, k + 1) || described)) return false;
  // The speaker as the inverted cue will take it, over a description and the name it introduces
  // ("…, said Obama campaign manager Jim Messina."), so that its end is checked, not the first name's.
  const name = withRoleHolder(t, phraseStartingAt(t, k + 1, sentenceEnd), sentenceEnd);
  return name !== null && (name.last + 1 >= sentenceEnd || t.lower[name.last + 1] === ',');
}

/** True when the phrase opening at `i` is people ("a spokesman", "the head of the union"). */
function peopleAfter(ctx: QuoteContext, i: number, end: number): boolean {
  const phrase = phraseStartingAt(ctx.tokens, i, end);
  if (phrase === null) return false;
  const head = belongingHead(ctx.tokens, phrase);
  return isPeopleNoun(ctx.tokens, head >= 0 ? head : phrase.last);
}

/** "…, X said." or "…, said X." — the content is the sentence up to the comma before the speaker. */
function trailing(ctx: QuoteContext, k: number, sentenceStart: number): Draft | null {
  const t = ctx.tokens;
  const tailEnd = Math.min(ctx.sentences.endOf[k]!, k + MAX_CONTENT_TOKENS);
  // "…, Wilkin said during his campaign speech to be a national delegate.": a setting may run longer.
  const tailLimit = SETTING_PREPOSITIONS.has(t.lower[k + 1]!) || TIME_LEADS.has(t.lower[k + 1]!) ? LONG_THAT_WINDOW : 8;
  if (tailEnd - k > tailLimit && !parenthetical(ctx, k)) return null;
  let speaker: Phrase | null = null;
  let comma = k - 1;
  while (comma > sentenceStart && CUE_MODIFIERS.has(t.lower[comma]!)) comma--;
  // "…, said Marcia Smith": inverted; but "…, his top aide, Tad Devine, told reporters" names the
  // speaker before the cue, after the comma that ends the content.
  const after = isClauseComma(ctx, comma) ? subjectAfter(ctx, k, tailEnd) : null;
  const inverted = after !== null;
  if (inverted) speaker = after;
  else {
    speaker = withDescription(ctx, subjectBefore(ctx, k, sentenceStart), sentenceStart);
    comma = speaker ? speaker.first - 1 : -1;
  }
  if (speaker === null || comma <= sentenceStart || !isClauseComma(ctx, comma)) return null;
  const markAfterComma = t.kinds[comma] === TokenKind.Quote;
  // "It is a reminder, Rogers said, that …": a parenthetical cue; the content is the whole sentence,
  // so a short lead counts with what follows ("His leverage, they believe, isn’t going anywhere").
  // After an inverted cue the comma opens the speaker's appositive instead ("said X, a member of …").
  const next = Math.max(k, speaker.last) + 1;
  const resumes = inverted ? appositiveEnd(ctx, next, tailEnd) : parenthetical(ctx, k) ? next : -1;
  const lead = wordsBetween(ctx, sentenceStart, comma);
  if (resumes >= 0 && wordsBetween(ctx, resumes, tailEnd) >= 2 && lead >= 1) return draft(ctx, sentenceStart, contentEnd(ctx, k), k, speaker);
  if (lead < MIN_CONTENT_WORDS) return null;
  return draft(ctx, sentenceStart, markAfterComma ? comma + 1 : comma, k, speaker);
}

/** Most words of a description before a name ("the news site RTL Info", "radio host Hugh Hewitt"). */
const MAX_DESCRIPTION = 6;

/** `phrase` extended back over the lower-case words that describe it up to a clause comma
 * ("…, the news site [RTL Info] reported"), when that comma is near; else `phrase`. */
function withDescription(ctx: QuoteContext, phrase: Phrase | null, floor: number): Phrase | null {
  const t = ctx.tokens;
  if (phrase === null || isClauseComma(ctx, phrase.first - 1)) return phrase;
  for (let i = phrase.first - 1; i > floor && phrase.first - i <= MAX_DESCRIPTION; i--) {
    if (isClauseComma(ctx, i - 1)) return { first: i, last: phrase.last };
    if (t.kinds[i] !== TokenKind.Word || SPEAKER_PRONOUNS.has(t.lower[i]!) || cueAt(ctx, i) !== undefined) return phrase;
  }
  return phrase;
}

/** Words before a participle that open a clause without its subject ("When asked by …", "As reported by …"). */
const REDUCED_LEADS = new Set(['after', 'as', 'if', 'once', 'when', 'while']);

/** "When asked by a reporter whether …", "As reported by Western Journalism, the …": a participle
 * after a clause lead (or opening the sentence) with its source after "by". The content is what
 * follows the source up to the next comma, or after "as …," the rest of the sentence. Undefined
 * when the cue is not such a participle. */
function reducedPassive(ctx: QuoteContext, k: number, sentenceStart: number, sentenceEnd: number): Draft | null | undefined {
  const t = ctx.tokens;
  const lead = k > sentenceStart ? t.lower[k - 1]! : '';
  if (t.lower[k + 1] !== 'by' || !(k === sentenceStart || REDUCED_LEADS.has(lead)) || !(t.lower[k]!.endsWith('ed') || t.lower[k] === 'told')) return undefined;
  const speaker = withAuthor(t, phraseStartingAt(t, k + 2, sentenceEnd), sentenceEnd) ?? plainSource(ctx, k + 2, sentenceEnd);
  if (speaker === null) return null;
  let comma = speaker.last + 1;
  while (comma < sentenceEnd && t.lower[comma] !== ',' && comma - speaker.last < MAX_CONTENT_TOKENS) comma++;
  const [from, to] = lead === 'as' ? [comma + 1, sentenceEnd] : [speaker.last + 1, comma];
  if (wordsBetween(ctx, from, to) < MIN_CONTENT_WORDS) return null;
  return draft(ctx, from, to, k, speaker);
}

/** True when token `i` is the comma that closes reported words: a comma, or a closing mark right
 * after one ("… ''as soon as possible,'' said X", "“…,” X said"), which the content keeps. */
function isClauseComma(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens;
  return t.lower[i] === ',' || (t.kinds[i] === TokenKind.Quote && t.lower[i - 1] === ',');
}

/** Most tokens of an appositive after an inverted cue's speaker. */
const MAX_APPOSITIVE = 14;

/** After "said X": the token after the appositive's closing comma (", an expert at Y, would …"), or -1. */
function appositiveEnd(ctx: QuoteContext, after: number, end: number): number {
  const t = ctx.tokens;
  if (t.lower[after] !== ',') return -1;
  for (let i = after + 1; i < end && i - after <= MAX_APPOSITIVE; i++) if (t.lower[i] === ',') return i + 1;
  return -1;
}

/** True when the speaker before the cue at `k` follows a comma and a comma follows the cue:
 * "…, she said, but …" (not "In Iowa, Trump said the plan failed"). */
function parentheticalCue(ctx: QuoteContext, k: number, sentenceStart: number): boolean {
  if (!parenthetical(ctx, k)) return false;
  const speaker = subjectBefore(ctx, k, sentenceStart);
  return speaker !== null && speaker.first - 1 > sentenceStart && isClauseComma(ctx, speaker.first - 1);
}

/** True when a comma follows the cue within a few tokens ("…, Rogers said, that …"). */
function parenthetical(ctx: QuoteContext, k: number): boolean {
  for (let i = k + 1; i < ctx.tokens.count && i - k <= 5; i++) if (ctx.tokens.lower[i] === ',') return true;
  return false;
}

/** "According to X, …" or "…, according to X." */
function accordingTo(ctx: QuoteContext, k: number): Draft | null {
  const t = ctx.tokens;
  const sentenceStart = sentenceStartOf(ctx, k);
  const sentenceEnd = contentEnd(ctx, k);
  const speaker = withAuthor(t, phraseStartingAt(t, k + 2, sentenceEnd), sentenceEnd) ?? plainSource(ctx, k + 2, sentenceEnd);
  if (speaker === null) return null;
  // "According to X, …", also after a colon ("It hasn’t gone unnoticed: According to recent polls, …").
  if (k - sentenceStart <= 1 || t.lower[k - 1] === ':') {
    let comma = speaker.last + 1;
    while (comma < sentenceEnd && t.lower[comma] !== ',' && comma - speaker.last < 12) comma++;
    if (t.lower[comma] !== ',' || wordsBetween(ctx, comma + 1, sentenceEnd) < MIN_CONTENT_WORDS) return null;
    return { ...draft(ctx, comma + 1, sentenceEnd, k, speaker), cueLast: k + 1 };
  }
  // "…,'' according to Mr. Rhodes": the comma may sit inside the closing mark, which the content keeps.
  if (isClauseComma(ctx, k - 1) && t.kinds[k - 1] === TokenKind.Quote) {
    if (wordsBetween(ctx, sentenceStart, k - 1) < MIN_CONTENT_WORDS) return null;
    return { ...draft(ctx, sentenceStart, k, k, speaker), cueLast: k + 1 };
  }
  // "Clinton leads by 271 delegates according to a count by The Associated Press, but …": no comma
  // before the cue; its source must close the clause.
  if (t.kinds[k - 1] === TokenKind.Word && (speaker.last + 1 >= sentenceEnd || t.lower[speaker.last + 1] === ',')) {
    if (wordsBetween(ctx, sentenceStart, k) < MIN_CONTENT_WORDS) return null;
    return { ...draft(ctx, sentenceStart, k, k, speaker), cueLast: k + 1 };
  }
  const comma = k - 1;
  if (t.lower[comma] !== ',') return null;
  // "G4S receives, according to one report, $234 million": a parenthetical source; the content is the sentence.
  let close = speaker.last + 1;
  while (close < sentenceEnd && t.lower[close] !== ',' && close - speaker.last < MAX_SOURCE_TAIL) close++;
  if (t.lower[close] === ',' && wordsBetween(ctx, sentenceStart, comma) + wordsBetween(ctx, close + 1, sentenceEnd) >= MIN_CONTENT_WORDS) {
    return { ...draft(ctx, sentenceStart, sentenceEnd, k, { first: speaker.first, last: close - 1 }), cueLast: k + 1 };
  }
  if (wordsBetween(ctx, sentenceStart, comma) < MIN_CONTENT_WORDS) return null;
  return { ...draft(ctx, sentenceStart, comma, k, speaker), cueLast: k + 1 };
}

/** The words after "according to" up to the next comma or the sentence's end ("state corporate
 * records", "figures her campaign released Friday"), when they open with no phrase the speaker
 * walk reads: whatever follows "according to" is its source. Null when a word does not open it. */
function plainSource(ctx: QuoteContext, from: number, sentenceEnd: number): Phrase | null {
  const t = ctx.tokens;
  if (from >= sentenceEnd || t.kinds[from] !== TokenKind.Word) return null;
  let last = from;
  while (last + 1 < sentenceEnd && last + 1 - from < MAX_SOURCE_TAIL && t.kinds[last + 1] === TokenKind.Word) last++;
  return { first: from, last };
}

/** Nouns of polls, whose findings PolNeAR attributes to them after "in" ("In a CNN/ORC poll, 38
 * percent said …", "Clinton led by 24 points in a CNN national poll"). */
const SURVEY_NOUNS = new Set(['average', 'poll', 'polls', 'survey', 'surveys']);
/** Most tokens from "in" to the poll noun ("in an NBC News/Wall Street Journal/Marist South Carolina poll"). */
const MAX_SURVEY_PHRASE = 12;

/** "In a poll released Monday, 50 percent …" or "… led by 24 points in a CNN poll.": the poll is
 * the source of the finding, the rest of the sentence; null when no poll noun follows "in". */
function inSurvey(ctx: QuoteContext, k: number): Draft | null {
  const t = ctx.tokens;
  const sentenceStart = sentenceStartOf(ctx, k);
  const sentenceEnd = contentEnd(ctx, k);
  let head = -1;
  // A named poll ("a CNN/ORC poll", "the latest Des Moines Register poll"), not "ahead in the polls".
  let named = false;
  for (let j = k + 1; j < sentenceEnd && j - k <= MAX_SURVEY_PHRASE; j++) {
    if (t.lower[j] === ',' || ctx.spanOf[j]! >= 0 || PHRASE_STOPS.has(t.lower[j]!) || (t.kinds[j] !== TokenKind.Word && t.lower[j] !== '/' && t.lower[j] !== '-')) break;
    if (SURVEY_NOUNS.has(t.lower[j]!)) head = j;
    else if (head >= 0 || cueAt(ctx, j) !== undefined) break;
    else if (isCapitalised(t, j)) named = true;
  }
  if (head < 0 || !named) return null;
  // The poll's own words run on to the comma ("… released Monday,") or the sentence's end.
  let close = head + 1;
  while (close < sentenceEnd && t.lower[close] !== ',' && close - head < MAX_SOURCE_TAIL && t.kinds[close] === TokenKind.Word) close++;
  const speaker = { first: k + 1, last: head };
  if (k - sentenceStart <= 1) {
    if (t.lower[close] !== ',' || wordsBetween(ctx, close + 1, sentenceEnd) < MIN_CONTENT_WORDS) return null;
    return draft(ctx, close + 1, sentenceEnd, k, speaker);
  }
  const to = t.lower[k - 1] === ',' ? k - 1 : k;
  if (close < sentenceEnd || wordsBetween(ctx, sentenceStart, to) < MIN_CONTENT_WORDS) return null;
  return draft(ctx, sentenceStart, to, k, speaker);
}

/** First token of the reported clause after the cue at `k`: past a hearer ("told reporters") and a comma. */
function clauseStart(ctx: QuoteContext, k: number, end: number): number | null {
  const t = ctx.tokens;
  let i = k + 1;
  if (HEARER_VERBS.has(t.lower[k]!)) {
    const hearer = phraseStartingAt(t, i, end);
    // "urged Congress to act": the hearer is who is to act, part of what is urged (but "told reporters that …").
    if (hearer && !(TO_HEARER_VERBS.has(t.lower[k]!) && toFollows(ctx, hearer.last + 1, end))) i = hearer.last + 1;
  }
  while (i < end && (t.lower[i] === ',' || t.lower[i] === ':')) i++;
  // "asked Trump about his statements", "asked for $1.9 billion": the question's topic or the request.
  if (ASK_FORMS.has(t.lower[k]!) && i > k + 1 && (t.lower[i] === 'about' || t.lower[i] === 'for') && i + 1 < end) return i + 1;
  if (ASK_FORMS.has(t.lower[k]!) && i === k + 1 && t.lower[i] === 'for' && i + 1 < end) return i + 1;
  // "voted for Donald Trump": a stance for someone or something.
  if (VOTE_FORMS.has(t.lower[k]!) && i === k + 1 && t.lower[i] === 'for' && i + 1 < end) return i + 1;
  // "told supporters on Monday that …": the clause starts at a nearby "that" (kept, as annotators
  // of reported speech keep it, so "said that “…”" reads as reported speech, not a direct quote).
  // "said at a news conference last week that …", "told a crowded hall at a hotel in Baltimore
  // that …": after a preposition the place or time may run longer, over abbreviation periods.
  const setting = SETTING_PREPOSITIONS.has(t.lower[i]!) && !CALL_FORMS.has(t.lower[k]!);
  const window = setting ? LONG_THAT_WINDOW : 6;
  // "said on NBC's ''Meet the Press'' on Sunday that …": a setting may name a show in quotation marks,
  // and a place with its state set off by commas ("told a crowd in Windham, New Hampshire, on Monday that …").
  const inSetting = (j: number): boolean => t.kinds[j] === TokenKind.Word || t.lower[j] === '.' || (setting && (t.kinds[j] === TokenKind.Quote || t.lower[j] === ','));
  for (let j = i; j < end && j - i < window && inSetting(j); j++) {
    // "said he believed that …": the clause opens at "he"; its own cue is not a setting to skip.
    if (j > i && cueAt(ctx, j) !== undefined) break;
    // "said he understands how hard that can be", "said the truth is that …": a subject pronoun or
    // a verb ("is", "has", "would") shows the clause has begun, so a later "that" is inside it.
    if (CLAUSE_PRONOUNS.has(t.lower[j]!.replace(CONTRACTION, '')) || (j > i && GAP_VERBS.has(t.lower[j]!))) break;
    if (t.lower[j] === 'that' && ctx.spanOf[j]! < 0) {
      i = j;
      break;
    }
  }
  // "said at a Reuters event": a place or time, not what was said.
  // "called on Congress to act", "called for a ban": the call's content starts at its preposition.
  const call = (t.lower[i] === 'on' || t.lower[i] === 'for') && CALL_FORMS.has(t.lower[k]!);
  if (i < end && t.lower[i] !== 'that' && PREPOSITIONS.has(t.lower[i]!) && !call) return SETTING_PREPOSITIONS.has(t.lower[i]!) ? pronounClause(ctx, i, end) : null;
  return i < end ? i : null;
}

/** Prepositions that open a place, time or medium between a cue and its clause ("said in an
 * interview", "wrote on Twitter"), unlike those that take its object ("called for", "agreed to"). */
const SETTING_PREPOSITIONS = new Set(['at', 'during', 'for', 'in', 'on']);
/** Most tokens of a place or time phrase between a cue and "that". */
const LONG_THAT_WINDOW = 14;

/** Subject pronouns that open a reported clause after a setting ("said in a statement they …"). */
const CLAUSE_PRONOUNS = new Set(['he', 'i', 'it', 'she', 'they', 'we']);

/** After a setting ("in a statement Thursday night"), the reported clause opened by a subject
 * pronoun within a few words, or null. */
function pronounClause(ctx: QuoteContext, i: number, end: number): number | null {
  const t = ctx.tokens;
  for (let j = i + 2; j < end && j - i < LONG_THAT_WINDOW && (t.kinds[j] === TokenKind.Word || t.lower[j] === '.'); j++) {
    if (CLAUSE_PRONOUNS.has(t.lower[j]!.replace(CONTRACTION, '')) && !PREPOSITIONS.has(t.lower[j - 1]!)) return j;
  }
  return null;
}

/** Hearer verbs whose hearer, before an infinitive, belongs to the content ("urged voters to stay home"). */
const TO_HEARER_VERBS = new Set([
  'advise', 'advised', 'advises', 'advising', 'ask', 'asked', 'asking', 'asks', 'urge', 'urged', 'urges', 'urging', 'warn', 'warned',
  'warning', 'warns',
]);

/** True when "to" follows within a few lower-case words of `i` ("the Republican electorate to"). */
function toFollows(ctx: QuoteContext, i: number, end: number): boolean {
  for (let j = i; j < end && j - i < 4; j++) {
    if (ctx.tokens.lower[j] === 'to') return true;
    if (ctx.tokens.kinds[j] !== TokenKind.Word) return false;
  }
  return false;
}

/** True when what follows the thought verb at `k` is what it reports: a clause ("believes that",
 * "thinks he", "want a say", "found 40% of voters …"), or for hope and intention an infinitive
 * ("hopes to win", "wants to run"), also after its object ("expect him to back Clinton"). */
function thoughtObject(ctx: QuoteContext, k: number): boolean {
  const w = ctx.tokens.lower[k]!;
  const next = ctx.tokens.lower[k + 1];
  if (OBJECT_TAKING_THOUGHTS.has(w)) return next === 'that' || CLAUSE_LEADS.has(next ?? '') || CLAUSE_PRONOUNS.has((next ?? '').replace(CONTRACTION, ''));
  if (startsClause(ctx, k + 1) || ((HOPE_FORMS.has(w) || INTENTION_FORMS.has(w) || isIntentionAdjective(w)) && next === 'to')) return true;
  // "found 40% of voters …", "think most voters …": a number or quantifier opens the clause's subject.
  if (next !== undefined && (isDigitWord(next) || QUANTIFIER_SUBJECTS.has(next))) return true;
  // "don’t expect him to back Clinton", "want all immigrants here illegally to be deported": an object and its infinitive.
  return (EXPECT_FORMS.has(w) || INTENTION_FORMS.has(w)) && toFollows(ctx, k + 2, ctx.tokens.count);
}

/** Quantifiers that open the subject of a reported clause ("think most voters are …"). */
const QUANTIFIER_SUBJECTS = new Set(['all', 'few', 'more', 'most', 'no', 'none', 'nobody', 'nothing', 'only']);
/** Forms of "expect", whose object comes before the infinitive it expects ("expect him to win"). */
const EXPECT_FORMS = new Set(['expect', 'expected', 'expects']);


/** Words other than pronouns and determiners that open a clause after a thought verb ("believe if …", "know how …"). */
const CLAUSE_LEADS = new Set(['how', 'if', 'there', 'what', 'when', 'whether', 'why']);

/** True when the token at `i` can open a reported clause: "that", a pronoun, a name or a determiner. */
function startsClause(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens;
  if (i >= t.count) return false;
  // "it’s", "they're": a pronoun with its verb.
  const w = t.lower[i]!.replace(CONTRACTION, '');
  return w === 'that' || CLAUSE_LEADS.has(w) || (SPEAKER_PRONOUNS.has(w) && w !== 'which' && w !== 'who') || DETERMINERS.has(w) || isCapitalised(t, i);
}

/** First token of the sentence of `k`, at most MAX_CONTENT_TOKENS back. */
function sentenceStartOf(ctx: QuoteContext, k: number): number {
  return Math.max(ctx.sentences.startOf[k]!, k - MAX_CONTENT_TOKENS);
}

/** One past the last content token of the sentence of `k`: before its final punctuation. */
export function contentEnd(ctx: QuoteContext, k: number): number {
  let end = Math.min(ctx.sentences.endOf[k]!, k + MAX_CONTENT_TOKENS);
  const t = ctx.tokens;
  while (end > k + 1 && (t.kinds[end - 1] === TokenKind.Break || FINAL_PUNCT.has(t.lower[end - 1]!))) end--;
  return end;
}

/** Number of word tokens in [from, to). */
export function wordsBetween(ctx: QuoteContext, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (ctx.tokens.kinds[i] === TokenKind.Word) n++;
  return n;
}

/** A draft for content tokens [from, to) with cue `k`: mixed when a quoted span lies inside. */
export function draft(ctx: QuoteContext, from: number, to: number, k: number, speaker: Phrase): Draft {
  const t = ctx.tokens;
  let kind: Draft['kind'] = 'indirect';
  for (let i = from; i < to; i++) if (ctx.spanOf[i]! >= 0) kind = 'mixed';
  // A quote opened in the content and running past its sentence ("that he would “carpet-bomb them.
  // I don't know …”") is reported whole, to its closing mark.
  const open = ctx.spanOf[to - 1]!;
  const end = open >= 0 && ctx.spans[open]!.open >= from ? ctx.spans[open]!.end : t.ends[to - 1]!;
  return { contentStart: t.starts[from]!, contentEnd: end, cueFirst: k, cueLast: k, speaker, kind };
}

/** Words that open a time after a cue ("said Thursday", "said last week", "said again"). */
const TIME_LEADS = new Set([
  'again', 'earlier', 'friday', 'last', 'later', 'monday', 'recently', 'repeatedly', 'saturday', 'sunday', 'this', 'thursday', 'today',
  'tonight', 'tuesday', 'twice', 'wednesday', 'yesterday',
]);

/** Nouns of a time after "this" or "last". */
const TIME_NOUNS = new Set(['afternoon', 'evening', 'fall', 'month', 'morning', 'night', 'spring', 'summer', 'week', 'weekend', 'winter', 'year']);

/** True when what follows the cue at `k` to its sentence's end is a time (and a place or show),
 * with no clause of its own: no "that" and no subject pronoun. */
function onlyTimeAfter(ctx: QuoteContext, k: number, sentenceEnd: number): boolean {
  const t = ctx.tokens;
  if (!TIME_LEADS.has(t.lower[k + 1] ?? '')) return false;
  // "…, claiming this was a departure": a participle continues its clause, and "this" or "last"
  // opens a time only before a time noun ("this week", "last month").
  if (t.lower[k]!.endsWith('ing')) return false;
  if ((t.lower[k + 1] === 'this' || t.lower[k + 1] === 'last') && !TIME_NOUNS.has(t.lower[k + 2] ?? '')) return false;
  for (let j = k + 1; j < sentenceEnd; j++) {
    const w = t.lower[j]!.replace(CONTRACTION, '');
    if (w === 'that' || CLAUSE_PRONOUNS.has(w)) return false;
  }
  return true;
}
