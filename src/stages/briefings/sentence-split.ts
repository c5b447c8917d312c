// Sentence boundaries with character offsets. wink-nlp splits news text best of the tools tried
// (stack notes: 13/13 on U.S., Mr., Sen. and quotes); its tokenizer is lossless, so offsets are
// rebuilt from each token's preceding whitespace and length.
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A half-open character range `[start, end)` of one sentence, trimmed of surrounding whitespace. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

/** The sentences of `text` as trimmed spans, in order; blank text gives none. */
export function splitSentences(text: string): SentenceSpan[] {
  if (text.trim() === '') return [];
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i]!.length;
    starts[i] = pos;
    pos += values[i]!.length;
  }
  // wink is lossless in our tests; if a text ever breaks that, fall back rather than emit bad offsets.
  if (pos !== text.trimEnd().length && pos !== text.length) return paragraphSpans(text);
  const spans: SentenceSpan[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    spans.push(...splitAtBreaks(text, starts[first]!, starts[last]! + values[last]!.length));
  });
  return joinOpenQuotes(text, spans).map((span) => withoutDateline(text, span));
}

/** Joins a sentence that leaves a quotation open to the next ones until it closes (within a paragraph), so a quote is never cut. */
function joinOpenQuotes(text: string, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    let span = spans[i]!;
    while (quoteOpen(text.slice(span.start, span.end)) && i + 1 < spans.length && !/\n/.test(text.slice(span.end, spans[i + 1]!.start))) {
      span = { start: span.start, end: spans[++i]!.end };
    }
    out.push(span);
  }
  return out;
}

/** True when `sentence` opens more quotations than it closes (curly marks, or an odd number of straight ones). */
function quoteOpen(sentence: string): boolean {
  const opens = (sentence.match(/“/g) ?? []).length;
  const closes = (sentence.match(/”/g) ?? []).length;
  if (opens + closes > 0) return opens > closes;
  return (sentence.match(/"/g) ?? []).length % 2 === 1;
}

/** A dateline ("(CNN)", "WASHINGTON (AP) —", "LONDON —") is not part of the sentence: the span starts after it. */
const DATELINE = /^(?:\((?:CNN|AP|Reuters|AFP|UPI)\)\s*|[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+)*(?:,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)*)?[ ]*(?:\((?:AP|Reuters|AFP|UPI|CNN)\)[ ]*)?[—–-]+[ ]*|[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+)*(?:,[ ][A-Z][\w.]*)?[ ]*\((?:AP|Reuters|AFP|UPI|CNN)\)[ ]*)/;

/** The span without a leading dateline, when something is left after it. */
function withoutDateline(text: string, span: SentenceSpan): SentenceSpan {
  const m = DATELINE.exec(text.slice(span.start, span.end));
  if (!m || m[0].length === 0 || span.start + m[0].length >= span.end - 1) return span;
  return { start: span.start + m[0].length, end: span.end };
}

/** Splits a span at blank lines (a heading or a paragraph never runs into the next) and trims it. */
function splitAtBreaks(text: string, start: number, end: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const re = /\n\s*\n/g;
  re.lastIndex = start;
  let from = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    pushTrimmed(text, from, m.index, spans);
    from = m.index + m[0].length;
  }
  pushTrimmed(text, from, end, spans);
  return spans;
}

/** Whole paragraphs as spans: the fallback when token offsets cannot be trusted. */
function paragraphSpans(text: string): SentenceSpan[] {
  return splitAtBreaks(text, 0, text.length);
}

/** Adds `[start, end)` trimmed of whitespace, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = Math.min(end, text.length);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e });
}
