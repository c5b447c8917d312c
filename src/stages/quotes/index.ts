// Quotes stage: article text in, attributions out. Direct quotes are found first (quoted spans
// with a cue beside them); reported speech then takes the cues they left; every speaker
// mention is resolved against the names the article gave before it.
import type { Quote } from '../../core/quote.ts';
import { findDirectQuotes } from './direct-attribution.ts';
import { findHeadlineQuote, findLabelQuotes } from './headline-attribution.ts';
import { findIndirectQuotes } from './indirect-attribution.ts';
import { indexNames } from './name-index.ts';
import { findNominalQuotes, findStatedViews } from './nominal-attribution.ts';
import { withoutNestedEchoes } from './nested-attributions.ts';
import { analyseText, type Draft, type QuoteContext } from './quote-context.ts';
import { relativeAntecedent, resolveSpeaker } from './speaker-resolver.ts';
import type { NameIndex } from './name-index.ts';

/** Options of findQuotes. */
export interface FindQuotesOptions {
  /** Also report indirect and mixed ("X said that …") speech; default true. */
  readonly indirect?: boolean;
}

/** Every attribution in `text`, ordered by content start, with offsets into `text`. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const ctx = analyseText(text);
  // concat, not push(...spread): a 5 MB text can yield more drafts than the call stack takes arguments.
  const direct = findHeadlineQuote(ctx).concat(findDirectQuotes(ctx));
  const drafts = options.indirect === false ? direct : direct.concat(findLabelQuotes(ctx), findIndirectQuotes(ctx), findNominalQuotes(ctx), findStatedViews(ctx));
  drafts.sort((a, b) => a.contentStart - b.contentStart || a.contentEnd - b.contentEnd);
  const names = indexNames(ctx);
  return withoutNestedEchoes(ctx, drafts).map((draft) => toQuote(ctx, names, draft));
}

/** The public shape of a draft: character spans and the resolved speaker. */
function toQuote(ctx: QuoteContext, names: NameIndex, draft: Draft): Quote {
  const t = ctx.tokens;
  const speaker = draft.speaker ? resolveSpeaker(ctx, names, draft.speaker) : null;
  const antecedent = draft.speaker ? relativeAntecedent(ctx, draft.speaker) : null;
  const speakerFirst = antecedent ? antecedent.first : draft.speaker?.first;
  return {
    content: [draft.contentStart, draft.contentEnd],
    cue: [t.starts[draft.cueFirst]!, t.ends[draft.cueLast]!],
    speakerSpan: draft.speaker ? [t.starts[speakerFirst!]!, t.ends[draft.speaker.last]!] : null,
    speaker: speaker?.name ?? null,
    kind: draft.kind,
    speakerType: speaker?.type ?? 'unknown',
  };
}

export type { Quote, QuoteKind, SpeakerType, TextSpan } from '../../core/quote.ts';
