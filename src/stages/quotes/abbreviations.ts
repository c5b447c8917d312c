// Words that end with a period without ending a sentence (lower case, period dropped), sorted.
// Titles before names matter most: "Sen. Warren said" must stay one sentence.

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'adm', 'ala', 'apr', 'ariz', 'ark', 'assn', 'aug', 'ave', 'blvd', 'brig', 'calif', 'capt', 'cmdr', 'co', 'col', 'colo', 'conn',
  'corp', 'cpl', 'dec', 'del', 'dept', 'dr', 'e.g', 'etc', 'feb', 'fla', 'ft', 'ga', 'gen', 'gov', 'hon', 'i.e', 'ill', 'inc',
  'ind', 'jan', 'jr', 'jul', 'jun', 'kan', 'ky', 'la', 'lt', 'ltd', 'maj', 'mar', 'mass', 'md', 'messrs', 'mich', 'minn', 'miss',
  'mo', 'mont', 'mr', 'mrs', 'ms', 'msgr', 'mt', 'neb', 'nev', 'no', 'nov', 'oct', 'okla', 'ore', 'pa', 'ph.d', 'pres', 'prof',
  'rep', 'reps', 'rev', 'sen', 'sens', 'sep', 'sept', 'sgt', 'sr', 'st', 'supt', 'tenn', 'tex', 'u.k', 'u.n', 'u.s', 'u.s.a',
  'va', 'vs', 'vt', 'wash', 'wis', 'wyo',
]);
