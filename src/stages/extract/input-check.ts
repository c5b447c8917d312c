/** Why an input cannot be an HTML page, or null when it may be one. Cheap checks on its start. */
export function notHtmlReason(html: string): string | null {
  if (html.trim().length === 0) return 'empty input';
  const head = html.slice(0, 4096);
  // Text decoded from binary data is full of NULs and other C0 controls; HTML has almost none.
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) controls++;
  }
  if (controls > head.length * 0.05) return `binary content, not HTML (${controls} control characters in the first ${head.length})`;
  if (/^\s*%PDF-/.test(head)) return 'a PDF document, not HTML';
  if (!/<[a-zA-Z!?]/.test(html.slice(0, 1_000_000))) return 'no HTML markup';
  return null;
}
