// The yardstick the evaluation and the benchmark print beside ours: single-pass clustering on one
// TF-IDF cosine (title + text, no stemming, no names, no time, no duplicates) against every
// cluster centre sharing a word, with one threshold. It shows what the channels, time and merges add.
import { DocumentFrequencies } from './document-frequencies.ts';
import { topTerms, weightedVector } from './sparse-vector.ts';
import { StoryCentroid } from './story-centroid.ts';
import { STOP_WORDS } from './stop-words.ts';
import { wordTokens } from './word-tokens.ts';

/** Input of the baseline: the words it reads. */
export interface BaselineArticle {
  readonly title: string | null;
  readonly text: string;
}

/** Single-pass TF-IDF clusterer; `assign` returns a cluster number. */
export class BaselineClusterer {
  private readonly frequencies = new DocumentFrequencies();
  private readonly centres: StoryCentroid[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(
    private readonly threshold: number,
    private readonly maxChars = 20_000,
  ) {}

  /** The cluster of the next article. */
  assign(article: BaselineArticle): number {
    const counts = new Map<string, number>();
    for (const word of wordTokens(`${article.title ?? ''}\n${article.text}`, this.maxChars).words) {
      if (word.length > 1 && !STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    this.frequencies.add(counts.keys());
    const vector = weightedVector(counts, (t) => this.frequencies.idf(t));
    const seen = new Set<number>();
    let best = -1;
    let bestScore = this.threshold;
    // Clusters are looked up by the article's ten heaviest words, as an index would serve them.
    for (const term of topTerms(vector, 10)) {
      for (const cluster of this.postings.get(term) ?? []) {
        if (seen.has(cluster)) continue;
        seen.add(cluster);
        const score = this.centres[cluster]!.cosine(vector.terms, vector.weights);
        if (score >= bestScore) [best, bestScore] = [cluster, score];
      }
    }
    if (best < 0) {
      best = this.centres.length;
      this.centres.push(new StoryCentroid(300));
    }
    this.centres[best]!.add(vector.terms, vector.weights);
    for (const term of topTerms(vector, 10)) {
      const list = this.postings.get(term) ?? [];
      if (list[list.length - 1] !== best) list.push(best);
      this.postings.set(term, list);
    }
    return best;
  }
}
