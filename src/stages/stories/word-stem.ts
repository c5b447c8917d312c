// A light English suffix stripper: plural, -ing, -ed and a final e, so that "rules", "ruled",
// "ruling" and "rule" meet. Cruder than Porter's, but what matters for matching is that the
// variants of a word agree, and it costs a few string operations (cached).

const cache = new Map<string, string>();
/** Beyond this many cached words the cache starts again, so memory stays bounded. */
const CACHE_LIMIT = 100_000;

/** The stem of a lower-case English word. */
export function stemWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stem = stripSuffixes(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

function stripSuffixes(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(w)) return w;
  else if (/(?:sses|xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
