// Words that make a speaker an organisation rather than a person, lower case, sorted.

/** Head words of organisations ("the Clinton campaign", "Department of Justice"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'academy', 'administration', 'agency', 'alliance', 'association', 'authority', 'bank', 'board', 'bureau', 'campaign',
  'caucus', 'center', 'centre', 'chamber', 'chiefs', 'church', 'coalition', 'college', 'commission', 'committee',
  'company', 'congress', 'corp', 'corporation', 'council', 'county', 'court', 'department', 'fbi', 'foundation', 'fund',
  'government', 'group', 'hospital', 'inc', 'institute', 'league', 'ministry', 'network', 'networks', 'office', 'organization',
  'pac', 'panel', 'parliament', 'party', 'pentagon', 'police', 'school', 'senate', 'service', 'society', 'systems',
  'team', 'telecom', 'union', 'university',
]);

/** Whole names of organisations that carry no head word ("the White House"). */
export const ORGANISATION_NAMES: ReadonlySet<string> = new Set([
  'cia', 'dnc', 'gop', 'house', 'kremlin', 'nato', 'pentagon', 'rnc', 'the kremlin', 'the pentagon', 'the white house', 'un',
  'white house',
]);
