// A sentence lifted out of its article should not open with a connective that points at a
// sentence the reader does not see ("But Democrats said…", "However, Trump…"). The span starts
// after the connective when what is left is still a sentence: it begins with a capital (a name,
// so nothing is lower-cased or rewritten) and keeps the source's own final punctuation, so the
// text stays a verbatim slice of the article.
//
// Only connectives are dropped. Attributions ("…, officials said.") and time phrases ("On
// Friday, …") stay: the house style keeps reported speech attributed, and AllSides' editors keep
// both (their summaries copy "senior national security officials said Thursday" as written).
import type { SentenceSpan } from './sentence-split.ts';

/** Coordinators that may stand without a comma ("But Trump said…"). */
const COORDINATOR = String.raw`(?:But|And|Yet|So)[ ]+`;
/** Sentence adverbs, dropped only when set off by a comma ("However, Trump…"). */
const ADVERB = String.raw`(?:However|Meanwhile|Still|Yet|Also|Now|Instead|Separately|Additionally|Moreover|Furthermore|In addition|Indeed|Nonetheless|Nevertheless|Even so|Of course)[ ]*,[ ]+`;
/** What must follow: a capital letter, optionally after an opening quotation mark. */
const CONNECTIVE = new RegExp(String.raw`^(?:${COORDINATOR}|${ADVERB})(?=["“‘]?\p{Lu})`, 'u');
/** A sentence with fewer words left than this keeps its connective (it would be a fragment). */
const MIN_WORDS_LEFT = 5;

/** The span without a leading connective, when a sentence of at least five words is left. */
export function withoutConnective(text: string, span: SentenceSpan): SentenceSpan {
  const m = CONNECTIVE.exec(text.slice(span.start, Math.min(span.end, span.start + 40)));
  if (!m) return span;
  const start = span.start + m[0].length;
  const left = text.slice(start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return left >= MIN_WORDS_LEFT ? { start, end: span.end } : span;
}

/** A trailing ellipsis, possibly after the sentence's own period ("…in 1993....", "…after..."). */
const TRAILING_ELLIPSIS = /(?:\.\.\.|…)\s*$/u;
/** A sentence's own end before the ellipsis. */
const SENTENCE_END = /[.!?]["”’)]*$/u;

/**
 * The last sentence of an excerpt that a feed or an aggregator cut off with "...": the span
 * without the ellipsis when a whole sentence stands before it ("…from 1989 to 1993...."), or null
 * when the sentence itself was cut ("…shot and killed after..."), since a briefing must not show
 * half a sentence. An ellipsis inside the text (an elided quotation) is left alone.
 */
export function withoutTruncation(text: string, span: SentenceSpan): SentenceSpan | null {
  const sentence = text.slice(span.start, span.end);
  const m = TRAILING_ELLIPSIS.exec(sentence);
  if (!m || text.slice(span.end).trim() !== '') return span;
  const before = sentence.slice(0, m.index).trimEnd();
  return SENTENCE_END.test(before) && before.length > 0 ? { start: span.start, end: span.start + before.length } : null;
}
