// What makes a sentence forward-looking: a future or scheduled verb, a deadline, a threat, a
// next step. Strong cues name a schedule; a bare "will" is weaker (it is often a quote's rhetoric).

const STRONG = [
  /\b(?:is|are|was|were) (?:expected|scheduled|set|due|slated|poised|likely|planning|preparing) to\b/i,
  /\bplans? to\b/i,
  /\bdeadline\b/i,
  /\bthreaten(?:s|ed)? to\b/i,
  /\bvow(?:s|ed)? to\b/i,
  /\b(?:next|later this|early next|by the end of(?: the)?) (?:week|month|year|step|steps|session|round|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\bupcoming\b/i,
  /\b(?:will|would) (?:vote|decide|meet|announce|testify|hear|rule|consider|resume|return|travel|sign)\b/i,
  /\bhearing (?:is|was) set\b/i,
];
// "could have upended" looks back at what did not happen; "may have to" still looks forward.
const WEAK = [/\bwill\b/i, /\b(?:would|could|may|might) (?:be|face|have(?! (?:been|had|done|gone|seen|known|taken|made|\w+ed)\b))\b/i, /\bfuture\b/i, /\bnext\b/i];

/** Every cue needs one of these words: most sentences are ruled out by this one test. */
const ANY_CUE = /\b(?:will|would|could|may|might|is|are|was|were|plans?|deadline|threaten(?:s|ed)?|vow(?:s|ed)?|next|later|early|end|upcoming|future|hearing)\b/i;

/** How forward-looking `text` is: 2 per strong cue, 1 per weak cue, 0 when it looks only back. */
export function forwardScore(text: string): number {
  if (!ANY_CUE.test(text)) return 0;
  let score = 0;
  for (const cue of STRONG) if (cue.test(text)) score += 2;
  for (const cue of WEAK) if (cue.test(text)) score += 1;
  return score;
}
