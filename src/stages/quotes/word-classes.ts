// Small closed word classes the attribution rules walk over, as sorted sets of lower-case words.

/** Pronouns and relative pronouns that can be a speaker mention on their own. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'i', 'it', 'one', 'she', 'that', 'they', 'we', 'which', 'who', 'you']);

/** Words that begin a common-noun phrase ("the president", "a spokeswoman", "his campaign"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'another', 'both', 'each', 'her', 'his', 'its', 'many', 'most', 'my', 'one', 'our', 'several', 'some', 'that', 'the',
  'their', 'these', 'this', 'those', 'two', 'your',
]);

/** Determiners that cannot stand for a speaker on their own ("the", "his"), unlike "many" or "both". */
export const BARE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'her', 'his', 'its', 'my', 'our', 'the', 'their', 'your']);

/** Auxiliaries and adverbs that may sit between a speaker and the cue ("has also said"). */
export const CUE_MODIFIERS: ReadonlySet<string> = new Set([
  'again', 'already', 'also', 'always', 'earlier', 'even', 'eventually', 'finally', 'first', 'frequently', 'further', 'had',
  'has', 'have', 'later', 'long', 'often', 'once', 'only', 'previously', 'privately', 'publicly', 'quickly', 'recently',
  'repeatedly', 'seldom', 'simply', 'sometimes', 'then', 'would', 'yesterday',
]);

/** Words before a bare verb form that make it a verb ("they say", "would argue", "did not deny"). */
export const VERB_LEADS: ReadonlySet<string> = new Set([
  'both', 'can', 'could', 'did', 'do', 'does', 'few', 'i', 'many', 'may', 'might', 'most', 'must', "n't", 'never', 'not', 'others', 'should',
  'some', 'they', 'to', 'we', 'will', 'would', 'you',
]);

/** Words that stop a walk over a noun phrase: verbs, prepositions and conjunctions that no name contains. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'after', 'also', 'and', 'are', 'as', 'at', 'because', 'before', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'if', 'in',
  'is', 'not', 'on', 'or', 'since', 'so', 'than', 'that', 'to', 'was', 'were', 'when', 'where', 'whether', 'while', 'with',
]);

/** Words that may join the capitalised words of one name ("Department of State", "Joel Pollak of Breitbart"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['al', 'bin', 'da', 'de', 'del', 'der', 'di', 'du', 'la', 'le', 'of', 'van', 'von']);

/** Calendar words: capitalised, but never a speaker ("on Monday", "in March"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'april', 'august', 'december', 'february', 'friday', 'january', 'july', 'june', 'march', 'may', 'monday', 'november',
  'october', 'saturday', 'september', 'sunday', 'thursday', 'tuesday', 'wednesday',
]);

/** Words before an -ing cue that make it one: forms of "be", "kept", "began", "by" ("is saying", "by saying"). */
export const PROGRESSIVE_LEADS: ReadonlySet<string> = new Set([
  'are', 'be', 'been', 'began', 'by', 'is', 'keeps', 'kept', "'re", "'s", 'started', 'was', 'were', '’re', '’s',
]);

/** A subject pronoun with a contracted "be" ("they’re", "he's", "I'm"). */
export const BE_CONTRACTION = /^(?:he|i|it|she|they|we|who|you)['’](?:s|re|m)$/;

/** A negated auxiliary in one token ("don’t", "didn't", "won’t"). */
export const NEGATION = /n['’]t$/;

/** A contracted verb glued to its subject ("it’s", "they're", "we'll"), to strip it off. */
export const CONTRACTION = /['’](?:s|re|ll|d|ve|m)$/;

/** True when a lower-case word is a possessive in -'s ("trump's", "the party’s"). */
export function isPossessive(w: string): boolean {
  return w.endsWith("'s") || w.endsWith('’s');
}

/** True when a word starts with a digit ("42", "40%", "20,000"). */
export function isDigitWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}
