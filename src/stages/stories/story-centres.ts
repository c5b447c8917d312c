// The centres of a story in its three feature channels (head, body, names), held together: one
// table from term to a slot of three weights, each channel the sum of its articles' unit vectors.
// Head and name terms are body terms too, so scoring an article walks its body terms once and
// reads all three channels from one lookup, instead of three lookups in three tables.
import type { TermVector } from './sparse-vector.ts';
import type { TermHolds } from './term-table.ts';

/** Channel positions within a slot. */
export const HEAD = 0;
export const BODY = 1;
export const NAMES = 2;
const CHANNELS = 3;

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

/** The three centres of one story; each term with a weight holds its id in the term table. */
export class StoryCentres {
  private readonly slots = new Map<number, number>();
  private weights = new Float64Array(CHANNELS * 32);
  private readonly freeSlots: number[] = [];
  private nextSlot = 0;
  private readonly norm2 = [0, 0, 0];
  /** Terms with a weight, per channel. */
  private readonly sizes = [0, 0, 0];
  /** Articles summed. */
  private count = 0;

  constructor(
    private readonly maxTerms: number,
    private readonly holds: TermHolds,
  ) {}

  /** Terms with a weight in a channel. */
  size(channel: number): number {
    return this.sizes[channel]!;
  }

  /** Adds an article's unit vectors. */
  add(head: TermVector, body: TermVector, names: TermVector): void {
    this.count++;
    this.addChannel(HEAD, head.ids, head.weights);
    this.addChannel(BODY, body.ids, body.weights);
    this.addChannel(NAMES, names.ids, names.weights);
    if (this.slots.size > 2 * this.maxTerms) this.prune();
  }

  /** Subtracts an article added before (it left the window while its story goes on). */
  remove(head: TermVector, body: TermVector, names: TermVector): void {
    this.count = Math.max(0, this.count - 1);
    this.removeChannel(HEAD, head.ids, head.weights);
    this.removeChannel(BODY, body.ids, body.weights);
    this.removeChannel(NAMES, names.ids, names.weights);
    for (let c = 0; c < CHANNELS; c++) if (this.norm2[c]! < 1e-12 || this.count === 0) this.norm2[c] = Math.max(0, this.norm2[c]!);
  }

  /** Adds another story's centres (a merge). */
  absorb(other: StoryCentres): void {
    this.count += other.count;
    for (const [term, from] of other.slots) {
      for (let c = 0; c < CHANNELS; c++) {
        const w = other.weights[from * CHANNELS + c]!;
        if (w !== 0) this.addWeight(c, term, w);
      }
    }
    if (this.slots.size > 2 * this.maxTerms) this.prune();
  }

  /** Mean-link similarity per channel of an article to the story: dot products with the sums of
   * its articles divided by count^exponent (exponent 1: mean cosine to the members). */
  linkage(probe: ArticleProbe, exponent: number, out: ChannelLinks): ChannelLinks {
    out.head = 0;
    out.body = 0;
    out.names = 0;
    if (this.count === 0) return out;
    const { terms, head, body, names } = probe;
    const weights = this.weights;
    let h = 0;
    let b = 0;
    let n = 0;
    for (let i = 0; i < terms.length; i++) {
      const slot = this.slots.get(terms[i]!);
      if (slot === undefined) continue;
      const at = slot * CHANNELS;
      h += weights[at]! * head[i]!;
      b += weights[at + 1]! * body[i]!;
      n += weights[at + 2]! * names[i]!;
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
    const [small, large] = this.slots.size <= other.slots.size ? [this, other] : [other, this];
    for (const [term, slot] of small.slots) {
      const match = large.slots.get(term);
      if (match === undefined) continue;
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
      const slot = this.slots.get(vector.ids[i]!);
      if (slot !== undefined) dot += this.weights[slot * CHANNELS + channel]! * vector.weights[i]!;
    }
    return dot / Math.sqrt(norm2);
  }

  private addChannel(channel: number, terms: readonly number[], weights: readonly number[]): void {
    for (let i = 0; i < terms.length; i++) this.addWeight(channel, terms[i]!, weights[i]!);
  }

  private addWeight(channel: number, term: number, w: number): void {
    let slot = this.slots.get(term);
    if (slot === undefined) {
      slot = this.newSlot();
      this.slots.set(term, slot);
      this.holds.retain(term);
    }
    const at = slot * CHANNELS + channel;
    const old = this.weights[at]!;
    if (old === 0) this.sizes[channel]!++;
    this.weights[at] = old + w;
    this.norm2[channel]! += 2 * old * w + w * w;
  }

  private removeChannel(channel: number, terms: readonly number[], weights: readonly number[]): void {
    for (let i = 0; i < terms.length; i++) {
      const slot = this.slots.get(terms[i]!);
      // A pruned term is already gone: nothing to subtract.
      if (slot === undefined) continue;
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
      if (next === 0 && this.isEmpty(slot)) this.freeSlot(terms[i]!, slot);
    }
  }

  private isEmpty(slot: number): boolean {
    const at = slot * CHANNELS;
    return this.weights[at] === 0 && this.weights[at + 1] === 0 && this.weights[at + 2] === 0;
  }

  private newSlot(): number {
    const reused = this.freeSlots.pop();
    if (reused !== undefined) return reused;
    const slot = this.nextSlot++;
    if ((slot + 1) * CHANNELS > this.weights.length) {
      const grown = new Float64Array(this.weights.length * 2);
      grown.set(this.weights);
      this.weights = grown;
    }
    return slot;
  }

  private freeSlot(term: number, slot: number): void {
    this.slots.delete(term);
    this.freeSlots.push(slot);
    this.holds.release(term);
  }

  /** Lets go of every term (the story left the window or was merged into another). */
  dispose(): void {
    for (const term of this.slots.keys()) this.holds.release(term);
    this.slots.clear();
    this.freeSlots.length = 0;
    this.nextSlot = 0;
    this.count = 0;
  }

  /** Keeps the `maxTerms` heaviest terms (by their summed weight over the channels): a
   * long-running story's tail of rare words decides nothing but costs memory and time. */
  private prune(): void {
    const ranked = [...this.slots].map(([term, slot]) => {
      const at = slot * CHANNELS;
      return { term, head: this.weights[at]!, body: this.weights[at + 1]!, names: this.weights[at + 2]! };
    });
    ranked.sort((a, b) => b.head + b.body + b.names - (a.head + a.body + a.names));
    this.slots.clear();
    this.freeSlots.length = 0;
    this.nextSlot = 0;
    this.weights.fill(0);
    this.norm2.fill(0);
    this.sizes.fill(0);
    for (const kept of ranked.slice(0, this.maxTerms)) {
      if (kept.head !== 0) this.addWeight(HEAD, kept.term, kept.head);
      if (kept.body !== 0) this.addWeight(BODY, kept.term, kept.body);
      if (kept.names !== 0) this.addWeight(NAMES, kept.term, kept.names);
    }
    // Kept terms were retained again as they were added back; the pruned ones go.
    for (const { term } of ranked) this.holds.release(term);
  }
}
