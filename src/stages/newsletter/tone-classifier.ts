// Tone classifier for the Good News list: lexicon-based, offline and explainable. A text's score
// is the sum of the weights of the stems it contains (each stem once per word, negation words
// flip the next stem); a text is good news when its score reaches the threshold and it names no
// excluded topic. The verdict lists the words that decided it, so an editor can see why.
import { EXCLUDED_TOPICS, NEGATIVE_STEMS, POSITIVE_STEMS } from './tone-lexicon.ts';

/** The classifier's verdict on one text, with its reasons. */
export interface ToneVerdict {
  readonly goodNews: boolean;
  readonly score: number;
  /** Stems that counted, with the weight each contributed. */
  readonly matched: readonly (readonly [string, number])[];
  /** Excluded topics found (war, disaster, crime, death); any one vetoes the text. */
  readonly excluded: readonly string[];
}

/** The least score that counts as good news; chosen on the labelled sample (test/newsletter/tone-sample.ts). */
export const GOOD_NEWS_THRESHOLD = 1;

const NEGATORS = new Set(['no', 'not', 'never', 'without', "didn't", "don't", "won't", 'fails']);
const WEIGHTS: readonly (readonly [string, number])[] = [...POSITIVE_STEMS, ...NEGATIVE_STEMS].sort((a, b) => b[0].length - a[0].length);

/** Classifies a headline or a short text. */
export function classifyTone(text: string, threshold = GOOD_NEWS_THRESHOLD): ToneVerdict {
  const lower = ` ${text.toLowerCase().replace(/[\u2019]/g, "'")} `;
  const words = lower.split(/[^a-z0-9'-]+/).filter(Boolean);
  const excluded = EXCLUDED_TOPICS.filter(([, stems]) => stems.some((s) => hasStem(lower, words, s))).map(([topic]) => topic);
  const matched: [string, number][] = [];
  words.forEach((word, i) => {
    const hit = WEIGHTS.find(([stem]) => !stem.includes(' ') && word.startsWith(stem));
    if (!hit) return;
    const negated = i > 0 && NEGATORS.has(words[i - 1] ?? '');
    matched.push([hit[0], negated ? -hit[1] : hit[1]]);
  });
  for (const [stem, weight] of WEIGHTS) if (stem.includes(' ') && lower.includes(stem)) matched.push([stem, weight]);
  const score = matched.reduce((sum, [, w]) => sum + w, 0);
  return { goodNews: excluded.length === 0 && score >= threshold, score, matched, excluded };
}

// Phrases match anywhere; single stems match word starts ("war" must not match "award").
function hasStem(lower: string, words: readonly string[], stem: string): boolean {
  if (stem.includes(' ')) return lower.includes(stem);
  return words.some((w) => w === stem || (stem.length >= 4 && w.startsWith(stem)));
}
