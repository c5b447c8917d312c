// Atom text constructs (title, subtitle, summary, content, rights). Atom 1.0 says how to read
// them with `type` (text, html, xhtml, a MIME type); Atom 0.3 with `type` plus `mode`
// (xml, escaped, base64). Both are reduced to plain text or HTML.
import { absolutizeHtmlUrls } from '../text/html-urls.ts';
import { htmlContent, xhtmlContent } from '../xml/xml-serialize.ts';
import { attr, textContent } from '../xml/xml-query.ts';
import type { XmlElement } from '../xml/xml-tree.ts';

/** A text construct: its value and whether the value is plain text or HTML. */
export interface AtomText {
  readonly kind: 'text' | 'html';
  readonly value: string;
}

/** Reads a text construct element. */
export function readAtomText(element: XmlElement): AtomText {
  const type = (attr(element, 'type') ?? 'text').toLowerCase();
  const mode = attr(element, 'mode')?.toLowerCase();
  if (mode === 'base64') return { kind: 'html', value: decodeBase64(element) };
  if (mode === 'escaped') return { kind: 'html', value: htmlContent(element) };
  // Atom 1.0's "xhtml" wraps the content in a <div> that is not part of it; Atom 0.3's
  // application/xhtml+xml and other XML types carry the markup as is.
  if (type === 'xhtml') return { kind: 'html', value: xhtmlContent(unwrapDiv(element)) };
  if (type.endsWith('/xml') || type.endsWith('+xml') || mode === 'xml') return { kind: 'html', value: xhtmlContent(element) };
  if (type === 'html' || type === 'text/html') return { kind: 'html', value: htmlContent(element) };
  // Markup where text was declared ("naked" tags): the feed meant HTML.
  if (element.children.some((child) => child.kind === 'element')) return { kind: 'html', value: htmlContent(element) };
  if (type === 'text' || type.startsWith('text/') || !type.includes('/')) return { kind: 'text', value: textContent(element) };
  // Any other MIME type is carried base64-encoded (RFC 4287 section 4.1.3.3).
  return { kind: 'html', value: decodeBase64(element) };
}

/** Inline XHTML is wrapped in one xhtml <div> that is not part of the content. */
function unwrapDiv(element: XmlElement): XmlElement {
  const elements = element.children.filter((child) => child.kind === 'element');
  const onlyText = element.children.every((child) => child.kind === 'element' || !child.text.trim());
  const [div] = elements;
  return elements.length === 1 && onlyText && div?.kind === 'element' && div.local === 'div' ? div : element;
}

/** Decodes base64 content to UTF-8 text (as HTML, with its relative URLs resolved); invalid input yields ''. */
function decodeBase64(element: XmlElement): string {
  try {
    const binary = atob(textContent(element).replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return absolutizeHtmlUrls(new TextDecoder('utf-8').decode(bytes), element.base);
  } catch {
    return '';
  }
}
