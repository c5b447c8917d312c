// What next?: sentences that look forward (scheduled dates, deadlines, threats, next steps),
// ranked by how forward-looking and how central they are. None found means no section: a
// briefing never invents what comes next.
import type { BriefingOptions } from './briefing-input.ts';
import { forwardScore } from './forward-cues.ts';
import { mmrSelect } from './mmr-select.ts';
import { tooLike } from './quote-pick.ts';
import type { SentencePool } from './sentence-pool.ts';
import type { ScoredPool } from './sentence-score.ts';

/** A sentence this similar (cosine) to one already in the briefing repeats it. */
const NEXT_REDUNDANCY = 0.4;

/** Pool indexes for What next?, in pick order; empty when the coverage looks only back. */
export function pickWhatNext(pool: SentencePool, scored: ScoredPool, options: BriefingOptions, used: ReadonlySet<number>, retells: (i: number) => boolean = () => false): number[] {
  const strong = forwardCandidates(pool, scored, options, used, 2, retells);
  const picked = mmrSelect(
    { indexes: strong.indexes, score: strong.value, vectors: scored.vectors, words: (i) => pool.sentences[i]!.words },
    { lambda: 0.7, redundancy: NEXT_REDUNDANCY, targetWords: options.whatNextWords.min, maxWords: options.whatNextWords.max, minSentences: 1, maxSentences: options.whatNextSentences, avoid: [...used] },
  );
  return picked.length === 0 ? picked : topUp(picked, pool, scored, options, used, retells);
}

/** Sentences with at least `minForward` of forward cues that may go into What next? (none retelling What happened), and their values. */
function forwardCandidates(pool: SentencePool, scored: ScoredPool, options: BriefingOptions, used: ReadonlySet<number>, minForward: number, retells: (i: number) => boolean): { indexes: number[]; value: Float64Array } {
  const value = new Float64Array(pool.sentences.length);
  const indexes: number[] = [];
  for (const s of pool.sentences) {
    const forward = forwardScore(s.text);
    if (forward < minForward || used.has(s.index) || s.words < 6 || s.words > options.whatNextWords.max || /\?["'”’]*$/.test(s.text) || retells(s.index)) continue;
    value[s.index] = Math.min(forward, 4) * (0.2 + scored.centroid[s.index]! + scored.agreement[s.index]!);
    indexes.push(s.index);
  }
  return { indexes, value };
}

/**
 * A What next? under the house minimum (often one short scheduled sentence: the coverage rarely
 * holds two strong cues that do not repeat each other) takes the best weaker forward-looking
 * sentences ("will", "could face", "next") of the other articles, best first, until it reaches
 * the minimum, never past the maximum and never repeating a sentence already in the briefing.
 * When none is left it stays short: a sentence that does not look forward is never padding.
 */
function topUp(picked: readonly number[], pool: SentencePool, scored: ScoredPool, options: BriefingOptions, used: ReadonlySet<number>, retells: (i: number) => boolean): number[] {
  const chosen = [...picked];
  let words = chosen.reduce((n, i) => n + pool.sentences[i]!.words, 0);
  if (words >= options.whatNextWords.min) return chosen;
  const pickedArticles = new Set(chosen.map((i) => pool.sentences[i]!.article));
  const weak = forwardCandidates(pool, scored, options, used, 1, retells);
  const order = weak.indexes.filter((i) => !chosen.includes(i) && !pickedArticles.has(pool.sentences[i]!.article)).sort((a, b) => weak.value[b]! - weak.value[a]! || a - b);
  const shown = [...used].map((j) => scored.vectors[j]!);
  for (const i of order) {
    if (words >= options.whatNextWords.min || chosen.length >= options.whatNextSentences) break;
    const s = pool.sentences[i]!;
    if (words + s.words > options.whatNextWords.max) continue;
    if (tooLike(scored.vectors[i]!, [...chosen.map((j) => scored.vectors[j]!), ...shown], NEXT_REDUNDANCY)) continue;
    chosen.push(i);
    words += s.words;
  }
  return chosen;
}
