// Headline quotes: a title line "Name: ‘Words’" or "Name: 'Words'" quotes the named speaker with
// single marks and no verb, as headlines do. Only the first line of a text is read as a title,
// since single marks elsewhere are mostly apostrophes and quotes within quotes.
import type { Draft, QuoteContext } from './quote-context.ts';
import { phraseStartingAt } from './speaker-phrase.ts';
import { TokenKind } from './text-tokens.ts';

const SINGLE_OPENERS = new Set(["'", '‘']);
/** Most tokens of a title before its colon. */
const MAX_LEAD = 12;

/** The attribution of a title line "Name: ‘…’", or none. */
export function findHeadlineQuote(ctx: QuoteContext): Draft[] {
  const t = ctx.tokens;
  let end = 0;
  while (end < t.count && t.kinds[end] !== TokenKind.Break) end++;
  for (let c = 1; c < end - 2 && c <= MAX_LEAD; c++) {
    if (t.lower[c] !== ':') continue;
    if (!SINGLE_OPENERS.has(t.lower[c + 1]!) || t.kinds[c + 2] !== TokenKind.Word) return [];
    const speaker = phraseStartingAt(t, 0, c);
    if (speaker === null) return [];
    let last = end - 1;
    while (last > c + 2 && t.lower[last] === '.') last--;
    return [{ contentStart: t.starts[c + 1]!, contentEnd: t.ends[last]!, cueFirst: c, cueLast: c, speaker, kind: 'direct' }];
  }
  return [];
}
