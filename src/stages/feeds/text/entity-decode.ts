// Character references in feed text. Feeds use HTML's named entities (`&eacute;`, `&nbsp;`)
// though XML defines only five, so the HTML table is used; only references closed by `;`
// are decoded, because bare `&` in URLs (`?a=1&copy=2`) is common and must survive.
import { decodeHTMLStrict } from 'entities';

/** Entities declared in a DOCTYPE's internal subset, e.g. `<!ENTITY id "tag:example.com,">`. */
export type DeclaredEntities = ReadonlyMap<string, string>;

/** An empty set of declared entities. */
export const NO_ENTITIES: DeclaredEntities = new Map();

/** Decodes character and entity references (HTML's named set plus any declared in the DOCTYPE). */
export function decodeEntities(raw: string, declared: DeclaredEntities = NO_ENTITIES): string {
  if (!raw.includes('&')) return raw;
  const expanded = declared.size > 0 ? raw.replace(/&([\w.-]+);/g, (ref, name: string) => declared.get(name) ?? ref) : raw;
  return decodeHTMLStrict(expanded);
}

/** Reads general entity declarations out of a DOCTYPE's internal subset. */
export function readDeclaredEntities(doctype: string): DeclaredEntities {
  const entities = new Map<string, string>();
  for (const match of doctype.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    const [, name, double, single] = match;
    if (name) entities.set(name, double ?? single ?? '');
  }
  return entities;
}

/** Escapes text for inclusion in HTML or XML content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
