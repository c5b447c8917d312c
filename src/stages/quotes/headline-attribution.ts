// Headline quotes: a title line "Name: ‘Words’" or "Name: Words" quotes the named speaker with
// no verb, as headlines do ("Graham: Trump’s Rhetoric Destroying GOP’s Chance"). Only the first
// line of a text is read as a title, since elsewhere a colon after a name mostly introduces a list.
import type { Draft, QuoteContext } from './quote-context.ts';
import { phraseStartingAt } from './speaker-phrase.ts';
import { TokenKind } from './text-tokens.ts';

const SINGLE_OPENERS = new Set(["'", '‘']);
/** Most tokens of a title before its colon. */
const MAX_LEAD = 12;
/** Fewest words after the colon of a title without quotation marks. */
const MIN_HEADLINE_WORDS = 3;
/** Title leads that label the story, not a speaker ("The Latest: …", "Breaking: …"). */
const LABELS = new Set(['breaking', 'exclusive', 'latest', 'live', 'photos', 'revealed', 'update', 'video', 'watch']);

/** The attribution of a title line "Name: ‘…’" or "Name: …", or none. */
export function findHeadlineQuote(ctx: QuoteContext): Draft[] {
  const t = ctx.tokens;
  let end = 0;
  while (end < t.count && t.kinds[end] !== TokenKind.Break) end++;
  for (let c = 1; c < end - 2 && c <= MAX_LEAD; c++) {
    if (t.lower[c] !== ':') continue;
    const speaker = phraseStartingAt(t, 0, c);
    if (speaker === null) return [];
    let last = end - 1;
    while (last > c + 2 && t.lower[last] === '.') last--;
    const draft: Draft = { contentStart: t.starts[c + 1]!, contentEnd: t.ends[last]!, cueFirst: c, cueLast: c, speaker, kind: 'direct' };
    if (SINGLE_OPENERS.has(t.lower[c + 1]!) && t.kinds[c + 2] === TokenKind.Word) return [draft];
    // Without marks the whole lead must be the name, and not a label of the story.
    if (speaker.last !== c - 1 || LABELS.has(t.lower[speaker.last]!) || wordsIn(ctx, c + 1, last + 1) < MIN_HEADLINE_WORDS) return [];
    return [{ ...draft, kind: 'indirect' }];
  }
  return [];
}

/** Number of word tokens in [from, to). */
function wordsIn(ctx: QuoteContext, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (ctx.tokens.kinds[i] === TokenKind.Word) n++;
  return n;
}
