import type { HtmlElement, HtmlNode } from './html-tree.ts';

/** True when a node is an element (not text). */
export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

/** Collapses runs of whitespace to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every element below `root` in document order (iterative, so depth never overflows the stack). */
export function descendants(root: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return out;
}

/** The raw text below a node, in document order. */
export function textOf(node: HtmlNode): string {
  if (!isElement(node)) return node;
  const parts: string[] = [];
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop() as HtmlNode;
    if (!isElement(next)) parts.push(next);
    else for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as HtmlNode);
  }
  return parts.join('');
}

/** The class and id of an element in one lowercase string, for pattern tests. */
export function classAndId(element: HtmlElement): string {
  const { class: cls, id } = element.attrs;
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** Removes an element from its parent. */
export function detach(element: HtmlElement): void {
  const parent = element.parent;
  if (!parent) return;
  const index = parent.children.indexOf(element);
  if (index >= 0) parent.children.splice(index, 1);
  element.parent = null;
}

/** The first element (document order) with the given tag, or null. */
export function firstByTag(root: HtmlElement, tag: string): HtmlElement | null {
  return descendants(root).find((element) => element.tag === tag) ?? null;
}

/** Resolves a possibly relative URL against a base; null when it is not an http(s) URL. */
export function absoluteUrl(value: string | undefined | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
