/** The text and metadata the extraction stage reads from one article page. */
export interface ExtractedArticle {
  /** Headline, as the page states it (JSON-LD, OpenGraph, `<title>` cleaned of the outlet name). */
  readonly title: string | null;
  /** Author names, in page order, without "By" and without duplicates. */
  readonly byline: readonly string[];
  /** First publication time, ISO 8601 with offset (`2024-05-01T10:00:00Z`), or a date `2024-05-01`. */
  readonly published: string | null;
  /** Last modification time, same form as `published`. */
  readonly modified: string | null;
  /** BCP 47 language tag from the page, or an ISO 639-3 code guessed from the text. */
  readonly language: string | null;
  /** Name of the outlet as the page states it. */
  readonly siteName: string | null;
  /** The page's canonical URL (absolute), else the URL it was read from. */
  readonly canonicalUrl: string | null;
  /** Absolute URL of the lead image. */
  readonly leadImage: string | null;
  /** Section of the outlet the article belongs to (e.g. "Politics"). */
  readonly section: string | null;
  /** The page's own short description of the article. */
  readonly description: string | null;
  /** Article text: paragraphs separated by a blank line; headings and list items are paragraphs. */
  readonly text: string;
  /** The article's content as sanitized HTML (no scripts, styles, handlers, forms, iframes). */
  readonly html: string;
}

/** What extracting a page gave: an article, or the plain reason there is none. */
export type ExtractOutcome =
  | { readonly kind: 'article'; readonly article: ExtractedArticle }
  | { readonly kind: 'no-article'; readonly reason: string };
