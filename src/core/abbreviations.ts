// Words whose period does not end a sentence (lower case, period dropped), sorted: titles before
// names ("Sen. Warren said" stays one sentence), months, states, company suffixes, Latin
// shorthand. Shared by the stages that split news text into sentences (quotes, briefings).

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'a.m', 'adm', 'ala', 'apr', 'ariz', 'ark', 'assn', 'aug', 'ave', 'blvd', 'brig', 'calif', 'capt', 'cmdr', 'co', 'col', 'colo',
  'conn', 'corp', 'cpl', 'dec', 'del', 'dept', 'dr', 'e.g', 'esq', 'etc', 'feb', 'fig', 'fla', 'ft', 'ga', 'gen', 'gov', 'hon',
  'i.e', 'ill', 'inc', 'ind', 'jan', 'jr', 'jul', 'jun', 'kan', 'ky', 'la', 'lt', 'ltd', 'maj', 'mar', 'mass', 'md', 'messrs',
  'mich', 'minn', 'miss', 'mo', 'mont', 'mr', 'mrs', 'ms', 'msgr', 'mt', 'neb', 'nev', 'no', 'nos', 'nov', 'oct', 'okla', 'op',
  'ore', 'p.m', 'pa', 'ph.d', 'pres', 'prof', 'rep', 'reps', 'rev', 'sen', 'sens', 'sep', 'sept', 'sgt', 'sr', 'st', 'supt',
  'tenn', 'tex', 'u.k', 'u.n', 'u.s', 'u.s.a', 'v', 'va', 'vs', 'vt', 'wash', 'wis', 'wyo',
]);
