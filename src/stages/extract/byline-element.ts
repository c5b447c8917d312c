import type { HtmlElement } from './html-tree.ts';
import { classAndId, descendants, normalizeSpace, textOf } from './tree-query.ts';

// Class or id of an element holding the byline.
const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/;

/** The text of the first element in the page marked as the byline (rel=author, itemprop author,
 * or a byline class), when short enough to be one; null otherwise. */
export function bylineFromElements(root: HtmlElement): string | null {
  for (const element of descendants(root)) {
    if (!isBylineElement(element)) continue;
    const named = descendants(element).find((child) => (child.attrs.itemprop ?? '').includes('name'));
    const text = normalizeSpace(textOf(named ?? element));
    if (text.length > 0 && text.length < 100) return text;
  }
  return null;
}

/** True when markup says an element is the byline. */
function isBylineElement(element: HtmlElement): boolean {
  if (element.tag === 'meta' || element.tag === 'link' || element.tag === 'head') return false;
  const { rel, itemprop } = element.attrs;
  return rel === 'author' || (itemprop !== undefined && itemprop.includes('author')) || BYLINE_CLASS.test(classAndId(element));
}
