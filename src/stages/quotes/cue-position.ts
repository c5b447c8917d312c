// Decides whether a reporting-verb form at a position is used as a verb of attribution, from
// its neighbours: "the report said" has a cue in "said" but not in "report".
import { cueStrength, isBareLemma, isPhrasalCue, type CueStrength } from './cue-verbs.ts';
import type { QuoteContext } from './quote-context.ts';
import { TokenKind, isCapitalised } from './text-tokens.ts';
import { CUE_MODIFIERS, DETERMINERS, PROGRESSIVE_LEADS, VERB_LEADS } from './word-classes.ts';

/** The cue strength of token `k` when it is a reporting verb outside quotes, else undefined.
 * `beforeQuote`: the verb leads straight into a quotation, so an -ing form needs no comma or "is". */
export function cueAt(ctx: QuoteContext, k: number, beforeQuote = false): CueStrength | undefined {
  const t = ctx.tokens;
  if (k < 0 || k >= t.count || t.kinds[k] !== TokenKind.Word || ctx.spanOf[k]! >= 0) return undefined;
  const word = t.lower[k]!;
  if (k + 1 < t.count && isPhrasalCue(word, t.lower[k + 1]!)) return 'speech';
  const strength = cueStrength(word);
  if (strength === undefined) return undefined;
  // Capitalised mid-sentence it is part of a name ("the Washington Post", "Tweet of the Day").
  if (isCapitalised(t, k) && ctx.sentences.startOf[k] !== k) return undefined;
  const prev = k > 0 ? t.lower[k - 1]! : '';
  if (DETERMINERS.has(prev) && prev !== 'that') return undefined;
  // A progressive form is a cue after a comma ("…, saying") or a form of "be" ("is saying"), not as an adjunct ("spent Monday arguing").
  if (word.endsWith('ing') && !beforeQuote && prev !== ',' && !PROGRESSIVE_LEADS.has(prev)) return undefined;
  if (isBareLemma(word) && !VERB_LEADS.has(prev) && !CUE_MODIFIERS.has(prev) && !(prev.length > 3 && prev.endsWith('s')) && !opensClause(ctx, k + 1)) return undefined;
  return strength;
}

/** Words that open a reported clause after a bare verb ("analysts, like Bush, say the troops …"). */
const CLAUSE_WORDS = new Set(['he', 'it', 'she', 'that', 'the', 'there', 'they', 'this', 'we']);

/** True when token `i` opens a reported clause: "that", a subject pronoun or "the". */
function opensClause(ctx: QuoteContext, i: number): boolean {
  return i < ctx.tokens.count && CLAUSE_WORDS.has(ctx.tokens.lower[i]!);
}

/** True when token `k` is the "according" of "according to". */
export function isAccordingTo(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens;
  return t.lower[k] === 'according' && k + 1 < t.count && t.lower[k + 1] === 'to' && ctx.spanOf[k]! < 0;
}
