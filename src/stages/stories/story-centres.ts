// The centres of a story in its three feature channels (head, body, names), held together: one
// table from term id to a slot of three weights, each channel the sum of its articles' unit vectors.
// Head and name terms are body terms too, so scoring an article walks its body terms once and
// reads all three channels from one lookup, instead of three lookups in three tables. The table is
// an open-addressing hash over integer ids in typed arrays (scoring looks up every probe term in
// each of 15 candidate stories: a string-keyed Map there was the largest single cost).
import type { TermVector } from './sparse-vector.ts';
import type { TermHolds } from './term-table.ts';

/** Channel positions within a slot. */
export const HEAD = 0;
export const BODY = 1;
export const NAMES = 2;
const CHANNELS = 3;
/** Fewest slots of a story's table (a power of two); its first article sizes it at once. */
const MIN_SLOTS = 8;
/** What a story holds before its first article: no slots, and a table of one empty position
 * (never written: the first insertion makes room first). */
const NO_KEYS = new Int32Array(0);
const NO_WEIGHTS = new Float64Array(0);
const NO_TABLE = new Int32Array(2);
/** 2^32 / golden ratio: multiplying spreads consecutive ids over the table's top bits. */
const FIBONACCI = 0x9e3779b1;
/** Articles added to any centres so far: each addition's stamp (see `StoryCentres.born`; a double,
 * exact far beyond any stream, where 32 bits would wrap after 2^31 additions). */
let additions = 0;

/** An article's terms that some story may hold (body order), with its weight in each channel (0
 * when the term is not in that channel), and how many terms each channel had before filtering. */
export interface ArticleProbe {
  /** Term ids. */
  readonly terms: readonly number[];
  readonly head: readonly number[];
  readonly body: readonly number[];
  readonly names: readonly number[];
  /** Name terms of the article (all of them, for how far the names channel is trusted). */
  readonly nameCount: number;
}

/** Dot products of one comparison, per channel, divided by the size factor. */
export interface ChannelLinks {
  head: number;
  body: number;
  names: number;
}

/** The three centres of one story; each term with a weight holds its id in the term table.
 *
 * An article that leaves the window while its story goes on is subtracted again, exactly: each
 * addition has a stamp and each slot the stamp of the addition that created it, so a term that a
 * prune let go and a later article added again (its slot then younger than the leaving article)
 * keeps that later article's weight. Only a merge in which a side was pruned mixes slots whose
 * stamps cannot say which articles they hold; the story then sums its window articles again.
 *
 * Slots are kept in insertion order, as a Map's entries would be (a removed slot leaves a gap
 * until the next compaction; a term added again goes to the end): the merge score, the merge
 * itself and pruning walk the slots in that order, and their sums must come out as they always
 * did, to the last bit. */
export class StoryCentres {
  /** Term id of each slot in insertion order, -1 for a removed one. */
  private keys = NO_KEYS;
  /** Per slot: the stamp of the addition that created it; it holds the weights of exactly the
   * articles with the term added at or after that stamp (while `exact`). Null until the first
   * prune: before it every slot holds all articles with its term (as if stamped 0). */
  private born: Float64Array<ArrayBuffer> | null = null;
  /** Three weights per slot; a removed or unused slot's are 0. */
  private weights = NO_WEIGHTS;
  /** Slots used, removed ones included. */
  private end = 0;
  /** Slots in use. */
  private live = 0;
  /** Linear probing from a term id's hash to its slot + 1 (0: empty), twice as long as `keys`. */
  private table = NO_TABLE;
  /** 32 - log2(table.length): the hash is the top bits of a Fibonacci product. */
  private shift = 32 - Math.log2(NO_TABLE.length);
  private readonly norm2 = [0, 0, 0];
  /** Terms with a weight, per channel. */
  private readonly sizes = [0, 0, 0];
  /** Articles summed. */
  private count = 0;
  /** Whether a prune let terms go since the table was last summed from nothing. */
  private pruned = false;
  /** False after a merge with pruned centres: slot stamps no longer tell which articles a slot
   * holds, so subtracting is not exact (see `exact`). */
  private stamped = true;
  /** Stamp of the addition under way (or of the slot being carried over). */
  private stamp = 0;

  constructor(
    private readonly maxTerms: number,
    private readonly holds: TermHolds,
  ) {}

  /** Terms with a weight in a channel. */
  size(channel: number): number {
    return this.sizes[channel]!;
  }

  /** Adds an article's unit vectors; returns the addition's stamp, to subtract it with later. */
  add(head: TermVector, body: TermVector, names: TermVector): number {
    this.count++;
    this.stamp = ++additions;
    // Room for every body term at once (head and name terms are among them), not a doubling per few.
    this.makeRoom(body.ids.length);
    this.addChannel(HEAD, head.ids, head.weights);
    this.addChannel(BODY, body.ids, body.weights);
    this.addChannel(NAMES, names.ids, names.weights);
    if (this.live > 2 * this.maxTerms) this.prune();
    return additions;
  }

  /** Whether `remove` subtracts exactly what an article added (false only after a merge with
   * pruned centres, until the story sums its articles again: `dispose`, then `add`). */
  get exact(): boolean {
    return this.stamped;
  }

  /** Subtracts an article added before with the given stamp (it left the window while its story
   * goes on): from each slot that holds its weight, so from none created after it. */
  remove(head: TermVector, body: TermVector, names: TermVector, stamp: number): void {
    this.count = Math.max(0, this.count - 1);
    this.removeChannel(HEAD, head.ids, head.weights, stamp);
    this.removeChannel(BODY, body.ids, body.weights, stamp);
    this.removeChannel(NAMES, names.ids, names.weights, stamp);
    // Rounding may leave a squared norm a hair below 0 once a channel's last terms are gone.
    for (let c = 0; c < CHANNELS; c++) this.norm2[c] = Math.max(0, this.norm2[c]!);
    // Arrays sized for a past burst of coverage shrink once an eighth of them holds what is left.
    if (this.keys.length > MIN_SLOTS && 8 * this.live <= this.keys.length) this.resize(0);
  }

  /** Adds another story's centres (a merge). */
  absorb(other: StoryCentres): void {
    this.count += other.count;
    // Unpruned, each side's slot holds all of its articles with the term, so the older stamp of
    // the two is right for the sum; a pruned side may lack some, and no one stamp says which.
    if (this.pruned || other.pruned) this.stamped = false;
    this.pruned ||= other.pruned;
    this.stamped &&= other.stamped;
    for (let from = 0; from < other.end; from++) {
      const term = other.keys[from]!;
      if (term < 0) continue;
      this.stamp = other.born?.[from] ?? 0;
      const slot = this.slotOf(term);
      if (slot >= 0 && this.born !== null && this.born[slot]! > this.stamp) this.born[slot] = this.stamp;
      for (let c = 0; c < CHANNELS; c++) {
        const w = other.weights[from * CHANNELS + c]!;
        if (w !== 0) this.addWeight(c, term, w);
      }
    }
    if (this.live > 2 * this.maxTerms) this.prune();
  }

  /** Mean-link similarity per channel of an article to the story: dot products with the sums of
   * its articles divided by count^exponent (exponent 1: mean cosine to the members). */
  linkage(probe: ArticleProbe, exponent: number, out: ChannelLinks): ChannelLinks {
    out.head = 0;
    out.body = 0;
    out.names = 0;
    if (this.count === 0) return out;
    const { terms, head, body, names } = probe;
    const { weights, keys, table, shift } = this;
    const mask = table.length - 1;
    let h = 0;
    let b = 0;
    let n = 0;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      // `slotOf`, inlined: this loop runs for every probe term of every candidate story.
      let at = Math.imul(term, FIBONACCI) >>> shift;
      let slot = table[at]! - 1;
      while (slot >= 0 && keys[slot] !== term) {
        at = (at + 1) & mask;
        slot = table[at]! - 1;
      }
      if (slot < 0) continue;
      const w = slot * CHANNELS;
      h += weights[w]! * head[i]!;
      b += weights[w + 1]! * body[i]!;
      n += weights[w + 2]! * names[i]!;
    }
    const scale = this.count ** exponent;
    out.head = h / scale;
    out.body = b / scale;
    out.names = n / scale;
    return out;
  }

  /** Linkage between two stories per channel: mean pairwise cosine for exponent 1. */
  linkageWith(other: StoryCentres, exponent: number, out: ChannelLinks): ChannelLinks {
    out.head = 0;
    out.body = 0;
    out.names = 0;
    if (this.count === 0 || other.count === 0) return out;
    const [small, large] = this.live <= other.live ? [this, other] : [other, this];
    for (let slot = 0; slot < small.end; slot++) {
      const term = small.keys[slot]!;
      if (term < 0) continue;
      const match = large.slotOf(term);
      if (match < 0) continue;
      const a = slot * CHANNELS;
      const b = match * CHANNELS;
      out.head += small.weights[a]! * large.weights[b]!;
      out.body += small.weights[a + 1]! * large.weights[b + 1]!;
      out.names += small.weights[a + 2]! * large.weights[b + 2]!;
    }
    const scale = (this.count * other.count) ** exponent;
    out.head /= scale;
    out.body /= scale;
    out.names /= scale;
    return out;
  }

  /** Cosine between one channel's centre and a unit vector (the headline is the closest title). */
  cosine(channel: number, vector: TermVector): number {
    const norm2 = this.norm2[channel]!;
    if (norm2 <= 0) return 0;
    let dot = 0;
    for (let i = 0; i < vector.ids.length; i++) {
      const slot = this.slotOf(vector.ids[i]!);
      if (slot >= 0) dot += this.weights[slot * CHANNELS + channel]! * vector.weights[i]!;
    }
    return dot / Math.sqrt(norm2);
  }

  /** Lets go of every term (the story left the window or was merged into another, or its centres
   * are summed again from its window articles). */
  dispose(): void {
    for (let slot = 0; slot < this.end; slot++) if (this.keys[slot]! >= 0) this.holds.release(this.keys[slot]!);
    this.recycle();
    this.end = 0;
    this.live = 0;
    this.norm2.fill(0);
    this.sizes.fill(0);
    this.count = 0;
    this.pruned = false;
    this.stamped = true;
  }

  private addChannel(channel: number, terms: readonly number[], weights: readonly number[]): void {
    for (let i = 0; i < terms.length; i++) this.addWeight(channel, terms[i]!, weights[i]!);
  }

  private addWeight(channel: number, term: number, w: number): void {
    let slot = this.slotOf(term);
    if (slot < 0) {
      slot = this.insert(term);
      this.holds.retain(term);
    }
    const at = slot * CHANNELS + channel;
    const old = this.weights[at]!;
    if (old === 0) this.sizes[channel]!++;
    this.weights[at] = old + w;
    this.norm2[channel]! += 2 * old * w + w * w;
  }

  private removeChannel(channel: number, terms: readonly number[], weights: readonly number[], stamp: number): void {
    for (let i = 0; i < terms.length; i++) {
      const slot = this.slotOf(terms[i]!);
      // A pruned term is gone, or came back with later articles only: nothing of this one to subtract.
      if (slot < 0 || (this.born !== null && this.born[slot]! > stamp)) continue;
      const at = slot * CHANNELS + channel;
      const old = this.weights[at]!;
      if (old === 0) continue;
      let next = old - weights[i]!;
      if (next <= 1e-9) {
        next = 0;
        this.sizes[channel]!--;
      }
      this.norm2[channel]! += next * next - old * old;
      this.weights[at] = next;
      if (next === 0 && this.isEmpty(slot)) {
        this.delete(slot);
        this.holds.release(terms[i]!);
      }
    }
  }

  private isEmpty(slot: number): boolean {
    const at = slot * CHANNELS;
    return this.weights[at] === 0 && this.weights[at + 1] === 0 && this.weights[at + 2] === 0;
  }

  /** The term's slot, or -1. */
  private slotOf(term: number): number {
    const { keys, table } = this;
    const mask = table.length - 1;
    let at = Math.imul(term, FIBONACCI) >>> this.shift;
    let slot = table[at]! - 1;
    while (slot >= 0 && keys[slot] !== term) {
      at = (at + 1) & mask;
      slot = table[at]! - 1;
    }
    return slot;
  }

  /** A new slot at the end for a term not held yet (its weights are 0). */
  private insert(term: number): number {
    if (this.end === this.keys.length) this.makeRoom(1);
    const slot = this.end++;
    this.keys[slot] = term;
    if (this.born !== null) this.born[slot] = this.stamp;
    this.live++;
    this.place(term, slot);
    return slot;
  }

  private place(term: number, slot: number): void {
    const mask = this.table.length - 1;
    let at = Math.imul(term, FIBONACCI) >>> this.shift;
    while (this.table[at] !== 0) at = (at + 1) & mask;
    this.table[at] = slot + 1;
  }

  /** Removes an emptied slot: its table entry goes, and the entries after it in its probe run
   * move back where their search would reach them (deletion without tombstones). */
  private delete(slot: number): void {
    const { keys, table } = this;
    const mask = table.length - 1;
    let hole = Math.imul(keys[slot]!, FIBONACCI) >>> this.shift;
    while (table[hole] !== slot + 1) hole = (hole + 1) & mask;
    for (let at = (hole + 1) & mask; table[at] !== 0; at = (at + 1) & mask) {
      const home = Math.imul(keys[table[at]! - 1]!, FIBONACCI) >>> this.shift;
      // The entry at `at` may fill the hole when the hole lies on its way from its home.
      if (((at - home) & mask) >= ((at - hole) & mask)) {
        table[hole] = table[at]!;
        hole = at;
      }
    }
    table[hole] = 0;
    keys[slot] = -1;
    this.live--;
  }

  /** Makes room for `needed` more slots at the end (see `resize`). */
  private makeRoom(needed: number): void {
    if (this.end + needed > this.keys.length) this.resize(needed);
  }

  /** Closes the gaps of removed slots, in place when that leaves the arrays at most half full with
   * `needed` more, else in arrays grown to fit (at least doubling); arrays of which an eighth would
   * do are halved until a quarter does. Slot order is kept either way. */
  private resize(needed: number): void {
    const capacity = this.keys.length;
    let size = capacity;
    if (this.live + needed > capacity / 2) {
      size = Math.max(MIN_SLOTS, capacity * 2);
      while (this.live + needed > size) size *= 2;
    } else while (size > MIN_SLOTS && 8 * (this.live + needed) <= size) size /= 2;
    const grown = size === capacity ? null : takeArrays(size);
    const keys = grown?.keys ?? this.keys;
    const born = this.born === null ? null : grown === null ? this.born : new Float64Array(size);
    const weights = grown?.weights ?? this.weights;
    let next = 0;
    for (let slot = 0; slot < this.end; slot++) {
      const term = this.keys[slot]!;
      if (term < 0) continue;
      keys[next] = term;
      if (born !== null) born[next] = this.born![slot]!;
      const from = slot * CHANNELS;
      const to = next * CHANNELS;
      weights[to] = this.weights[from]!;
      weights[to + 1] = this.weights[from + 1]!;
      weights[to + 2] = this.weights[from + 2]!;
      next++;
    }
    if (grown === null) {
      weights.fill(0, next * CHANNELS, this.end * CHANNELS);
      this.table.fill(0);
    } else {
      this.recycle();
      this.table = grown.table;
      this.shift = 32 - Math.log2(2 * size);
    }
    this.keys = keys;
    this.born = born;
    this.weights = weights;
    this.end = next;
    for (let slot = 0; slot < next; slot++) this.place(keys[slot]!, slot);
  }

  /** Hands this story's arrays, cleared, to the next story that needs arrays of their size. */
  private recycle(): void {
    if (this.keys.length === 0) return;
    this.weights.fill(0, 0, this.end * CHANNELS);
    this.table.fill(0);
    giveArrays({ keys: this.keys, weights: this.weights, table: this.table });
    this.keys = NO_KEYS;
    this.born = null;
    this.weights = NO_WEIGHTS;
    this.table = NO_TABLE;
    this.shift = 32 - Math.log2(NO_TABLE.length);
  }

  /** Empties the table (weights, norms and sizes too); the holds are the caller's to release. */
  private clear(): void {
    this.weights.fill(0, 0, this.end * CHANNELS);
    this.table.fill(0);
    this.end = 0;
    this.live = 0;
    this.norm2.fill(0);
    this.sizes.fill(0);
  }

  /** Keeps the `maxTerms` heaviest terms (by their summed weight over the channels): a
   * long-running story's tail of rare words decides nothing but costs memory and time. */
  private prune(): void {
    const ranked: { term: number; born: number; head: number; body: number; names: number }[] = [];
    for (let slot = 0; slot < this.end; slot++) {
      const term = this.keys[slot]!;
      if (term < 0) continue;
      const at = slot * CHANNELS;
      ranked.push({ term, born: this.born?.[slot] ?? 0, head: this.weights[at]!, body: this.weights[at + 1]!, names: this.weights[at + 2]! });
    }
    ranked.sort((a, b) => b.head + b.body + b.names - (a.head + a.body + a.names));
    this.clear();
    this.pruned = true;
    this.born ??= new Float64Array(this.keys.length);
    const stamp = this.stamp;
    for (const kept of ranked.slice(0, this.maxTerms)) {
      // A kept term keeps its slot's stamp: it still holds the same articles' weights.
      this.stamp = kept.born;
      if (kept.head !== 0) this.addWeight(HEAD, kept.term, kept.head);
      if (kept.body !== 0) this.addWeight(BODY, kept.term, kept.body);
      if (kept.names !== 0) this.addWeight(NAMES, kept.term, kept.names);
    }
    this.stamp = stamp;
    // Kept terms were retained again as they were added back; the pruned ones go.
    for (const { term } of ranked) this.holds.release(term);
  }
}

/** The arrays of one table: `keys` of a capacity, three weights per slot, two positions per slot. */
interface TableArrays {
  readonly keys: Int32Array<ArrayBuffer>;
  readonly weights: Float64Array<ArrayBuffer>;
  readonly table: Int32Array<ArrayBuffer>;
}

/** Cleared arrays of stories that left or grew, by capacity: about as many stories leave the
 * window as start, and a typed array costs far more to allocate than to clear. */
const spareArrays = new Map<number, TableArrays[]>();
/** Spare tables kept per capacity at most, so the pool stays small. */
const SPARE_LIMIT = 32;

/** Zeroed arrays for `size` slots, reused when a story gave some back. */
function takeArrays(size: number): TableArrays {
  return spareArrays.get(size)?.pop() ?? { keys: new Int32Array(size), weights: new Float64Array(size * CHANNELS), table: new Int32Array(2 * size) };
}

/** Keeps cleared arrays (weights and table all 0) for a later story. */
function giveArrays(arrays: TableArrays): void {
  let spare = spareArrays.get(arrays.keys.length);
  if (spare === undefined) {
    spare = [];
    spareArrays.set(arrays.keys.length, spare);
  }
  if (spare.length < SPARE_LIMIT) spare.push(arrays);
}
