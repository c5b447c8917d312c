import type { HtmlElement } from './html-tree.ts';
import { UNLIKELY_ROLES } from './boilerplate-patterns.ts';
import { classAndId, descendants, normalizeSpace, textOf } from './tree-query.ts';

// Class or id of an element holding the byline.
const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/;

/** The text of the first element in the page marked as the byline (rel=author, itemprop author,
 * or a byline class), when short enough to be one; null otherwise. */
export function bylineFromElements(root: HtmlElement): string | null {
  for (const element of descendants(root)) {
    if (!isBylineElement(element) || insideFurniture(element)) continue;
    const named = descendants(element).find((child) => (child.attrs.itemprop ?? '').includes('name'));
    // Readability's limit is on the raw text, so that a menu laid out over many lines is too long.
    const raw = textOf(named ?? element).trim();
    if (raw.length > 0 && raw.length < 100) return normalizeSpace(raw);
  }
  return null;
}

// Containers whose "author" links are site furniture (account menus, comment authors).
const FURNITURE_TAGS = new Set(['nav', 'footer', 'form', 'button', 'select', 'menu']);

/** True when an element sits in navigation, a hidden box or a box named as unlikely content. */
function insideFurniture(element: HtmlElement): boolean {
  for (let node = element.parent; node; node = node.parent) {
    if (FURNITURE_TAGS.has(node.tag) || node.attrs.hidden !== undefined || node.attrs['aria-hidden'] === 'true') return true;
    if (node.attrs.role && UNLIKELY_ROLES.has(node.attrs.role)) return true;
    if (/(^|[\s_-])(menu|comments?|login|account|user-nav)([\s_-]|$)/.test(classAndId(node))) return true;
  }
  return false;
}

/** True when markup says an element is the byline. */
function isBylineElement(element: HtmlElement): boolean {
  if (element.tag === 'meta' || element.tag === 'link' || element.tag === 'head') return false;
  const { rel, itemprop } = element.attrs;
  return rel === 'author' || (itemprop !== undefined && itemprop.includes('author')) || BYLINE_CLASS.test(classAndId(element));
}
