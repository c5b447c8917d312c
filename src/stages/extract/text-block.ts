/** Kinds of article blocks: each becomes one paragraph of text and one element of HTML. */
export type BlockKind = 'p' | 'h2' | 'h3' | 'h4' | 'li-ul' | 'li-ol' | 'blockquote' | 'pre' | 'tr' | 'figcaption' | 'img';

/** One paragraph of the article: its plain text and its inline HTML (already escaped). */
export interface TextBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly html: string;
  /** A short paragraph that is all link: a pointer to another page, dropped when the article has
   * other text. */
  readonly pointer?: boolean;
}
