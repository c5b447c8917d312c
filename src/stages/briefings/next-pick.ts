// What next?: sentences that look forward (scheduled dates, deadlines, threats, next steps),
// ranked by how forward-looking and how central they are. None found means no section: a
// briefing never invents what comes next.
import type { BriefingOptions } from './briefing-input.ts';
import { forwardScore } from './forward-cues.ts';
import { mmrSelect } from './mmr-select.ts';
import type { SentencePool } from './sentence-pool.ts';
import type { ScoredPool } from './sentence-score.ts';

/** Pool indexes for What next?, in pick order; empty when the coverage looks only back. */
export function pickWhatNext(pool: SentencePool, scored: ScoredPool, options: BriefingOptions, used: ReadonlySet<number>): number[] {
  const value = new Float64Array(pool.sentences.length);
  const indexes: number[] = [];
  for (const s of pool.sentences) {
    const forward = forwardScore(s.text);
    if (forward < 2 || used.has(s.index) || s.words < 6 || s.words > options.whatNextWords.max || /\?["'”’]*$/.test(s.text)) continue;
    value[s.index] = Math.min(forward, 4) * (0.2 + scored.centroid[s.index]! + scored.agreement[s.index]!);
    indexes.push(s.index);
  }
  return mmrSelect(
    { indexes, score: value, vectors: scored.vectors, words: (i) => pool.sentences[i]!.words },
    { lambda: 0.7, redundancy: 0.4, targetWords: options.whatNextWords.min, maxWords: options.whatNextWords.max, minSentences: 1, maxSentences: options.whatNextSentences, avoid: [...used] },
  );
}
