// What kind of document a fetched body is, decided from its first non-blank characters, before
// any parser runs: a JSON value, XML (a feed or something else), an HTML page, or neither.
import { looksLikeHtmlPage } from './html/html-page.ts';

/** The broad kind of a document. */
export type DocumentKind = 'json' | 'xml' | 'html' | 'empty' | 'text';

/** The kind of document `text` is. */
export function detectDocumentKind(text: string): DocumentKind {
  const at = text.search(/\S/);
  if (at < 0) return 'empty';
  const first = text[at];
  if (first === '{' || first === '[') return 'json';
  if (first !== '<') return 'text';
  return looksLikeHtmlPage(text.slice(at, at + 4096)) ? 'html' : 'xml';
}

/** The first characters of a document, on one line, for error messages. */
export function snippet(text: string, length = 40): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
