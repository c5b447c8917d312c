// ROUGE as Lin (2004) defines it, with the options of ROUGE-1.5.5's usual `-m` run: lower-case
// alphanumeric tokens, Porter-stemmed when longer than three letters (as ROUGE-1.5.5 does, so
// "was" stays "was"), stop words kept. ROUGE-N counts clipped n-gram matches;
// ROUGE-L is the summary-level score over the union LCS of each reference sentence with the
// candidate's sentences (Lin 2004, section 3.2). Scores are precision, recall and F1 in [0, 1].
import { porterStem } from './porter-stemmer.ts';

/** Precision, recall and F1 of one comparison. */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** ROUGE tokens of a text: lower-case runs of letters and digits, Porter-stemmed when longer than three letters. */
export function rougeTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((t) => (t.length > 3 ? porterStem(t) : t));
}

/** ROUGE-N of `candidate` against `reference` (token arrays). */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of ref) hits += Math.min(count, cand.get(gram) ?? 0);
  return score(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Summary-level ROUGE-L: candidate and reference as arrays of tokenised sentences. */
export function rougeL(candidate: readonly (readonly string[])[], reference: readonly (readonly string[])[]): RougeScore {
  const candTotal = candidate.reduce((n, s) => n + s.length, 0);
  const refTotal = reference.reduce((n, s) => n + s.length, 0);
  // Clip hits by token counts so a word matched through several sentences is counted once per occurrence.
  const candLeft = tokenCounts(candidate.flat());
  const refLeft = tokenCounts(reference.flat());
  let hits = 0;
  for (const refSentence of reference) {
    const union = new Set<number>();
    for (const candSentence of candidate) for (const i of lcsPositions(refSentence, candSentence)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = refSentence[i]!;
      if ((candLeft.get(token) ?? 0) > 0 && (refLeft.get(token) ?? 0) > 0) {
        hits++;
        candLeft.set(token, candLeft.get(token)! - 1);
        refLeft.set(token, refLeft.get(token)! - 1);
      }
    }
  }
  return score(hits, candTotal, refTotal);
}

/** Indexes into `a` of one longest common subsequence of `a` and `b`. */
export function lcsPositions(a: readonly string[], b: readonly string[]): number[] {
  const cols = b.length + 1;
  const table = new Uint16Array((a.length + 1) * cols);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i * cols + j] = a[i - 1] === b[j - 1] ? table[(i - 1) * cols + j - 1]! + 1 : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const positions: number[] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0; ) {
    if (a[i - 1] === b[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) i--;
    else j--;
  }
  return positions.reverse();
}

/** Counts of each n-gram. */
function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Counts of each token. */
function tokenCounts(tokens: readonly string[]): Map<string, number> {
  return ngramCounts(tokens, 1);
}

/** Precision, recall and F1 from hits and the two totals (0 when a total is 0). */
function score(hits: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal > 0 ? hits / candidateTotal : 0;
  const recall = referenceTotal > 0 ? hits / referenceTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
