// MinHash signatures over word shingles, for near-duplicate texts (wire copies, one article under
// two URLs). Each of the K hash functions is a multiply-add permutation of the 32-bit shingle
// hash; the share of equal minima between two signatures estimates the Jaccard similarity of
// their shingle sets (error about 1/sqrt(K)).

/** Hash functions per signature. */
export const SIGNATURE_SIZE = 64;
/** Words per shingle. */
const SHINGLE_WORDS = 4;
/** Shingles hashed at most: a long text's first ones decide, so a 5 MB text costs no more. */
const MAX_SHINGLES = 600;
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
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const multipliers = MULTIPLIERS;
  const addends = ADDENDS;
  for (let s = 0; s < count; s++) {
    let shingle = 0;
    for (let j = 0; j < SHINGLE_WORDS; j++) shingle = (Math.imul(shingle, 0x01000193) ^ hashes[s + j]!) >>> 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = (Math.imul(shingle, multipliers[i]!) + addends[i]!) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}
