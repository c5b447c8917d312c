// MinHash signatures over word shingles, for near-duplicate texts (wire copies, one article under
// two URLs). Each of the K hash functions is a multiply-add permutation of the 32-bit shingle
// hash; the share of equal minima between two signatures estimates the Jaccard similarity of
// their shingle sets (error about 1/sqrt(K)).

/** Hash functions per signature (a multiple of 4: the signature loop takes them four at a time). */
export const SIGNATURE_SIZE = 64;
/** Words per shingle. */
const SHINGLE_WORDS = 4;
/** Shingles hashed at most: a long text's first ones decide, so a 5 MB text costs no more. */
const MAX_SHINGLES = 600;
/** Words a signature reads at most: later words change nothing. */
export const SIGNATURE_WORDS = MAX_SHINGLES + SHINGLE_WORDS - 1;
/** Fewer shingles than this say too little to call two texts the same. */
export const MIN_SHINGLES = 12;

const MULTIPLIERS = new Uint32Array(SIGNATURE_SIZE);
const ADDENDS = new Uint32Array(SIGNATURE_SIZE);
{
  // A fixed seed: signatures must agree across runs and processes.
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    MULTIPLIERS[i] = next() | 1;
    ADDENDS[i] = next();
  }
}

/** FNV-1a hash of a word, 32 bits. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The MinHash signature of a word sequence, or null when it has too few shingles. */
export function minhashSignature(words: readonly string[]): Uint32Array | null {
  const count = Math.min(words.length - SHINGLE_WORDS + 1, MAX_SHINGLES);
  if (count < MIN_SHINGLES) return null;
  const hashes = new Uint32Array(count + SHINGLE_WORDS - 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = wordHash(words[i]!);
  const shingles = new Uint32Array(count);
  for (let s = 0; s < count; s++) {
    let shingle = 0;
    for (let j = 0; j < SHINGLE_WORDS; j++) shingle = (Math.imul(shingle, 0x01000193) ^ hashes[s + j]!) >>> 0;
    shingles[s] = shingle;
  }
  // Four hash functions at a time over all shingles: the running minima stay in registers
  // instead of a load and a store per shingle and function, and each shingle is read once per
  // four functions (this loop is most of the cost of reading an article's features). The minima
  // are the same whichever way the loops nest.
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i += 4) {
    const m0 = MULTIPLIERS[i]!, m1 = MULTIPLIERS[i + 1]!, m2 = MULTIPLIERS[i + 2]!, m3 = MULTIPLIERS[i + 3]!;
    const a0 = ADDENDS[i]!, a1 = ADDENDS[i + 1]!, a2 = ADDENDS[i + 2]!, a3 = ADDENDS[i + 3]!;
    let min0 = 0xffffffff, min1 = 0xffffffff, min2 = 0xffffffff, min3 = 0xffffffff;
    for (let s = 0; s < count; s++) {
      const shingle = shingles[s]!;
      const v0 = (Math.imul(shingle, m0) + a0) >>> 0;
      const v1 = (Math.imul(shingle, m1) + a1) >>> 0;
      const v2 = (Math.imul(shingle, m2) + a2) >>> 0;
      const v3 = (Math.imul(shingle, m3) + a3) >>> 0;
      if (v0 < min0) min0 = v0;
      if (v1 < min1) min1 = v1;
      if (v2 < min2) min2 = v2;
      if (v3 < min3) min3 = v3;
    }
    signature[i] = min0;
    signature[i + 1] = min1;
    signature[i + 2] = min2;
    signature[i + 3] = min3;
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}
