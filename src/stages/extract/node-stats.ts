import type { HtmlElement } from './html-tree.ts';

/** Text measures of one element and everything below it. */
export interface NodeStats {
  /** Characters of text, whitespace runs counted as one. */
  readonly text: number;
  /** Characters of text inside links. */
  readonly links: number;
  /** Commas (of Latin, Arabic and CJK scripts) in the text. */
  readonly commas: number;
  /** Characters of text inside `<p>` elements: the part that reads as prose. */
  readonly prose: number;
  /** Elements below, for density checks. */
  readonly elements: number;
}

const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Measures every element of the tree in one pass (the tree's depth is bounded by the budget). */
export function measureTree(root: HtmlElement): Map<HtmlElement, NodeStats> {
  const stats = new Map<HtmlElement, NodeStats>();
  measure(root, false, false, stats);
  return stats;
}

/** Post-order measure of one element. */
function measure(element: HtmlElement, inLink: boolean, inProse: boolean, stats: Map<HtmlElement, NodeStats>): NodeStats {
  let text = 0;
  let prose = 0;
  let links = 0;
  let commas = 0;
  let elements = 0;
  const isLink = inLink || (element.tag === 'a' && element.attrs.href !== undefined);
  const isProse = inProse || element.tag === 'p';
  for (const child of element.children) {
    if (typeof child === 'string') {
      const length = spacedLength(child);
      text += length;
      if (isLink) links += length;
      if (isProse) prose += length;
      commas += child.match(COMMAS)?.length ?? 0;
    } else {
      const below = measure(child, isLink, isProse, stats);
      text += below.text;
      links += below.links;
      prose += below.prose;
      commas += below.commas;
      elements += below.elements + 1;
    }
  }
  const result = { text, links, commas, prose, elements };
  stats.set(element, result);
  return result;
}

/** Length of a text with each whitespace run counted once. */
function spacedLength(text: string): number {
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160;
    if (isSpace) {
      if (!space) length++;
      space = true;
    } else {
      length++;
      space = false;
    }
  }
  return length;
}
