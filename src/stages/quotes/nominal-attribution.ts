// Attributions carried by a noun after a possessive: "Trump's promise to deport …", "his
// warning that …", and a view stated with a copula: "Rubio's response was that …". The possessor is the source;
// the content is the noun's complement, to the end of its sentence (the clause it heads has no
// clear end without a parser, and a content that runs on still holds the words reported). A stance
// received from its holder ("The plan drew criticism from Democrats") was tried and dropped: on
// BASIL/ECB+ news 2 of its 10 attributions were right (the holder stopped at "and", the subject was
// a fragment).
import { contentEnd, draft, wordsBetween } from './indirect-attribution.ts';
import type { Draft, QuoteContext } from './quote-context.ts';
import { phraseEndingAt, type Phrase } from './speaker-phrase.ts';
import { TokenKind, isCapitalised } from './text-tokens.ts';
import { isPossessive } from './word-classes.ts';

/** Nouns that report what their possessor said or promised, or whom they attacked or endorsed
 * ("Trump's attacks on Mexico", "her endorsement of Clinton"). Nouns that name the words without
 * their content ("comments", "remarks", "statement", "criticism") matched an annotated attribution
 * under half the time on PolNeAR train, so they are left out; so is "call" ("Trump's call for a
 * ban …" is mostly the topic of someone else's words there: 2 of 17 right), and of the nouns of
 * stance "support" (3 of 34), "opposition" (3 of 9) and "attack" (1 of 5). */
const NOMINAL_CUES = new Set([
  'argument', 'assertion', 'claim', 'insistence', 'pledge', 'pledges', 'promise', 'promises', 'suggestion', 'vow', 'vows',
  'warning', 'warnings', 'attacks', 'endorsement',
]);
/** Words that open a noun's complement: kept ("promise to", "claim that") or skipped ("comments about"). */
const KEPT_LEADS = new Set(['that', 'to']);
const SKIPPED_LEADS = new Set(['about', 'against', 'for', 'of', 'on']);
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their']);
/** Fewest words of a nominal content. */
const MIN_WORDS = 2;

/** Attributions at nominal cues after a possessive, in text order. */
export function findNominalQuotes(ctx: QuoteContext): Draft[] {
  const t = ctx.tokens;
  const drafts: Draft[] = [];
  for (let k = 1; k + 1 < t.count; k++) {
    if (!NOMINAL_CUES.has(t.lower[k]!) || ctx.usedCue[k] === 1 || ctx.spanOf[k]! >= 0 || isCapitalised(t, k)) continue;
    const source = possessor(ctx, k - 1);
    if (source === null) continue;
    const lead = t.lower[k + 1]!;
    const from = KEPT_LEADS.has(lead) ? k + 1 : SKIPPED_LEADS.has(lead) ? k + 2 : -1;
    if (from < 0) continue;
    const end = contentEnd(ctx, k);
    if (from >= end || wordsBetween(ctx, from, end) < MIN_WORDS) continue;
    ctx.usedCue[k] = 1;
    drafts.push(draft(ctx, from, end, k, source));
  }
  return drafts;
}

/** Nouns of a view, an answer or an aim whose content a copula states ("his argument is that …",
 * "Rubio's response was that …", "Their fear is that …", "her goal is to …"); general English. */
const STATED_NOUNS = new Set([
  'aim', 'answer', 'argument', 'assessment', 'assumption', 'belief', 'bet', 'calculation', 'case', 'claim', 'concern', 'contention',
  'conclusion', 'defense', 'excuse', 'explanation', 'fear', 'feeling', 'goal', 'guess', 'hope', 'impression', 'instinct',
  'intention', 'line', 'mantra', 'message', 'pitch', 'plan', 'point', 'position', 'promise', 'reaction', 'reasoning', 'refrain',
  'response', 'retort', 'sense', 'strategy', 'suggestion', 'theory', 'thinking', 'view', 'warning', 'worry',
]);
/** Nouns of an aim, whose content may be an infinitive ("her goal is to …"). */
const AIM_NOUNS = new Set(['aim', 'goal', 'hope', 'intention', 'plan', 'strategy']);
const COPULAS = new Set(['is', 'was']);
/** Most tokens between a possessor and its noun of a view ("Mr. Comey's [most surprising] suggestion"). */
const MAX_NOUN_MODIFIERS = 3;
/** Most tokens between the noun and its copula ("argument [on Sunday] was"). */
const MAX_NOUN_TAIL = 6;

/** "Rubio's response was that …", "Their fear is that …", "His goal is to …": a noun of a view
 * after a possessor, whose content follows the copula and "that" (or "to" for an aim); the possessor
 * holds the view. Without "that" ("My view is we …", "Her answer was: …") nothing matched more on
 * PolNeAR train. */
export function findStatedViews(ctx: QuoteContext): Draft[] {
  const t = ctx.tokens;
  const drafts: Draft[] = [];
  for (let k = 1; k + 2 < t.count; k++) {
    if (!STATED_NOUNS.has(t.lower[k]!) || ctx.usedCue[k] === 1 || ctx.spanOf[k]! >= 0) continue;
    const source = possessorNear(ctx, k);
    if (source === null) continue;
    let c = k + 1;
    while (c < t.count && c - k <= MAX_NOUN_TAIL && t.kinds[c] === TokenKind.Word && !COPULAS.has(t.lower[c]!) && t.lower[c] !== 'that') c++;
    if (!COPULAS.has(t.lower[c]!) || ctx.spanOf[c]! >= 0) continue;
    const from = t.lower[c + 1] === 'that' || (t.lower[c + 1] === 'to' && AIM_NOUNS.has(t.lower[k]!)) ? c + 1 : -1;
    if (from < 0) continue;
    const end = contentEnd(ctx, k);
    if (from >= end || wordsBetween(ctx, from, end) < MIN_WORDS + 1) continue;
    ctx.usedCue[k] = 1;
    drafts.push(draft(ctx, from, end, k, source));
  }
  return drafts;
}

/** The possessor right before the noun at `k` or before up to three lower-case modifiers of it, or null. */
function possessorNear(ctx: QuoteContext, k: number): Phrase | null {
  const t = ctx.tokens;
  for (let p = k - 1; p >= 0 && k - p <= MAX_NOUN_MODIFIERS + 1; p--) {
    const found = possessor(ctx, p);
    if (found !== null) return found;
    if (t.kinds[p] !== TokenKind.Word || isCapitalised(t, p)) return null;
  }
  return null;
}

/** The possessor ending at token `p`: "his", "their" or a name in -'s ("Donald Trump's"), or null. */
function possessor(ctx: QuoteContext, p: number): Phrase | null {
  const t = ctx.tokens;
  const w = t.lower[p]!;
  if (t.kinds[p] !== TokenKind.Word || ctx.spanOf[p]! >= 0) return null;
  if (POSSESSIVE_PRONOUNS.has(w)) return { first: p, last: p };
  if (!isPossessive(w) || !isCapitalised(t, p)) return null;
  return phraseEndingAt(t, p, Math.max(0, ctx.sentences.startOf[p]!)) ?? { first: p, last: p };
}
