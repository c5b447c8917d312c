// Character references in feed text. Feeds use HTML's named entities (`&eacute;`, `&nbsp;`)
// though XML defines only five, so the HTML table is used; only references closed by `;`
// are decoded, because bare `&` in URLs (`?a=1&copy=2`) is common and must survive.
import { decodeHTMLStrict } from 'entities';

/**
 * Entities declared in a DOCTYPE's internal subset (`<!ENTITY id "tag:example.com,">`), with a
 * budget of characters their expansion may add to the document, so that a small document cannot
 * expand into a huge one. Expansion is one level deep: values are not expanded again.
 */
export interface DeclaredEntities {
  readonly values: ReadonlyMap<string, string>;
  budget: number;
}

/** Characters declared entities may add to one document. */
const EXPANSION_BUDGET = 1_000_000;

/** Decodes character and entity references (HTML's named set plus any declared in the DOCTYPE). */
export function decodeEntities(raw: string, declared: DeclaredEntities | null = null): string {
  if (!raw.includes('&')) return raw;
  const expanded = declared && declared.values.size > 0 ? raw.replace(/&([\w.-]+);/g, (ref, name: string) => expand(declared, ref, name)) : raw;
  return decodeHTMLStrict(expanded);
}

function expand(declared: DeclaredEntities, ref: string, name: string): string {
  const value = declared.values.get(name);
  if (value === undefined || value.length > declared.budget) return ref;
  declared.budget -= value.length;
  return value;
}

/** Reads general entity declarations out of a DOCTYPE's internal subset. */
export function readDeclaredEntities(doctype: string): DeclaredEntities {
  const values = new Map<string, string>();
  for (const match of doctype.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name, double, single] = match;
    if (name) values.set(name, double ?? single ?? '');
  }
  return { values, budget: EXPANSION_BUDGET };
}

/** Escapes text for inclusion in HTML or XML content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
