// Small lookups over the element tree, shared by the RSS and Atom readers.
import type { XmlElement, XmlNode } from './xml-tree.ts';

/** The child elements of `element`. */
export function childElements(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) if (child.kind === 'element') found.push(child);
  return found;
}

/** Child elements by name; built once per element, since readers look up many names on each. */
function childIndex(element: XmlElement): Map<string, XmlElement[]> {
  if (element.childIndex) return element.childIndex;
  const index = new Map<string, XmlElement[]>();
  for (const child of element.children) {
    if (child.kind !== 'element') continue;
    const list = index.get(child.name);
    if (list) list.push(child);
    else index.set(child.name, [child]);
  }
  element.childIndex = index;
  return index;
}

/** The first child element whose name is one of `names` (tried in order of `names`). */
export function findChild(element: XmlElement, ...names: string[]): XmlElement | null {
  const index = childIndex(element);
  for (const name of names) {
    const found = index.get(name)?.[0];
    if (found) return found;
  }
  return null;
}

/** All child elements whose name is one of `names`, in document order. */
export function findChildren(element: XmlElement, ...names: string[]): XmlElement[] {
  const index = childIndex(element);
  if (names.length === 1) return [...(index.get(names[0] ?? '') ?? [])];
  if (!names.some((name) => index.has(name))) return [];
  return childElements(element).filter((child) => names.includes(child.name));
}

/** All character data under `element`, concatenated (markup dropped). */
export function textContent(node: XmlNode): string {
  if (node.kind === 'text') return node.text;
  let text = '';
  for (const child of node.children) text += textContent(child);
  return text;
}

/** Trimmed text of the first child named one of `names`; null when absent or empty. */
export function childText(element: XmlElement, ...names: string[]): string | null {
  const child = findChild(element, ...names);
  return child ? nonEmpty(textContent(child)) : null;
}

/** Trimmed text of every child named one of `names`, empties dropped. */
export function childTexts(element: XmlElement, ...names: string[]): string[] {
  return findChildren(element, ...names)
    .map((child) => nonEmpty(textContent(child)))
    .filter((text): text is string => text !== null);
}

/** An attribute's trimmed value; null when absent or empty. */
export function attr(element: XmlElement, name: string): string | null {
  return nonEmpty(element.attrs[name]);
}

/** The trimmed string, or null when it is empty. */
export function nonEmpty(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
