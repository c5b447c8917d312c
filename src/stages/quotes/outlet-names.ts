// News outlets and agencies a quote can be attributed to ("The Associated Press reported"),
// lower case without a leading "the", sorted.

/** Names of news outlets. */
export const OUTLET_NAMES: ReadonlySet<string> = new Set([
  'abc', 'abc news', 'afp', 'agence france-presse', 'al jazeera', 'ap', 'associated press', 'axios', 'bbc', 'bbc news',
  'bloomberg', 'bloomberg news', 'breitbart', 'breitbart news', 'buzzfeed', 'buzzfeed news', 'cbs', 'cbs news', 'cnbc', 'cnn',
  'daily beast', 'daily caller', 'daily mail', 'financial times', 'forbes', 'fox', 'fox business', 'fox business network',
  'fox news', 'guardian', 'huffington post', 'huffpost', 'los angeles times', 'mediaite', 'msnbc', 'nbc', 'nbc news',
  'new york post', 'new york times', 'newsweek', 'npr', 'politico', 'reuters', 'slate', 'the atlantic', 'the hill',
  'the new yorker', 'the times', 'time', 'usa today', 'vox', 'wall street journal', 'washington examiner', 'washington post',
  'washington times', 'western journalism',
]);

/** Words that make a capitalised name an outlet ("the Des Moines Register"). */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'chronicle', 'gazette', 'herald', 'journal', 'magazine', 'news', 'newspaper', 'post', 'press', 'register', 'times', 'tribune',
]);
