// Wire copies and duplicate texts count as one source: articles that share most of their
// sentences word for word are grouped, and agreement is counted between groups, not articles.

/** Sentences shared (as a share of the shorter article) above which two articles are one source. */
const SHARED_SHARE = 0.6;

/** For each article (given as its sentences' comparison keys: lower-case words), the index of its source group, numbered from 0 in input order. */
export function groupSources(sentenceKeys: readonly (readonly string[])[]): number[] {
  const parent = sentenceKeys.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const holders = new Map<string, number[]>();
  sentenceKeys.forEach((keys, article) => {
    for (const key of new Set(keys)) {
      const list = holders.get(key);
      if (list) list.push(article);
      else holders.set(key, [article]);
    }
  });
  const shared = new Map<string, number>();
  for (const list of holders.values()) {
    // A boilerplate line in every article ("Sign up for our newsletter") says nothing of copying.
    if (list.length > 12) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
      const pair = `${list[a]} ${list[b]}`;
      shared.set(pair, (shared.get(pair) ?? 0) + 1);
    }
  }
  for (const [pair, count] of shared) {
    const [a, b] = pair.split(' ').map(Number) as [number, number];
    const smaller = Math.min(new Set(sentenceKeys[a]).size, new Set(sentenceKeys[b]).size);
    if (smaller > 0 && count / smaller >= SHARED_SHARE) parent[find(a)] = find(b);
  }
  const numbers = new Map<number, number>();
  return sentenceKeys.map((_, i) => {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}
