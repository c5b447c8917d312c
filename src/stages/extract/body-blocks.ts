import type { HtmlElement } from './html-tree.ts';
import type { NodeStats } from './node-stats.ts';
import type { BlockKind, TextBlock } from './text-block.ts';
import { BLOCK_TAGS, HEADING_TAGS } from './block-tags.ts';
import { COMMENT_PROMPT_TEXT, FIGURE_LABEL_TEXT, PITCH_TEXT, READING_TIME_TEXT, WIRE_LINE_TEXT, CREDIT_TEXT, END_MARKER_TEXT, FURNITURE_TEXT, LEAD_IN_TEXT, PICTURE_AGENCY } from './boilerplate-patterns.ts';
import { classWeight, isMarkedBody } from './body-score.ts';
import { escapeHtml } from './html-escape.ts';
import { absoluteUrl } from './tree-query.ts';

// Inline elements kept in the article's HTML; everything else inline keeps only its text.
const INLINE_KEPT = new Set(['em', 'i', 'strong', 'b', 'code', 'sub', 'sup', 'mark', 'small', 'abbr', 'q', 's', 'u', 'cite']);
// Containers judged before their content is read: lists of links and boxes named as boilerplate.
const JUDGED = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'figure', 'form', 'span', 'aside', 'center']);

/** What the block reader needs besides the tree. */
export interface BlockContext {
  readonly stats: ReadonlyMap<HtmlElement, NodeStats>;
  readonly baseUrl: string | null;
}

/** Reads the chosen content elements into paragraphs, dropping link lists and furniture. */
export function readBlocks(elements: readonly HtmlElement[], context: BlockContext): TextBlock[] {
  const total = elements.reduce((sum, element) => sum + (context.stats.get(element)?.text ?? 0), 0);
  const reader = new BlockReader(context, total);
  // The chosen elements are the article: only what is inside them is judged.
  for (const element of elements) {
    reader.visit(element, 'p', false);
    // Chosen siblings were apart in the page: their texts must not run together.
    reader.separate();
  }
  reader.flush('p');
  // Captions describe pictures, not events: kept in the HTML, left out of the text.
  const kept = reader.blocks.filter((block) => block.kind === 'img' || block.kind === 'figcaption' || !isFurniture(block.text));
  // A page of nothing but links keeps them: they are all the text it has.
  const blocks = kept.some((block) => block.text && !block.pointer) ? kept.filter((block) => !block.pointer) : kept;
  return dropClosingPitches(cutAtEndMarker(blocks));
}

// How many of the last paragraphs are looked at for the outlet's closing pitch.
const PITCH_TAIL_BLOCKS = 5;

/** Drops short paragraphs among the last few that pitch the outlet, not the story ("Follow us on
 * Twitter", "Subscribe to our newsletter", "Únete a nuestro canal de Telegram"). */
function dropClosingPitches(blocks: TextBlock[]): TextBlock[] {
  const textIndexes = blocks.flatMap((block, i) => (block.text ? [i] : []));
  // The article's own text must remain: a short page of nothing but a pitch keeps it.
  if (textIndexes.length <= PITCH_TAIL_BLOCKS) return blocks;
  const tail = new Set(textIndexes.slice(-PITCH_TAIL_BLOCKS).filter((i) => isPitch((blocks[i] as TextBlock).text)));
  return tail.size === 0 ? blocks : blocks.filter((_, i) => !tail.has(i));
}

/** True for a short paragraph that asks the reader to follow, subscribe to or support the outlet. */
function isPitch(text: string): boolean {
  return text.length <= 300 && PITCH_TEXT.test(text);
}

/** The blocks before a line like "You might also like:" in the last part of the article. */
function cutAtEndMarker(blocks: TextBlock[]): TextBlock[] {
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    // Only in the second half (a marker near the top is more likely a heading of the article),
    // and only when little follows: "Read also" between two halves of an article is a link box.
    if (seen > total * 0.5 && block.text.length < 80 && END_MARKER_TEXT.test(block.text) && total - seen < total * 0.3) return blocks.slice(0, i);
    seen += block.text.length;
  }
  return blocks;
}

/** True for a short paragraph that is page furniture ("Advertisement", "Read more", a lone date). */
function isFurniture(text: string): boolean {
  if (text.length < 80 && FURNITURE_TEXT.test(text)) return true;
  if (text.length < 200 && LEAD_IN_TEXT.test(text)) return true;
  if (text.length < 120 && CREDIT_TEXT.test(text)) return true;
  if (isPictureCredit(text)) return true;
  if (text.length < 200 && (COMMENT_PROMPT_TEXT.test(text) || FIGURE_LABEL_TEXT.test(text))) return true;
  if (text.length < 40 && (READING_TIME_TEXT.test(text) || WIRE_LINE_TEXT.test(text))) return true;
  return text.length < 100 && isDateLine(text);
}

/** True for a photo credit line: "AFP / Marco Bertorello", "Augusta National/Getty Images". */
function isPictureCredit(text: string): boolean {
  if (text.length > 80 || /[.!?:]$/.test(text) || text.split(' ').length > 10) return false;
  return (PICTURE_AGENCY.test(text) && /[/|]/.test(text)) || /^[\p{Lu}][\p{L}.' -]* ?[/|] ?[\p{Lu}][\p{L}.' -]*$/u.test(text);
}

// Words that make up a date line, in the languages of the corpora.
const DATE_WORDS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|at|on|de|da|do|às|um|am|den|le|el|posted|published|updated|utc|gmt|est|edt|pst|pdt|cet|cest|et|[a-zç-]+-feira|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b/gi;

/** True for a line that is only a date or time (a year, numbers and date words, no sentence). */
function isDateLine(text: string): boolean {
  if (!/\b(19|20)\d{2}\b/.test(text) || /[.!?]$/.test(text)) return false;
  const rest = text.replace(DATE_WORDS, ' ').replace(/[\d\s.,:/|()–—-]+/g, ' ').trim();
  return rest.split(' ').filter(Boolean).length <= 1;
}

/** Walks content in document order, collecting text and inline HTML into blocks. */
class BlockReader {
  readonly blocks: TextBlock[] = [];
  private text = '';
  private html = '';
  private lastWasBreak = false;
  private linkText = 0;
  private linkDepth = 0;

  constructor(
    private readonly context: BlockContext,
    private readonly totalText: number,
  ) {}

  /** Visits one element; `kind` is the block kind its text belongs to. */
  visit(element: HtmlElement, kind: BlockKind, judge = true): void {
    if (judge && this.isJudgedOut(element)) return;
    const tag = element.tag;
    if (tag === 'br') return this.lineBreak(kind);
    if (tag === 'img') return this.image(element);
    const own = blockKindOf(element, kind);
    const isBlock = BLOCK_TAGS.has(tag) && tag !== 'td' && tag !== 'th';
    if (isBlock) this.flush(kind);
    if (tag === 'td' || tag === 'th') this.append(' ', ' ');
    const wrap = inlineWrap(element, this.context.baseUrl);
    if (wrap) this.html += wrap[0];
    const isLink = tag === 'a' && element.attrs.href !== undefined;
    if (isLink) this.linkDepth++;
    for (const child of element.children) {
      if (typeof child === 'string') this.append(child, escapeHtml(child));
      else this.visit(child, own);
    }
    if (isLink) this.linkDepth--;
    if (wrap) this.html += wrap[1];
    if (isBlock) this.flush(own);
  }

  /** Ends the current block, keeping it when it has text. */
  flush(kind: BlockKind): void {
    const text = kind === 'pre' ? this.text.replace(/^\n+|\s+$/g, '') : cleanText(this.text);
    // A short paragraph that is all link is a pointer to another page ("Read: other headline").
    const isPointer = text.length < 150 && this.linkText >= text.length * 0.8 && kind !== 'pre';
    if (text) this.blocks.push(isPointer ? { kind, text, html: this.html.trim(), pointer: true } : { kind, text, html: this.html.trim() });
    this.text = '';
    this.linkText = 0;
    this.html = '';
    this.lastWasBreak = false;
  }

  /** Adds a space between two chosen elements' texts. */
  separate(): void {
    this.text += ' ';
    this.html += ' ';
  }

  /** Adds text to the current block. */
  private append(text: string, html: string): void {
    this.text += text;
    if (this.linkDepth > 0) this.linkText += text.replace(/\s+/g, ' ').trim().length;
    this.html += html;
    if (/\S/.test(text)) this.lastWasBreak = false;
  }

  /** One `<br>` is a line break; two in a row end the paragraph. */
  private lineBreak(kind: BlockKind): void {
    if (this.lastWasBreak) return this.flush(kind);
    this.text += '\n';
    this.html += '<br>';
    this.lastWasBreak = true;
  }

  /** An image becomes its own HTML block (no text). */
  private image(element: HtmlElement): void {
    const src = absoluteUrl(element.attrs.src ?? element.attrs['data-src'], this.context.baseUrl);
    if (!src) return;
    const alt = element.attrs.alt ? ` alt="${escapeHtml(element.attrs.alt)}"` : '';
    this.blocks.push({ kind: 'img', text: '', html: `<img src="${escapeHtml(src)}"${alt}>` });
  }

  /** True when a container inside the content is a list of links or a box named as boilerplate. */
  private isJudgedOut(element: HtmlElement): boolean {
    if (!JUDGED.has(element.tag) || isMarkedBody(element)) return false;
    const stats = this.context.stats.get(element);
    // A box holding most of the article is the article, whatever its name says.
    if (!stats || stats.text === 0 || stats.text > this.totalText * 0.5) return false;
    const density = stats.links / stats.text;
    const weight = classWeight(element);
    if (weight < 0) return true;
    return density > 0.5 || (density > 0.25 && stats.text < 200 && element.tag !== 'span');
  }
}

/** The block kind text inside an element belongs to. */
function blockKindOf(element: HtmlElement, inherited: BlockKind): BlockKind {
  const tag = element.tag;
  // Everything inside a caption is caption, however the page marks up its lines.
  if (inherited === 'figcaption') return inherited;
  if (HEADING_TAGS.has(tag)) return tag === 'h1' || tag === 'h2' ? 'h2' : tag === 'h3' ? 'h3' : 'h4';
  if (tag === 'li') return element.parent?.tag === 'ol' ? 'li-ol' : 'li-ul';
  if (tag === 'blockquote') return 'blockquote';
  if (tag === 'pre') return 'pre';
  if (tag === 'tr') return 'tr';
  if (tag === 'figcaption') return 'figcaption';
  if (tag === 'p' || tag === 'div' || tag === 'section') return inherited === 'blockquote' || inherited === 'li-ul' || inherited === 'li-ol' ? inherited : 'p';
  return inherited;
}

/** Opening and closing HTML of an inline element kept in the article's HTML, else null. */
function inlineWrap(element: HtmlElement, baseUrl: string | null): [string, string] | null {
  if (INLINE_KEPT.has(element.tag)) return [`<${element.tag}>`, `</${element.tag}>`];
  if (element.tag !== 'a') return null;
  const href = absoluteUrl(element.attrs.href, baseUrl);
  return href ? [`<a href="${escapeHtml(href)}">`, '</a>'] : null;
}

/** Whitespace of a paragraph normalised: spaces collapsed, lines trimmed, empty lines dropped. */
function cleanText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
