// The grounding check for a language model's rewrite: it may condense and smooth, never add.
// Rejected when a quotation is not verbatim in a source, or a name or number appears in no
// source. Deliberately strict and simple: a false rejection costs a smoother sentence (the
// extractive draft is kept), a false acceptance would put words in someone's mouth.
import { quotationsIn } from './provenance-check.ts';

/** Why a rewrite was rejected; empty when it is grounded. */
export interface GroundingResult {
  readonly grounded: boolean;
  readonly problems: readonly string[];
}

const NUMBER = /\d[\d,.]*\d|\d/g;
const CAPITALISED = /\p{Lu}[\p{L}’'-]+/gu;
/** Capitalised words any rewrite may use without a source: sentence openers and connectives. */
const FREE_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'As', 'After', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'Meanwhile', 'However', 'Also', 'Its', 'His', 'Her', 'Their', 'Who', 'What', 'Next', 'When', 'While', 'With', 'For', 'Both', 'Some', 'Other', 'Others']);

/** Checks rewritten `texts` against the source article texts. */
export function checkGrounding(texts: readonly string[], sources: readonly string[]): GroundingResult {
  const corpus = sources.join('\n\u0000\n');
  const normal = normaliseMarks(corpus);
  const lowerWords = new Set(corpus.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? []);
  const problems: string[] = [];
  for (const text of texts) {
    for (const q of quotationsIn(text)) if (!normal.includes(normaliseMarks(q))) problems.push(`quotation not verbatim in any source: "${q}"`);
    for (const n of text.match(NUMBER) ?? []) if (!corpus.includes(n)) problems.push(`number in no source: ${n}`);
    for (const w of text.match(CAPITALISED) ?? []) {
      if (FREE_WORDS.has(w)) continue;
      if (!lowerWords.has(w.toLowerCase()) && !lowerWords.has(w.toLowerCase().replace(/[’']s$/, ''))) problems.push(`name in no source: ${w}`);
    }
  }
  return { grounded: problems.length === 0, problems };
}

/** Curly and straight apostrophes compare equal (a rewrite may change the typography, not the words). */
function normaliseMarks(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
}
