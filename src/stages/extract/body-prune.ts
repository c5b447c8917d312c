import type { HtmlElement, HtmlNode } from './html-tree.ts';
import { BOILERPLATE, CAPTION, MAYBE_CONTENT, METADATA_ITEMPROPS, UNLIKELY, UNLIKELY_ROLES } from './boilerplate-patterns.ts';
import { classAndId, descendants } from './tree-query.ts';

// Elements that never hold article text (forms are kept: some sites wrap the whole page in one).
const NEVER_TEXT = new Set([
  'script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'button', 'input', 'select', 'option',
  'textarea', 'link', 'meta', 'audio', 'video', 'source', 'dialog', 'menu', 'map', 'title', 'label',
]);
// Elements that are furniture unless they hold the article (some sites wrap it in <aside>, Blogger
// repeats it in <noscript>).
const USUALLY_FURNITURE = new Set(['noscript', 'nav', 'aside', 'footer', 'header']);

// Elements never removed by name: they are the page itself.
const PAGE_LEVEL = new Set(['html', 'body', 'main', '#root']);
// Elements only tested against the boilerplate names, not the broader unlikely ones.
const STRUCTURAL = new Set(['html', 'body', 'main', 'article', 'a', '#root', 'p', 'table', 'tbody', 'tr', 'td', 'th', 'li', 'code', 'pre']);

/** Removes from the tree what is never the article: scripts and furniture, hidden elements,
 * navigation roles, and boxes whose class names them as boilerplate. `extraDrop` adds class or id
 * fragments from an outlet rule; `strict` false keeps boxes named as boilerplate (a second reading
 * of a page whose article the names hid); `holdsArticle` exempts boxes that hold the article. */
export function pruneTree(root: HtmlElement, extraDrop: readonly string[] = [], strict = true, holdsArticle: (element: HtmlElement) => boolean = () => false): void {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as HtmlElement;
    const kept: HtmlNode[] = [];
    for (const child of element.children) {
      if (typeof child !== 'string' && shouldDrop(child, extraDrop, strict, holdsArticle)) {
        child.parent = null;
        continue;
      }
      kept.push(child);
      if (typeof child !== 'string') stack.push(child);
    }
    element.children = kept;
  }
}

/** The pruning decision for one element. */
function shouldDrop(element: HtmlElement, extraDrop: readonly string[], strict: boolean, holdsArticle: (element: HtmlElement) => boolean): boolean {
  const { tag, attrs } = element;
  if (NEVER_TEXT.has(tag)) return true;
  if (tag === 'header' && (insideArticle(element) || hasLongParagraph(element))) return false;
  if (USUALLY_FURNITURE.has(tag)) return !holdsArticle(element);
  if (isHidden(attrs)) return true;
  if (attrs.role && UNLIKELY_ROLES.has(attrs.role.toLowerCase())) return true;
  // A box that holds most of the page's prose is the article, whatever its class says.
  if (!strict || holdsArticle(element) || PAGE_LEVEL.has(tag)) return false;
  if (element.attrs.itemprop && METADATA_ITEMPROPS.test(element.attrs.itemprop.toLowerCase())) return true;
  const names = classAndId(element);
  if (!names) return false;
  if (extraDrop.some((fragment) => names.includes(fragment))) return true;
  if (CAPTION.test(names) || BOILERPLATE.test(names)) return true;
  if (STRUCTURAL.has(tag)) return false;
  return UNLIKELY.test(names) && !MAYBE_CONTENT.test(names);
}

/** True when the markup hides an element from readers. */
function isHidden(attrs: Readonly<Record<string, string>>): boolean {
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return attrs.class !== undefined && /(^|\s)(hidden|hide|d-none|is-hidden)(\s|$)/.test(attrs.class);
}

/** True when an element is inside an `<article>`: its header holds the standfirst, not site furniture. */
function insideArticle(element: HtmlElement): boolean {
  for (let node = element.parent; node; node = node.parent) if (node.tag === 'article') return true;
  return false;
}

/** True when an element holds a paragraph of real length (a `<header>` wrapping the article). */
function hasLongParagraph(element: HtmlElement): boolean {
  return descendants(element).some((child) => child.tag === 'p' && child.children.length > 0 && paragraphLength(child) > 120);
}

/** Text length of an element (cheap estimate over direct text children and one level down). */
function paragraphLength(element: HtmlElement): number {
  let length = 0;
  for (const child of element.children) length += typeof child === 'string' ? child.length : child.children.reduce((n, c) => n + (typeof c === 'string' ? c.length : 0), 0);
  return length;
}
