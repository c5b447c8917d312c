// Quotes without a verb, where a name and a colon stand for "said": a title line "Name: ‘Words’"
// or "Name: Words" ("Graham: Trump’s Rhetoric Destroying GOP’s Chance", "Clinton to Planned
// Parenthood: …"), and a paragraph that opens with a speaker's name, as transcripts print them
// ("Matthews: Well, speculation is bad"). Elsewhere a colon after a name mostly opens a list.
import type { Draft, QuoteContext } from './quote-context.ts';
import { cueStrength } from './cue-verbs.ts';
import { wordsBetween } from './indirect-attribution.ts';
import { phraseStartingAt, type Phrase } from './speaker-phrase.ts';
import { DASHES, TokenKind, isCapitalised } from './text-tokens.ts';

const SINGLE_OPENERS = new Set(["'", '‘']);
/** Most tokens of a title before its colon. */
const MAX_LEAD = 12;
/** Most tokens of a speaker's name that opens a paragraph. */
const MAX_LABEL = 5;
/** Fewest words after the colon of a title or label without quotation marks. */
const MIN_WORDS = 3;
/** Leads that label the story or a note, not a speaker ("The Latest: …", "Correction: …"). */
const LABELS = new Set([
  'breaking', 'contributing', 'correction', 'exclusive', 'latest', 'live', 'note', 'photos', 'revealed', 'update', 'video', 'watch',
]);
/** Lower-case words a title's lead may carry after the name ("Clinton camp:"). */
const MAX_LEAD_TAIL = 2;

/** The attribution of a title line "Name: ‘…’" or "Name: …", or none. */
export function findHeadlineQuote(ctx: QuoteContext): Draft[] {
  const t = ctx.tokens;
  let end = 0;
  while (end < t.count && t.kinds[end] !== TokenKind.Break) end++;
  for (let c = 1; c < end - 2 && c <= MAX_LEAD; c++) {
    if (t.lower[c] !== ':') continue;
    // "EXCLUSIVE – Roger Stone: …": a label and a dash before the name.
    const first = c > 2 && DASHES.has(t.lower[1]!) ? 2 : 0;
    const speaker = phraseStartingAt(t, first, c);
    if (speaker === null) return [];
    let last = end - 1;
    while (last > c + 2 && t.lower[last] === '.') last--;
    const draft: Draft = { contentStart: t.starts[c + 1]!, contentEnd: t.ends[last]!, cueFirst: c, cueLast: c, speaker, kind: 'direct' };
    if (SINGLE_OPENERS.has(t.lower[c + 1]!) && t.kinds[c + 2] === TokenKind.Word) return [draft];
    // "X told reporters: “…”": a double-quoted title is the direct pass's.
    if (t.kinds[c + 1] === TokenKind.Quote || !namesLead(ctx, speaker, c) || LABELS.has(t.lower[speaker.last]!) || wordsBetween(ctx, c + 1, last + 1) < MIN_WORDS) return [];
    return [{ ...draft, kind: 'indirect' }];
  }
  return [];
}

/** True when the lead before the colon at `colon` is the speaker's name, with at most a hearer
 * ("Clinton to Planned Parenthood:") or a lower-case word or two ("Clinton camp:") after it. */
function namesLead(ctx: QuoteContext, speaker: Phrase, colon: number): boolean {
  const t = ctx.tokens;
  const next = speaker.last + 1;
  if (next === colon || t.lower[next] === 'to') return true;
  if (colon - next > MAX_LEAD_TAIL) return false;
  for (let i = next; i < colon; i++) if (t.kinds[i] !== TokenKind.Word || isCapitalised(t, i) || cueStrength(t.lower[i]!) !== undefined) return false;
  return true;
}

/** Paragraphs that open with a speaker's name and a colon ("Lopez: Well, no one is like …"),
 * not a one-letter Q or A, a note, or a quotation (the direct pass takes "Clinton: “…”"). */
export function findLabelQuotes(ctx: QuoteContext): Draft[] {
  const t = ctx.tokens;
  const drafts: Draft[] = [];
  for (let b = 0; b + 1 < t.count; b++) {
    if (t.kinds[b] !== TokenKind.Break) continue;
    const p = b + 1;
    if (!isCapitalised(t, p) || t.ends[p]! - t.starts[p]! < 2) continue;
    const speaker = phraseStartingAt(t, p, Math.min(t.count, p + MAX_LABEL));
    const colon = speaker ? speaker.last + 1 : -1;
    if (speaker === null || t.lower[colon] !== ':' || t.kinds[colon + 1] !== TokenKind.Word || LABELS.has(t.lower[speaker.last]!)) continue;
    if (!allCapitalised(ctx, speaker)) continue;
    let end = colon + 1;
    while (end < t.count && t.kinds[end] !== TokenKind.Break) end++;
    if (wordsBetween(ctx, colon + 1, end) < MIN_WORDS) continue;
    drafts.push({ contentStart: t.starts[colon + 1]!, contentEnd: t.ends[end - 1]!, cueFirst: colon, cueLast: colon, speaker, kind: 'indirect' });
    b = end - 1;
  }
  return drafts;
}

/** True when every word of the phrase is capitalised (a name, not "A new poll"). */
function allCapitalised(ctx: QuoteContext, phrase: Phrase): boolean {
  for (let i = phrase.first; i <= phrase.last; i++) if (ctx.tokens.kinds[i] === TokenKind.Word && !isCapitalised(ctx.tokens, i)) return false;
  return true;
}
