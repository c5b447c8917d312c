// Titles and roles kept apart from names, so that "President Donald Trump", "Mr. Trump" and
// "the president" resolve to one speaker. Lower case, periods dropped, sorted.

/** Titles that precede a name and are not part of it. */
export const TITLES: ReadonlySet<string> = new Set([
  'actor', 'adm', 'admiral', 'ambassador', 'attorney', 'bishop', 'brig', 'candidate', 'capt', 'captain', 'cardinal',
  'chairman', 'chairwoman', 'chancellor', 'chief', 'coach', 'col', 'colonel', 'commissioner', 'congressman', 'congresswoman',
  'constable', 'councilman', 'councilwoman', 'cpl', 'dame', 'det', 'detective', 'dr', 'father', 'gen', 'general', 'gov',
  'governor', 'insp', 'inspector', 'judge', 'justice', 'king', 'lady', 'lord', 'lt', 'madam', 'maj', 'mayor', 'minister',
  'miss', 'monsignor', 'mr', 'mrs', 'ms', 'msgr', 'nominee', 'pastor', 'pope', 'premier', 'pres', 'president', 'presidential',
  'prime', 'prince', 'princess', 'prof', 'professor', 'queen', 'rabbi', 'rep', 'representative', 'rev', 'reverend', 'sec',
  'secretary', 'sen', 'senator', 'sergeant', 'sgt', 'sheriff', 'sir', 'speaker', 'state', 'superintendent', 'undersheriff',
  'vice',
]);

/** Role nouns that, after "the", name a person introduced earlier with that title ("the senator"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'ambassador', 'candidate', 'chairman', 'chairwoman', 'congressman', 'congresswoman', 'governor', 'judge', 'mayor', 'minister',
  'nominee', 'pope', 'president', 'secretary', 'senator', 'sheriff', 'speaker',
]);

/** Role nouns keyed to the title abbreviations that introduce them ("Sen." is a senator). */
export const TITLE_ROLES: Readonly<Record<string, string>> = {
  gov: 'governor',
  pres: 'president',
  rep: 'congressman',
  sec: 'secretary',
  sen: 'senator',
};

/** Titles that say the person is a woman or a man, for resolving "she" and "he". */
export const GENDERED_TITLES: Readonly<Record<string, 'f' | 'm'>> = {
  chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f', dame: 'f', father: 'm', king: 'm', lady: 'f',
  lord: 'm', madam: 'f', miss: 'f', monsignor: 'm', mr: 'm', mrs: 'f', ms: 'f', msgr: 'm',
  prince: 'm', princess: 'f', queen: 'f', sir: 'm',
};

// Common nouns for people ("spokeswoman", "aides", "the 46-year-old", not "told"), to type unnamed speakers.
const PERSON_NOUN = /(?:man|woman|person|er|or|ist|ian|ant|ent|aide|official|-old|critic|analyst|voter|staff)s?$/;

/** Things whose names end like a person noun's ("a statement", "his resignation letter", "the events"). */
const THING_ENDINGS = /(?:ment|vent|cent|tent|accident|incident|letter|paper|order|number|matter|chapter|quarter|center|computer|poster|register)s?$/;

/** True when a common noun names a person ("spokeswoman", "aides", "officials"), not a thing. */
export function isPersonNoun(head: string): boolean {
  return PERSON_NOUN.test(head) && !THING_ENDINGS.test(head);
}
