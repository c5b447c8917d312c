// Quotes stage: article text in, attributions (content, cue, speaker, kind) out.
import type { Quote } from '../../core/quote.ts';

/** Options of findQuotes. */
export interface FindQuotesOptions {
  /** Also report indirect ("X said that ...") speech; default true. */
  readonly indirect?: boolean;
}

/** Every attribution in `text`, in text order, with offsets into `text`. */
export function findQuotes(_text: string, _options: FindQuotesOptions = {}): Quote[] {
  return [];
}
