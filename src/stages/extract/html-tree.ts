import { Parser } from 'htmlparser2';
import type { ExtractBudget } from './extract-budget.ts';
import { limitNesting } from './nesting-guard.ts';

/** An element of the page tree; text nodes are plain strings with entities decoded. */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

/** A node of the page tree. */
export type HtmlNode = HtmlElement | string;

/** A parsed page: its tree, the JSON-LD blocks found, and whether a budget cut it short. */
export interface HtmlTree {
  readonly root: HtmlElement;
  readonly jsonLd: readonly string[];
  readonly elementCount: number;
  readonly truncated: boolean;
}

// Raw-text elements whose content is never article text; only JSON-LD scripts are kept, as data.
// (`<noscript>` is parsed as markup: Blogger and others put the whole article there.)
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title']);

/** Parses HTML into a small tree, within the element, depth and size budget. */
export function parseHtmlTree(html: string, budget: ExtractBudget): HtmlTree {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  const jsonLd: string[] = [];
  // One entry per open tag: the element made for it, or null when a budget flattened it.
  const open: Array<HtmlElement | null> = [];
  let current = root;
  let depth = 0;
  let count = 0;
  let truncated = html.length > budget.maxChars;
  let rawTag: string | null = null;
  let rawText = '';
  let rawAttrs: Record<string, string> = {};
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (RAW_TEXT.has(name)) {
          rawTag = name;
          rawText = '';
          rawAttrs = attrs;
        }
        if (count >= budget.maxElements) {
          // The rest of the page cannot join the tree: stop reading it at all.
          truncated = true;
          parser.pause();
          return;
        }
        if (depth >= budget.maxDepth) {
          truncated = true;
          open.push(null);
          return;
        }
        const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        open.push(element);
        current = element;
        depth++;
        count++;
      },
      ontext(text) {
        if (rawTag !== null) rawText += text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (rawTag === name) {
          keepRawText(name, rawAttrs, rawText, current, jsonLd);
          rawTag = null;
        }
        const element = open.pop();
        if (element && element.parent) {
          current = element.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(limitNesting(truncated ? html.slice(0, budget.maxChars) : html, budget.maxDepth * 8));
  if (count < budget.maxElements) parser.end();
  return { root, jsonLd, elementCount: count, truncated };
}

/** Keeps what a raw-text element holds that is useful: JSON-LD data and the `<title>` text. */
function keepRawText(tag: string, attrs: Record<string, string>, text: string, element: HtmlElement, jsonLd: string[]): void {
  if (tag === 'script' && (attrs.type ?? '').toLowerCase().includes('ld+json')) jsonLd.push(text);
  else if (tag === 'title' && element.tag === 'title') element.children.push(text);
}
