// US states as datelines and places print them after a city ("Ames, Iowa,", "Flint, Mich.,"), so
// that a place set off by commas is not read as a speaker or an appositive.

/** State names and their AP abbreviations, lower case and without their final period. */
const STATE_NAMES: ReadonlySet<string> = new Set([
  'alabama', 'ala', 'alaska', 'arizona', 'ariz', 'arkansas', 'ark', 'california', 'calif', 'colorado', 'colo', 'connecticut',
  'conn', 'delaware', 'del', 'florida', 'fla', 'georgia', 'ga', 'hawaii', 'idaho', 'illinois', 'ill', 'indiana', 'ind', 'iowa',
  'kansas', 'kan', 'kentucky', 'ky', 'louisiana', 'la', 'maine', 'maryland', 'md', 'massachusetts', 'mass', 'michigan', 'mich',
  'minnesota', 'minn', 'mississippi', 'miss', 'missouri', 'mo', 'montana', 'mont', 'nebraska', 'neb', 'nevada', 'nev',
  'new hampshire', 'n.h', 'new jersey', 'n.j', 'new mexico', 'n.m', 'new york', 'n.y', 'north carolina', 'n.c', 'north dakota',
  'n.d', 'ohio', 'oklahoma', 'okla', 'oregon', 'ore', 'pennsylvania', 'pa', 'rhode island', 'r.i', 'south carolina', 's.c',
  'south dakota', 's.d', 'tennessee', 'tenn', 'texas', 'tex', 'utah', 'vermont', 'vt', 'virginia', 'va', 'washington', 'wash',
  'west virginia', 'w.va', 'wisconsin', 'wis', 'wyoming', 'wyo', 'd.c',
]);

/** Most words of a state's name. */
const MAX_STATE_WORDS = 2;

/** The token after the state named at token `i` (past its abbreviation's period), or -1. */
export function stateEnd(lower: readonly string[], i: number, limit: number): number {
  let name = '';
  for (let j = i; j < limit && j - i < MAX_STATE_WORDS; j++) {
    name = name === '' ? lower[j]! : `${name} ${lower[j]!}`;
    if (STATE_NAMES.has(name)) return lower[j + 1] === '.' ? j + 2 : j + 1;
  }
  return -1;
}

/** Countries that news text names as actors ("Russia said", "Saudi Arabia threatened"), lower case. */
const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain', 'bangladesh',
  'belarus', 'belgium', 'bolivia', 'brazil', 'britain', 'bulgaria', 'cambodia', 'canada', 'chile', 'china', 'colombia',
  'croatia', 'cuba', 'cyprus', 'denmark', 'ecuador', 'egypt', 'england', 'estonia', 'ethiopia', 'finland', 'france',
  'georgia', 'germany', 'ghana', 'greece', 'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia',
  'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait',
  'latvia', 'lebanon', 'libya', 'lithuania', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'morocco', 'myanmar',
  'nepal', 'netherlands', 'nicaragua', 'niger', 'nigeria', 'north korea', 'norway', 'oman', 'pakistan', 'palestine', 'panama',
  'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'saudi arabia', 'scotland', 'serbia',
  'singapore', 'slovakia', 'somalia', 'south africa', 'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'sweden',
  'switzerland', 'syria', 'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine', 'united kingdom',
  'united states', 'uzbekistan', 'venezuela', 'vietnam', 'wales', 'yemen', 'zimbabwe',
]);

/** True when a lower-case name is a country or a US state spelled out ("Saudi Arabia", "Michigan"):
 * a government speaks for it, so it is no person. Short state abbreviations ("Pa", "Ill") are left
 * out, being also names' words. */
export function isPlaceName(joined: string): boolean {
  return COUNTRY_NAMES.has(joined) || (joined.length >= 4 && STATE_NAMES.has(joined));
}
