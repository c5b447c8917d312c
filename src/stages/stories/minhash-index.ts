// Locality-sensitive hashing over MinHash signatures: 16 bands of 4 rows. Two texts with Jaccard
// similarity 0.8 share a band with probability ~1, at 0.3 with ~0.12; the candidates found are
// then checked on the whole signature.
//
// Every article looks up its 16 bands, and every article leaving the window unlists itself from
// them, in tables as large as the window: so the tables are typed arrays (open addressing from a
// band's key to the first article of its bucket, buckets chained through a per-article array)
// rather than 16 Maps of arrays, whose lookups missed the cache several times each.
import { SIGNATURE_SIZE, signatureSimilarity } from './minhash-signature.ts';
import { doubled } from './typed-arrays.ts';

const ROWS = 4;
const BANDS = SIGNATURE_SIZE / ROWS;
/** Chain end, and "no bucket". */
const NONE = -1;

/** Signatures of the window's articles, findable by shared bands. */
export class MinhashIndex {
  /** Article id to its slot; a removed article's slot is reused. */
  private readonly slots = new Map<string, number>();
  private ids: string[] = [];
  /** SIGNATURE_SIZE values per slot. */
  private signatures = new Uint32Array(64 * SIGNATURE_SIZE);
  /** Per slot and band: the next slot in the same bucket (insertion order), or NONE. */
  private next = new Int32Array(64 * BANDS);
  private readonly freeSlots: number[] = [];
  /** Per band: bucket key to the bucket's first slot. */
  private readonly buckets = Array.from({ length: BANDS }, () => new BucketTable());
  /** Per slot: the lookup that last saw it (a slot is checked once per lookup). */
  private seen = new Int32Array(64);
  private lookups = 0;

  /** Adds an article's signature (an article already there is replaced). */
  add(articleId: string, signature: Uint32Array): void {
    if (this.slots.has(articleId)) this.remove(articleId);
    const slot = this.freeSlots.pop() ?? this.newSlot();
    this.slots.set(articleId, slot);
    this.ids[slot] = articleId;
    this.signatures.set(signature.subarray(0, SIGNATURE_SIZE), slot * SIGNATURE_SIZE);
    this.seen[slot] = 0;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(signature, b);
      this.next[slot * BANDS + b] = NONE;
      const bucket = this.buckets[b]!;
      let last = bucket.first(key);
      if (last === NONE) {
        bucket.set(key, slot);
        continue;
      }
      // Appended at the end, so a bucket lists its articles in the order they came.
      while (this.next[last * BANDS + b] !== NONE) last = this.next[last * BANDS + b]!;
      this.next[last * BANDS + b] = slot;
    }
  }

  /** Removes an article (when its story leaves the window). */
  remove(articleId: string): void {
    const slot = this.slots.get(articleId);
    if (slot === undefined) return;
    this.slots.delete(articleId);
    const signature = this.signatures.subarray(slot * SIGNATURE_SIZE, (slot + 1) * SIGNATURE_SIZE);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(signature, b);
      const bucket = this.buckets[b]!;
      const first = bucket.first(key);
      const after = this.next[slot * BANDS + b]!;
      if (first === slot) {
        if (after === NONE) bucket.delete(key);
        else bucket.set(key, after);
        continue;
      }
      let previous: number = first;
      while (previous !== NONE && this.next[previous * BANDS + b] !== slot) previous = this.next[previous * BANDS + b]!;
      if (previous !== NONE) this.next[previous * BANDS + b] = after;
    }
    this.ids[slot] = '';
    this.freeSlots.push(slot);
  }

  /** The most similar indexed article at or above `threshold`, with its similarity, or null
   * (the first found, band by band, among equals). */
  nearest(signature: Uint32Array, threshold: number): { articleId: string; similarity: number } | null {
    let best: { articleId: string; similarity: number } | null = null;
    const lookup = ++this.lookups;
    for (let b = 0; b < BANDS; b++) {
      for (let slot = this.buckets[b]!.first(bandKey(signature, b)); slot !== NONE; slot = this.next[slot * BANDS + b]!) {
        if (this.seen[slot] === lookup) continue;
        this.seen[slot] = lookup;
        const similarity = signatureSimilarity(signature, this.signatures.subarray(slot * SIGNATURE_SIZE, (slot + 1) * SIGNATURE_SIZE));
        if (similarity >= threshold && (!best || similarity > best.similarity)) best = { articleId: this.ids[slot]!, similarity };
      }
    }
    return best;
  }

  private newSlot(): number {
    const slot = this.ids.length;
    this.ids.push('');
    if (slot >= this.seen.length) {
      this.signatures = doubled(this.signatures);
      this.next = doubled(this.next);
      this.seen = doubled(this.seen);
    }
    return slot;
  }
}

/** One band's buckets: open addressing (linear probing) from a 30-bit band key to a slot. */
class BucketTable {
  /** Key + 1 per position, 0 when empty. */
  private keys = new Int32Array(64);
  private values = new Int32Array(64);
  private size = 0;

  /** The bucket's first slot, or NONE. */
  first(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let at = key & mask; keys[at] !== 0; at = (at + 1) & mask) if (keys[at] === key + 1) return this.values[at]!;
    return NONE;
  }

  set(key: number, slot: number): void {
    const mask = this.keys.length - 1;
    let at = key & mask;
    while (this.keys[at] !== 0 && this.keys[at] !== key + 1) at = (at + 1) & mask;
    if (this.keys[at] === 0) {
      this.keys[at] = key + 1;
      this.size++;
    }
    this.values[at] = slot;
    if (this.size * 2 > this.keys.length) this.grow();
  }

  /** Removes a key; later entries of its probe run move back where a search reaches them. */
  delete(key: number): void {
    const { keys, values } = this;
    const mask = keys.length - 1;
    let hole = key & mask;
    while (keys[hole] !== key + 1) {
      if (keys[hole] === 0) return;
      hole = (hole + 1) & mask;
    }
    for (let at = (hole + 1) & mask; keys[at] !== 0; at = (at + 1) & mask) {
      const home = (keys[at]! - 1) & mask;
      if (((at - home) & mask) >= ((at - hole) & mask)) {
        keys[hole] = keys[at]!;
        values[hole] = values[at]!;
        hole = at;
      }
    }
    keys[hole] = 0;
    this.size--;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let at = 0; at < keys.length; at++) if (keys[at] !== 0) this.set(keys[at]! - 1, values[at]!);
  }
}

function bandKey(signature: Uint32Array, band: number): number {
  let h = band;
  for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signature[band * ROWS + r]!, 0x01000193);
  // 30 bits: a small non-negative integer, so key + 1 fits the tables' Int32Array.
  return h & 0x3fffffff;
}
