// Locality-sensitive hashing over MinHash signatures: 16 bands of 4 rows. Two texts with Jaccard
// similarity 0.8 share a band with probability ~1, at 0.3 with ~0.12; the candidates found are
// then checked on the whole signature.
import { SIGNATURE_SIZE, signatureSimilarity } from './minhash-signature.ts';

const ROWS = 4;
const BANDS = SIGNATURE_SIZE / ROWS;

/** Signatures of the window's articles, findable by shared bands. */
export class MinhashIndex {
  private readonly buckets: Map<number, string[]>[] = Array.from({ length: BANDS }, () => new Map());
  private readonly signatures = new Map<string, Uint32Array>();

  /** Adds an article's signature. */
  add(articleId: string, signature: Uint32Array): void {
    this.signatures.set(articleId, signature);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(signature, b);
      const bucket = this.buckets[b]!.get(key);
      if (bucket) bucket.push(articleId);
      else this.buckets[b]!.set(key, [articleId]);
    }
  }

  /** Removes an article (when its story leaves the window). */
  remove(articleId: string): void {
    const signature = this.signatures.get(articleId);
    if (!signature) return;
    this.signatures.delete(articleId);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(signature, b);
      const bucket = this.buckets[b]!.get(key);
      if (!bucket) continue;
      const at = bucket.indexOf(articleId);
      if (at >= 0) bucket.splice(at, 1);
      if (bucket.length === 0) this.buckets[b]!.delete(key);
    }
  }

  /** The most similar indexed article at or above `threshold`, with its similarity, or null. */
  nearest(signature: Uint32Array, threshold: number): { articleId: string; similarity: number } | null {
    let best: { articleId: string; similarity: number } | null = null;
    const seen = new Set<string>();
    for (let b = 0; b < BANDS; b++) {
      for (const id of this.buckets[b]!.get(bandKey(signature, b)) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const similarity = signatureSimilarity(signature, this.signatures.get(id)!);
        if (similarity >= threshold && (!best || similarity > best.similarity)) best = { articleId: id, similarity };
      }
    }
    return best;
  }
}

function bandKey(signature: Uint32Array, band: number): number {
  let h = band;
  for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signature[band * ROWS + r]!, 0x01000193);
  // 30 bits: a small integer to V8, so the bucket maps hash it without boxing a heap number
  // (a rare extra collision only adds a candidate that the full signature then rejects).
  return h & 0x3fffffff;
}
