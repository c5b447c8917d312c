// Sentence boundaries with character offsets: a line break, or . ! ? … (not after an
// abbreviation or an initial) followed by closing marks, space and something that can begin a
// sentence. A regular-expression scan rather than wink-nlp: on the 50-article story of
// bench/briefings.ts wink costs 27 ms of CPU of the 200 ms budget, this scan 7 ms. On the
// NeuS and BASIL texts the two agree on 23,341 boundaries; wink alone splits 523 more (mostly
// its errors after "Rev.", "Sens.", "(R-Ky.)"), this scan 52 more (before "v." it now knows).
import { ABBREVIATIONS, SENTENCE_STARTERS } from './sentence-abbreviations.ts';

/** A half-open character range `[start, end)` of one sentence, trimmed of surrounding whitespace. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const CANDIDATE = /[.!?…]+["'”’)\]]*(?=\s+["“‘'([]?[\p{Lu}\p{N}])|\n/gu;
const WORD_BEFORE = /([\p{L}.]+)\.$/u;
const WORD_AFTER = /^\s+["“‘'([]?([\p{L}]+)/u;

/** The sentences of `text` as trimmed spans, in order; blank text gives none. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const end = m.index! + m[0].length;
    if (m[0] !== '\n' && !endsSentence(text, m.index!, end, m[0])) continue;
    pushTrimmed(text, from, end, spans);
    from = end;
  }
  pushTrimmed(text, from, text.length, spans);
  return joinOpenQuotes(text, spans).map((span) => withoutDateline(text, span));
}

/** True when the mark at `at` ends a sentence: not an abbreviation's or an initial's period. */
function endsSentence(text: string, at: number, end: number, mark: string): boolean {
  if (!mark.startsWith('.') || mark.startsWith('..')) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at + 1));
  if (!before) return true;
  const word = before[1]!;
  const lower = word.toLowerCase().replace(/^\.+/, '');
  const next = WORD_AFTER.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(lower)) return lower.includes('.') && SENTENCE_STARTERS.has(next);
  // An initial ("George W. Bush") or a short dotted form ("D.C.") ends a sentence only before a clear starter.
  if (/^\p{Lu}$/u.test(word) || (lower.includes('.') && lower.length <= 5)) return SENTENCE_STARTERS.has(next);
  return true;
}

/** Joins a sentence that leaves a quotation open to the next ones until it closes (within a paragraph), so a quote is never cut. */
function joinOpenQuotes(text: string, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    let span = spans[i]!;
    while (quoteOpen(text.slice(span.start, span.end)) && i + 1 < spans.length && !text.slice(span.end, spans[i + 1]!.start).includes('\n')) {
      span = { start: span.start, end: spans[++i]!.end };
    }
    out.push(span);
  }
  return out;
}

/** True when `sentence` opens more quotations than it closes (curly marks, or an odd number of straight ones). */
function quoteOpen(sentence: string): boolean {
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (const c of sentence) {
    if (c === '“') opens++;
    else if (c === '”') closes++;
    else if (c === '"') straight++;
  }
  return opens + closes > 0 ? opens > closes : straight % 2 === 1;
}

/** A dateline ("(CNN)", "WASHINGTON (AP) —", "LONDON —") is not part of the sentence: the span starts after it. */
const DATELINE = /^(?:\((?:CNN|AP|Reuters|AFP|UPI)\)\s*|[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+)*(?:,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)*)?[ ]*(?:\((?:AP|Reuters|AFP|UPI|CNN)\)[ ]*)?[—–-]+[ ]*|[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+)*(?:,[ ][A-Z][\w.]*)?[ ]*\((?:AP|Reuters|AFP|UPI|CNN)\)[ ]*)/;

/** The span without a leading dateline, when something is left after it. */
function withoutDateline(text: string, span: SentenceSpan): SentenceSpan {
  const m = DATELINE.exec(text.slice(span.start, Math.min(span.end, span.start + 80)));
  if (!m || m[0].length === 0 || span.start + m[0].length >= span.end - 1) return span;
  return { start: span.start + m[0].length, end: span.end };
}

/** Adds `[start, end)` trimmed of whitespace, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = Math.min(end, text.length);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}
