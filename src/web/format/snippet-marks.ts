// The store marks matched terms in a search snippet with `[` and `]`; the page shows them as <mark>.

/** One run of snippet text, marked when it matched the query. */
export interface SnippetPart {
  readonly text: string;
  readonly marked: boolean;
}

/** Splits a `[`/`]`-marked snippet into runs; an unbalanced bracket is kept as plain text. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /\[([^[\]]*)\]/g;
  let last = 0;
  for (const match of snippet.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: snippet.slice(last, at), marked: false });
    parts.push({ text: match[1] ?? '', marked: true });
    last = at + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), marked: false });
  return parts;
}
