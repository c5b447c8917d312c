// Direct quotes: each quoted span with its cue, and the spans that continue it (the next
// sentence or paragraph of the same quote, or the second half of a quote split by its cue)
// merged into one attribution whose content runs from the first mark to the last.
import type { Draft, QuoteContext } from './quote-context.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { cueAfter, cueBefore, type CueMatch } from './cue-search.ts';
import { isAccordingTo } from './cue-position.ts';
import { DASHES, TokenKind, isCapitalised } from './text-tokens.ts';
import { HEARER_VERBS } from './cue-verbs.ts';
import { phraseStartingAt } from './speaker-phrase.ts';
import { BARE_DETERMINERS, isPossessive } from './word-classes.ts';

/** Quoted spans shorter than this, with no cue of their own, are names or scare quotes. */
const MIN_WORDS = 1;

/** A direct attribution under construction: its draft and the last span merged into it. */
interface OpenQuote {
  draft: Draft;
  lastClose: number;
}

/** Direct attributions of the text, in order; marks the cues it uses. */
export function findDirectQuotes(ctx: QuoteContext): Draft[] {
  const drafts: Draft[] = [];
  let previous: OpenQuote | null = null;
  // Paragraphs of a quote with no cue yet ("“A.¶“B,” she said."): they join the first cue found.
  let pendingStart = -1;
  let pendingLast = -2;
  ctx.spans.forEach((span, index) => {
    if (span.words < MIN_WORDS) return;
    const chained = span.reopens && pendingLast === index - 1;
    const match = ownCue(ctx, span);
    if (match === null || match === 'continues') {
      if (previous && continues(ctx, previous, span, match === 'continues')) {
        previous.draft = { ...previous.draft, contentEnd: span.end };
        previous.lastClose = span.close;
        drafts[drafts.length - 1] = previous.draft;
        pendingLast = -2;
      } else if (!span.closed) {
        if (!chained) pendingStart = span.start;
        pendingLast = index;
      } else pendingLast = -2;
      return;
    }
    for (let k = match.cueFirst; k <= match.cueLast; k++) ctx.usedCue[k] = 1;
    const lead = match.cueLast < span.open ? leadStart(ctx, match, span) : -1;
    const contentStart = chained ? pendingStart : lead >= 0 ? ctx.tokens.starts[lead]! : span.start;
    // "“…,” she said of the ruling": the topic after the cue stays out, so the quote shown is the
    // words quoted (PolNeAR counts it in; taking it turned 12 of 12 such direct quotes in BASIL and
    // ECB+ articles into mixed ones with the cue inside). A quoted sentence finished after the cue does run on.
    const topic = match.cueFirst > span.close ? runOnEnd(ctx, match) : -1;
    const contentEnd = topic >= 0 ? ctx.tokens.ends[topic]! : match.tailEnd === undefined ? span.end : ctx.tokens.ends[match.tailEnd]!;
    const mixed = (lead >= 0 && !chained) || match.tailEnd !== undefined || topic >= 0;
    const draft: Draft = { contentStart, contentEnd, cueFirst: match.cueFirst, cueLast: match.cueLast, speaker: match.speaker, kind: mixed ? 'mixed' : 'direct' };
    drafts.push(draft);
    previous = { draft, lastClose: span.close };
    pendingLast = -2;
  });
  markUsedSpans(ctx, drafts);
  return drafts;
}

/** Marks the quoted spans that lie in the content of `drafts` (in text order). */
function markUsedSpans(ctx: QuoteContext, drafts: readonly Draft[]): void {
  let d = 0;
  ctx.spans.forEach((span, index) => {
    while (d < drafts.length && drafts[d]!.contentEnd <= span.start) d++;
    if (d < drafts.length && drafts[d]!.contentStart <= span.start) ctx.usedSpan[index] = 1;
  });
}

/** Words that open a reported clause between a cue and its quote ("said that in her state, “…”"). */
const CLAUSE_OPENERS = new Set([
  'although', 'because', 'he', 'if', 'it', 'once', 'she', 'since', 'that', 'they', 'though', 'unless', 'we', 'whatever', 'when',
  'whether', 'while',
]);

/** Where the content of a quote with its cue before it starts, when it starts before the mark:
 * at the sentence start when the quote carries on a clause begun before the speaker ("That, the
 * panel said, “would help.”"), or after the cue when a reported clause leads into the quote ("Bell
 * said that if …, “…”"); else -1. A discourse adverb before the speaker ("But, Mr. Ryan said, “…”")
 * stays outside: PolNeAR's content starts at the mark. */
function leadStart(ctx: QuoteContext, match: CueMatch, span: QuoteSpan): number {
  const t = ctx.tokens;
  const sentence = ctx.sentences.startOf[match.cueFirst]!;
  const lead = match.speaker && match.speaker.first < match.cueFirst ? match.speaker.first : match.cueFirst;
  // A quote opening in lower case carries on a clause begun before it ("That, the panel said, “would help.”").
  const fragment = t.kinds[span.open + 1] === TokenKind.Word && !isCapitalised(t, span.open + 1);
  if (sentence < lead && fragment && (t.lower[lead - 1] === ',' || splitAfter(ctx, match, lead))) return sentence;
  let gap = match.cueLast + 1;
  if (HEARER_VERBS.has(t.lower[match.cueLast]!)) return fragment ? thatBefore(ctx, gap, span.open) : -1;
  while (gap < span.open && t.kinds[gap] !== TokenKind.Word) gap++;
  if (gap >= span.open || t.kinds[gap - 1] === TokenKind.Break) return -1;
  // A lower-case quote after a clause of the speaker's carries that clause on ("says no matter what, “his word …”").
  // "noted the change from the usual slogan, “…”", "added a caveat: “…”": an object before the quote
  // is what the quote stands beside, part of the content (not the source after "according to").
  const object = BARE_DETERMINERS.has(t.lower[gap]!) && !isAccordingTo(ctx, match.cueFirst);
  return CLAUSE_OPENERS.has(t.lower[gap]!) || fragment || object ? gap : -1;
}

/** True when the speaker at `lead` and its cue split a quote that carries on a clause begun
 * before it ("Her support means “he must be doing something right,” she says, “but …”"): the
 * speaker follows the first half's closing mark and comma, and the cue follows the speaker. */
function splitAfter(ctx: QuoteContext, match: CueMatch, lead: number): boolean {
  const t = ctx.tokens;
  const speaker = match.speaker;
  return speaker !== null && speaker.first === lead && match.cueFirst - speaker.last <= 2 && t.kinds[lead - 1] === TokenKind.Quote && t.lower[lead - 2] === ',';
}

/** The first "that" in [from, to), or -1 ("told CNN that his comments “show bias”"). */
function thatBefore(ctx: QuoteContext, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (ctx.tokens.kinds[i] === TokenKind.Break) return -1;
    if (ctx.tokens.lower[i] === 'that') return i;
  }
  return -1;
}

/** The span's own cue; 'continues' when the cue before it is the one the previous quote used. */
function ownCue(ctx: QuoteContext, span: QuoteSpan): CueMatch | null | 'continues' {
  // "his book ''The Art of the Deal''", "the ''Medicare for all'' document": a title, not words said.
  if (isTitle(ctx, span)) return null;
  if (span.closed && (ctx.sentences.endOf[span.close]! > span.close + 1 || endsWithQuestion(ctx, span) || shortSentenceFollows(ctx, span))) {
    const after = cueAfter(ctx, span);
    // A quote that does not open its sentence is a fragment of it ("The plans are ''reckless,''
    // said Bell"): the reported-speech pass takes the whole sentence as mixed content.
    if (after && !opensSentence(ctx, span)) return null;
    if (after) return after;
  }
  const signed = signatureCue(ctx, span);
  if (signed) return signed;
  const before = cueBefore(ctx, span);
  if (before && ctx.usedCue[before.cueFirst] === 1) return 'continues';
  // "Obama said “it gets me mad” every time …": the quote is part of a longer reported clause.
  if (before && before.cueLast === span.open - 1 && continuesSentence(ctx, span)) return null;
  return before;
}

/** A quote signed with a dash and a name after it, on its line or the next ("“…”¶¶- Bernie Sanders.",
 * "“…” —President Obama, tweeting"): the dash is the cue. The name must end its line or be followed
 * by a comma, period or parenthesis, so that "“…” - Democrats in Iowa said" is not signed. */
function signatureCue(ctx: QuoteContext, span: QuoteSpan): CueMatch | null {
  const t = ctx.tokens;
  if (!span.closed) return null;
  let i = span.close + 1;
  if (i < t.count && t.kinds[i] === TokenKind.Break) i++;
  const dash = i;
  while (i < t.count && i - dash < 2 && DASHES.has(t.lower[i]!)) i++;
  if (i === dash || !isCapitalised(t, i)) return null;
  const speaker = phraseStartingAt(t, i, Math.min(t.count, i + 8));
  if (speaker === null) return null;
  const next = speaker.last + 1;
  const ends = next >= t.count || t.kinds[next] === TokenKind.Break || SIGNATURE_ENDS.has(t.lower[next]!);
  return ends ? { cueFirst: dash, cueLast: i - 1, speaker } : null;
}

const SIGNATURE_ENDS = new Set(['.', ',', '(']);

/** Nouns a title stands in apposition to ("in his memoir, ''Tough Choices''"). */
const WORK_NOUNS = new Set(['autobiography', 'book', 'column', 'essay', 'memoir', 'novel', 'op-ed', 'play', 'song']);

/** True when the quote is a title or label rather than words said. */
function isTitle(ctx: QuoteContext, span: QuoteSpan): boolean {
  const t = ctx.tokens;
  const j = span.open - 1;
  if (j < 0) return false;
  const w = t.lower[j]!;
  // A determiner or possessive straight before it makes it a name or title ("his ''Bernie flag''", "the ''Medicare for all'' plan").
  if (t.kinds[j] === TokenKind.Word) return BARE_DETERMINERS.has(w) || isPossessive(w) || WORK_NOUNS.has(w);
  return w === ',' && j > 0 && WORK_NOUNS.has(t.lower[j - 1]!);
}

/** True when `span` carries on the open quote: between them lie only breaks, punctuation and
 * the sentence that holds the open quote's cue ("…,” Spencer said, as fighters trained. “…”). */
function continues(ctx: QuoteContext, open: OpenQuote, span: QuoteSpan, sharesCue: boolean): boolean {
  if (sharesCue) return true;
  const t = ctx.tokens;
  const cueSentence = ctx.sentences.startOf[open.draft.cueFirst];
  for (let i = open.lastClose + 1; i < span.open; i++) {
    if (t.kinds[i] === TokenKind.Word && ctx.sentences.startOf[i] !== cueSentence) return false;
  }
  return true;
}

/** True when only a colon, a dash or nothing precedes the opening mark in its sentence. */
function opensSentence(ctx: QuoteContext, span: QuoteSpan): boolean {
  const start = ctx.sentences.startOf[span.open]!;
  if (start === span.open) return true;
  const before = ctx.tokens.lower[span.open - 1];
  return before === ':' || before === '—' || before === '(';
}

/** True when words of the same sentence follow the closing mark. */
function continuesSentence(ctx: QuoteContext, span: QuoteSpan): boolean {
  const next = span.close + 1;
  return span.closed && next < ctx.tokens.count && ctx.sentences.endOf[span.close]! > next && ctx.tokens.kinds[next] === TokenKind.Word;
}

/** Most tokens of a sentence that only attributes the quote before it ("… missing.” Trump said."). */
const ATTRIBUTION_SENTENCE = 8;

/** True when a short sentence follows the quote on its line, as a misplaced period leaves its cue. */
function shortSentenceFollows(ctx: QuoteContext, span: QuoteSpan): boolean {
  const next = span.close + 1;
  return next < ctx.tokens.count && ctx.tokens.kinds[next] === TokenKind.Word && ctx.sentences.endOf[next]! - next <= ATTRIBUTION_SENTENCE;
}

/** True when the quote ends with ? or ! inside its marks ("“Why?” Obama asked"), which ends no sentence before a cue. */
function endsWithQuestion(ctx: QuoteContext, span: QuoteSpan): boolean {
  const last = ctx.tokens.lower[span.close - 1];
  return last === '?' || last === '!';
}

/** Most tokens of a quoted sentence finished after its cue. */
const MAX_TOPIC = 40;

/** Words that carry a quoted clause on after its speaker's comma: "that" or a finite auxiliary
 * ("“Only you,” she said, would use the occasion …", "“It's our bad luck,” he said, that both …"). */
const RUN_ON_WORDS = new Set(['are', 'can', 'could', 'had', 'has', 'have', 'is', 'may', 'might', 'must', 'should', 'that', 'was', 'were', 'will', 'would']);

/** The last token of the words after "“…,” X said," that finish the quoted sentence (no quotation
 * mark among them), which PolNeAR counts in the content; -1 when none follow. */
function runOnEnd(ctx: QuoteContext, match: CueMatch): number {
  const t = ctx.tokens;
  if (match.speaker === null || match.speaker.last > match.cueFirst) return -1;
  const comma = match.cueLast + 1;
  if (t.lower[comma] !== ',' || !RUN_ON_WORDS.has(t.lower[comma + 1] ?? '')) return -1;
  const end = Math.min(ctx.sentences.endOf[comma]!, comma + 1 + MAX_TOPIC);
  for (let i = comma + 1; i < end; i++) if (ctx.spanOf[i]! >= 0) return -1;
  let last = end - 1;
  while (last > comma + 1 && t.kinds[last] !== TokenKind.Word) last--;
  return last;
}
