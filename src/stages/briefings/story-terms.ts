// The people, places and organisations a story names: capitalised word runs (not the first
// word of a sentence, unless the run goes on), counted by the source groups that use them.
// Stored with the briefing, they link related stories.
import type { SentencePool } from './sentence-pool.ts';
import { STOP_WORDS } from './stop-words.ts';

const NAME_RUN = /\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|de|la|al|von|van|the\s)?\s*\p{Lu}[\p{L}’'.-]*)*/gu;
const MONTHS_AND_DAYS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Up to `max` names, most widely used first (ties alphabetical); single-group stories keep names used twice. */
export function storyTerms(pool: SentencePool, max = 12): string[] {
  const groups = new Map<string, Set<number>>();
  const uses = new Map<string, number>();
  for (const s of pool.sentences) {
    for (const name of namesIn(s.text)) {
      const set = groups.get(name) ?? new Set<number>();
      set.add(s.group);
      groups.set(name, set);
      uses.set(name, (uses.get(name) ?? 0) + 1);
    }
  }
  const needed = pool.groupCount > 1 ? 2 : 1;
  return [...groups]
    .filter(([name, set]) => set.size >= needed && (needed > 1 || uses.get(name)! >= 2))
    .sort((a, b) => b[1].size - a[1].size || uses.get(b[0])! - uses.get(a[0])! || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

/** Capitalised runs of `sentence`, the sentence-initial word dropped when it stands alone. */
export function namesIn(sentence: string): string[] {
  const names: string[] = [];
  for (const m of sentence.matchAll(NAME_RUN)) {
    let name = m[0].replace(/[’'.-]+$/, '').replace(/[’']s$/, '').trim();
    const atStart = sentence.slice(0, m.index).trim().replace(/^["“‘'(]+/, '') === '';
    if (atStart && !name.includes(' ')) continue;
    if (atStart) name = name.replace(/^(?:The|A|An|In|On|At|But|And|As|After|When)\s+/, '');
    const lower = name.toLowerCase();
    if (name.length < 2 || STOP_WORDS.has(lower) || MONTHS_AND_DAYS.has(lower)) continue;
    names.push(name);
  }
  return names;
}
