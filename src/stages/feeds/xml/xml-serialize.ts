// Element content as HTML. Two cases: inline XHTML (Atom type="xhtml", RSS xhtml:body), where
// everything inside is markup and text must be re-escaped; and "naked" markup, where an
// element meant to hold escaped HTML (an RSS description) holds unescaped tags instead, so its
// own text is already HTML while the text inside the stray tags is XML-decoded.
import { escapeAttribute, escapeText } from '../text/entity-decode.ts';
import { absolutizeHtmlUrls } from '../text/html-urls.ts';
import type { XmlElement, XmlNode } from './xml-tree.ts';

/** Elements HTML writes without a closing tag. */
const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** The content of an element that carries HTML: its text as is, stray child elements re-serialised. */
export function htmlContent(element: XmlElement): string {
  let html = '';
  for (const child of element.children) html += child.kind === 'text' ? child.text : serializeNode(child);
  return absolutizeHtmlUrls(html, element.base);
}

/** The content of an element that carries inline XHTML, serialised as HTML; the xhtml prefix is dropped. */
export function xhtmlContent(element: XmlElement): string {
  let html = '';
  for (const child of element.children) html += serializeNode(child);
  return absolutizeHtmlUrls(html, element.base);
}

function serializeNode(node: XmlNode): string {
  if (node.kind === 'text') return escapeText(node.text);
  const tag = node.ns === 'xhtml' ? node.local : node.qname.replace(/^xhtml:/i, '');
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    // The XHTML namespace is implied in HTML; others (SVG, MathML) must stay declared.
    if ((name === 'xmlns' || name.startsWith('xmlns:')) && /w3\.org\/1999\/xhtml/i.test(value)) continue;
    open += ` ${name}="${escapeAttribute(value)}"`;
  }
  let inner = '';
  for (const child of node.children) inner += serializeNode(child);
  // A void element never has content: what an unclosed <br> swallowed follows it instead.
  if (VOID_ELEMENTS.has(node.local)) return `${open} />${inner}`;
  return `${open}>${inner}</${tag}>`;
}
