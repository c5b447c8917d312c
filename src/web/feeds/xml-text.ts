// Escaping for XML and HTML text and attributes, and removal of characters XML 1.0 forbids.

// Control characters other than tab, newline and carriage return are not allowed in XML 1.0 at all.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside XML or HTML elements and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** HTML text escaping (numeric apostrophe, which every HTML parser knows). */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/&apos;/g, '&#39;');
}
