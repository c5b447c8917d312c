import { Parser } from 'htmlparser2';

// Elements whose text is never article text.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head', 'nav', 'footer', 'aside', 'form', 'button']);
// Elements that end a paragraph.
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'section', 'article', 'figcaption', 'ul', 'ol', 'table', 'hr', 'dd', 'dt']);

/** Plain text of an HTML fragment: paragraphs separated by blank lines, entities decoded, whitespace collapsed. */
export function htmlToPlainText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (skipDepth === 0) current += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}

/** Metadata and paragraphs of a news page, as far as a page's markup states them plainly. */
export interface PageText {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedAt: string | null;
  readonly paragraphs: readonly string[];
}

/** A first, simple reading of a page: `<meta>` metadata and the `<p>` paragraphs inside
 * `<article>` (or the whole body when there is none). The extraction stage replaces it. */
export function readPageText(html: string): PageText {
  const meta = new Map<string, string>();
  const inArticle: string[] = [];
  const anywhere: string[] = [];
  let title: string | null = null;
  let inTitle = false;
  let articleDepth = 0;
  let skipDepth = 0;
  let paragraph: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content && !meta.has(key)) meta.set(key, attrs.content.trim());
        } else if (name === 'title') inTitle = true;
        else if (name === 'article') articleDepth++;
        else if (SKIPPED.has(name) && name !== 'head') skipDepth++;
        else if (name === 'p' && skipDepth === 0) paragraph = '';
      },
      ontext(text) {
        if (inTitle) title = (title ?? '') + text;
        else if (paragraph !== null) paragraph += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        else if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
        else if (SKIPPED.has(name) && name !== 'head') skipDepth = Math.max(0, skipDepth - 1);
        else if (name === 'p' && paragraph !== null) {
          const text = paragraph.replace(/\s+/g, ' ').trim();
          if (text) (articleDepth > 0 ? inArticle : anywhere).push(text);
          paragraph = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const titleText = meta.get('og:title') ?? (title as string | null)?.replace(/\s+/g, ' ').trim() ?? null;
  return {
    title: titleText || null,
    byline: meta.get('author') ?? meta.get('article:author') ?? null,
    publishedAt: meta.get('article:published_time') ?? meta.get('datepublished') ?? null,
    paragraphs: inArticle.length > 0 ? inArticle : anywhere,
  };
}
