// The Good News lexicon, as sorted data. Stems are matched at the start of a lowercased word
// ("recover" matches recovered, recovery). Weights: +2/-2 strong, +1/-1 mild. Excluded topics
// veto a briefing outright whatever its score: the list promises no war, disaster or crime.

/** Word stems that make a story read as constructive, with their weights. */
export const POSITIVE_STEMS: readonly (readonly [string, number])[] = [
  ['achiev', 1], ['advance', 1], ['agreement', 1], ['award', 1], ['beat', 1], ['benefit', 1], ['boost', 1],
  ['breakthrough', 2], ['celebrat', 2], ['clean', 1], ['conserv', 1], ['cure', 2], ['discover', 1], ['donat', 2],
  ['effective', 1], ['eradicat', 2], ['expand', 1], ['first-ever', 1], ['free', 1], ['generous', 2], ['grow', 1],
  ['heal', 1], ['help', 1], ['hope', 1], ['improv', 1], ['innovat', 1], ['launch', 1], ['milestone', 2],
  ['open', 1], ['progress', 1], ['protect', 1], ['record high', 1], ['recover', 1], ['renewable', 1], ['rescu', 2],
  ['restor', 2], ['save', 1], ['reunit', 2], ['revive', 1], ['saved', 2], ['solar', 1], ['success', 2], ['surviv', 1],
  ['thriv', 2], ['triumph', 2], ['volunteer', 2], ['win', 1],
];

/** Word stems that make a story read as bad news, with their (negative) weights. */
export const NEGATIVE_STEMS: readonly (readonly [string, number])[] = [
  ['accus', -1], ['behind schedule', -1], ['budget', -1], ['ban', -1], ['collapse', -2], ['concern', -1], ['crash', -2], ['crisis', -2], ['cut', -1],
  ['damag', -1], ['decline', -1], ['deficit', -1], ['delay', -1], ['fail', -1], ['fear', -1], ['fine', -1],
  ['fire', -1], ['funding cut', -2], ['layoff', -2], ['lawsuit', -1], ['loss', -1], ['outage', -1], ['over budget', -2], ['poverty', -1], ['protest', -1],
  ['recession', -2], ['resign', -1], ['scandal', -2], ['shortage', -1], ['slump', -2], ['strike', -1],
  ['struggl', -1], ['tariff', -1], ['threat', -2], ['warn', -1], ['worst', -2],
];

/** Topics the Good News list never carries, each with the stems that reveal it. */
export const EXCLUDED_TOPICS: readonly (readonly [string, readonly string[]])[] = [
  ['crime', ['arrest', 'assault', 'burglar', 'charged with', 'convicted', 'fraud', 'gunman', 'homicide', 'kidnap', 'murder', 'robber', 'shooting', 'stabb', 'theft']],
  ['death', ['dead', 'death', 'die', 'died', 'fatal', 'funeral', 'kill']],
  ['disaster', ['avalanche', 'building collapse', 'cyclone', 'disaster', 'drought', 'earthquake', 'flood', 'hurricane', 'rubble', 'tornado', 'tsunami', 'wildfire']],
  ['war', ['airstrike', 'army', 'bomb', 'invasion', 'militant', 'military', 'missile', 'shelling', 'terror', 'troops', 'war']],
];
