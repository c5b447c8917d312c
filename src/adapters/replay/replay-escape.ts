// Characters XML 1.0 forbids outright (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF):
// escaping cannot make them legal, so they are dropped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML or HTML content and attribute values, dropping characters XML forbids. */
export function escapeMarkup(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Serialises a value as JSON safe to embed in a `<script>` element. */
export function jsonForScript(value: unknown): string {
  // `</script>` or `<!--` inside a string would end or confuse the element; \u003c keeps the meaning.
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(INVALID_XML_CHARS, '');
}
