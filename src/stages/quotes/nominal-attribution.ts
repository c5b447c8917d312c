// Attributions carried by a noun after a possessive: "Trump's promise to deport …", "his
// warning that …". The possessor is the source;
// the content is the noun's complement, to the end of its sentence (the clause it heads has no
// clear end without a parser, and a content that runs on still holds the words reported).
import { contentEnd, draft, wordsBetween } from './indirect-attribution.ts';
import type { Draft, QuoteContext } from './quote-context.ts';
import { phraseEndingAt, type Phrase } from './speaker-phrase.ts';
import { TokenKind, isCapitalised } from './text-tokens.ts';
import { isPossessive } from './word-classes.ts';

/** Nouns that report what their possessor said or promised. Nouns that name the words without
 * their content ("comments", "remarks", "statement", "criticism") matched an annotated attribution
 * under half the time on PolNeAR train, so they are left out; so is "call" ("Trump's call for a
 * ban …" is mostly the topic of someone else's words there: 2 of 17 right). */
const NOMINAL_CUES = new Set([
  'argument', 'assertion', 'claim', 'insistence', 'pledge', 'pledges', 'promise', 'promises', 'suggestion', 'vow', 'vows',
  'warning', 'warnings',
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

/** The possessor ending at token `p`: "his", "their" or a name in -'s ("Donald Trump's"), or null. */
function possessor(ctx: QuoteContext, p: number): Phrase | null {
  const t = ctx.tokens;
  const w = t.lower[p]!;
  if (t.kinds[p] !== TokenKind.Word || ctx.spanOf[p]! >= 0) return null;
  if (POSSESSIVE_PRONOUNS.has(w)) return { first: p, last: p };
  if (!isPossessive(w) || !isCapitalised(t, p)) return null;
  return phraseEndingAt(t, p, Math.max(0, ctx.sentences.startOf[p]!)) ?? { first: p, last: p };
}
