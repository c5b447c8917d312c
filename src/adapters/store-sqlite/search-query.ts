/** Most terms kept from one user query; the rest are dropped, since every term narrows the AND. */
export const MAX_SEARCH_TERMS = 32;

// Letters, combining marks and digits: what the unicode61 tokenizer keeps as token characters.
// Everything else (quotes, `-`, `:`, `(`, `^`, `+`, ...) only separates terms, as it would in the index.
const termPattern = /([\p{L}\p{M}\p{N}]+)(\*)?/gu;

/** Turns free text into a safe FTS5 query: each word a quoted string (so AND, OR, NOT, NEAR and
 * column names are plain words), all required; a trailing `*` keeps a prefix search. Null when
 * the text has no word at all. */
export function ftsQuery(userQuery: string): string | null {
  const terms = [...userQuery.matchAll(termPattern)]
    .slice(0, MAX_SEARCH_TERMS)
    .map(([, word, star]) => `"${word}"${star ?? ''}`);
  return terms.length === 0 ? null : terms.join(' ');
}
