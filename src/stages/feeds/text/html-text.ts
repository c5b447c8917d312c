// HTML -> plain text, for titles: Roundup's titles are plain text, so a title given as HTML
// (Atom type="html", or an RSS title with tags in it) is reduced to what a reader would see.
import { Parser } from 'htmlparser2';

/** Elements whose content is never visible text. */
const INVISIBLE = new Set(['script', 'style', 'template', 'noscript']);

/**
 * An HTML element a title might carry, as a tag. Only real HTML names count, so that prose
 * such as "Vec<T>" or "the <blink> tag" stays text.
 */
const HTML_TAG = new RegExp(
  '<\\/?(?:a|abbr|b|big|br|cite|code|del|div|em|embed|font|i|iframe|img|ins|kbd|mark|object|p|q|s|script|small|span|strike|strong|style|sub|sup|svg|u)(?:\\s[^<>]*)?\\/?>',
  'i',
);

/** Whether `text` contains HTML tags. */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/** The visible text of an HTML fragment: tags dropped, entities decoded, script and style removed. */
export function htmlToText(html: string): string {
  let text = '';
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag: (name) => (hidden += INVISIBLE.has(name) ? 1 : 0),
      onclosetag: (name) => (hidden -= INVISIBLE.has(name) && hidden > 0 ? 1 : 0),
      ontext: (data) => (text += hidden > 0 ? '' : data),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text;
}

/** Collapses runs of whitespace to one space and trims; null when nothing is left. */
export function collapseWhitespace(text: string | null): string | null {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed : null;
}
