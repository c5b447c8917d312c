// "The same fact is not told twice" (house style). Outlets paraphrase the lead fact in their
// first sentences, so two sentences telling it share few word pairs and, weighed by the story's
// own IDF, little cosine: the words they share are the story's main words. What they do share is
// the fact's core — its names, numbers and specific words — while what differs is description
// ("the first Black secretary of state" / "former chairman of the Joint Chiefs") and attribution
// ("his family said in a statement"). So a sentence's fact core is its content stems without the
// attribution clause and without words that news uses for any fact (weekdays, "officials",
// "reported"), and two sentences tell the same fact when the core of one is mostly inside the
// other's. A word of the story's headline topic (in most titles) that one sentence leaves
// unsaid is implied, not new: "Powell was fully vaccinated against Covid-19" adds nothing to
// "Powell was fully vaccinated and being cared for at Walter Reed" in a Covid story.
import { porterStem } from './porter-stemmer.ts';
import type { SentencePool } from './sentence-pool.ts';
import { contentStems } from './word-tokens.ts';

/** The words that carry a sentence's fact: stems, once each. */
export type FactCore = ReadonlySet<string>;

/**
 * Words news uses around any fact (time, attribution, generic actors and hedges): shared, they do
 * not show that two sentences tell one fact. A small hand-made list in place of a background
 * frequency table, which the stage could not ship.
 */
const NEWS_GENERIC: ReadonlySet<string> = new Set(
  `according report reported reports reporting statement statements told tells telling added adding announced
announcement confirmed spokesman spokeswoman spokesperson official officials people person year years time times
week weeks day days month months today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday
sunday morning afternoon evening night earlier later recently former late many much several including well back even
still since around among across part way amid made make makes making going come came take took know known
called asked news media issued release released press`
    .split(/\s+/)
    .map((w) => porterStem(w)),
);

/** A clause that only says who said it: ", his family said in a statement." or "According to police, ". */
const TRAILING_ATTRIBUTION = /,\s*(?:[^,]{0,80}?\b(?:said|says|told|according to|reported|announced|wrote|added|confirmed)\b[^,]{0,80})[.!"”’']*$/i;
const LEADING_ATTRIBUTION = /^according to [^,]{1,80},\s+/i;
/** A leading phrase of time or setting: "In two unsigned opinions Monday, ", "On Friday, ". */
const LEADING_SETTING = /^(?:in|on|at|after|earlier|late|early)\b[^,]{0,60},\s+/i;
/** A description set off by commas ("Colin Powell, the first Black secretary of state, died"; ", who …,"). */
const DESCRIPTION = /,\s+(?:a|an|the|who|whose|which|once|now|then|himself|herself)\b[^,;:]{2,160},(?=\s)/gi;

/**
 * The words that state the fact: without a clause that only names who said it, a leading setting
 * phrase, and descriptions set off by commas, when enough is left. Outlets differ most in these
 * ("the first Black secretary of state" / "an esteemed four-star general") while the fact stays.
 */
export function factText(text: string): string {
  const core = text.replace(TRAILING_ATTRIBUTION, '').replace(LEADING_ATTRIBUTION, '').replace(LEADING_SETTING, '').replace(DESCRIPTION, '');
  return contentStems(core).length >= 2 ? core : text;
}

/** The fact core of a sentence: the content stems of its fact text, generic news words left out; `stems` are the whole sentence's, when known. */
export function factCore(text: string, stems?: readonly string[]): FactCore {
  const fact = factText(text);
  // Most sentences are their own fact text: their stems are known and need no second tokenisation.
  return new Set((fact === text && stems ? stems : contentStems(fact)).filter((s) => !NEWS_GENERIC.has(s)));
}

/** The story's headline topic: stems in the titles of at least `minTitles` source groups. */
function topicStems(titlesByGroup: ReadonlyMap<number, readonly string[]>, minTitles: number): ReadonlySet<string> {
  const groupsOf = new Map<string, number>();
  for (const titles of titlesByGroup.values()) for (const stem of new Set(titles.flatMap((t) => contentStems(t)))) groupsOf.set(stem, (groupsOf.get(stem) ?? 0) + 1);
  return new Set([...groupsOf].filter(([, n]) => n >= minTitles).map(([stem]) => stem));
}

/** Thresholds of the test: shared core words, and the share of the smaller core inside the other. */
export interface SameFactLimits {
  /** Shared core words needed (or all of a smaller core of at least two). */
  readonly minShared: number;
  readonly minContained: number;
  /** The containment needed between two articles' first sentences, which by news convention tell the lead fact. */
  readonly minContainedLeads: number;
}

export const SAME_FACT_LIMITS: SameFactLimits = Object.freeze({ minShared: 3, minContained: 0.7, minContainedLeads: 0.6 });

/**
 * Whether two fact cores tell the same fact: they share at least `minShared` words (all of a smaller
 * core, when it has two or more) and the smaller core (its unshared topic words left out, as
 * implied) lies at least `minContained` inside the other.
 */
export function sameFact(a: FactCore, b: FactCore, topic: ReadonlySet<string>, minContained: number, limits: SameFactLimits = SAME_FACT_LIMITS): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  if (shared < Math.min(limits.minShared, a.size, b.size) || shared < 2) return false;
  const own = (x: FactCore, y: FactCore): number => {
    let n = 0;
    for (const w of x) if (!y.has(w) && !topic.has(w)) n++;
    return n;
  };
  const smaller = Math.min(shared + own(a, b), shared + own(b, a));
  return shared / smaller >= minContained;
}

/** A same-fact test over a pool's sentences (cores computed once, when first asked). */
export function poolRepeats(pool: SentencePool, titles: readonly string[], limits: SameFactLimits = SAME_FACT_LIMITS): (i: number, j: number) => boolean {
  const titlesByGroup = new Map<number, string[]>();
  titles.forEach((t, a) => titlesByGroup.set(pool.groups[a]!, [...(titlesByGroup.get(pool.groups[a]!) ?? []), t]));
  // With one source group its title is the topic; with more, words in a single title are that outlet's angle.
  const topic = topicStems(titlesByGroup, Math.min(2, titlesByGroup.size));
  const cores = new Map<number, FactCore>();
  const core = (i: number): FactCore => {
    let c = cores.get(i);
    if (!c) cores.set(i, (c = factCore(pool.sentences[i]!.text, pool.sentences[i]!.stems)));
    return c;
  };
  const leads = (i: number, j: number): boolean => pool.sentences[i]!.position === 0 && pool.sentences[j]!.position === 0;
  return (i, j) => i !== j && sameFact(core(i), core(j), topic, leads(i, j) ? limits.minContainedLeads : limits.minContained, limits);
}

