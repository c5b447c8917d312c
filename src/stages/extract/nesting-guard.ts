// htmlparser2 keeps its open elements in an array it shifts at every tag, so a page nested
// 100,000 deep costs seconds before our own depth budget is reached. This pass removes the tags
// that would open past a nesting limit (and their closing tags) before the parser sees them.

// Tags that never nest or are closed implicitly by the next of their kind; counting them would
// make an ordinary page of unclosed <p>s look deep.
const NOT_COUNTED = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'tbody', 'thead', '!doctype']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;

/** The HTML with tags nested deeper than `limit` removed; the same string when none is. */
export function limitNesting(html: string, limit: number): string {
  if (maxDepth(html, limit) <= limit) return html;
  let depth = 0;
  return html.replace(TAG, (tag, close: string, name: string, selfClose: string) => {
    if (selfClose || NOT_COUNTED.has(name.toLowerCase())) return tag;
    if (close) return depth-- > limit ? '' : tag;
    return ++depth > limit ? '' : tag;
  });
}

/** The nesting depth of a page by counting tags, stopping early once past `stopAt`. */
function maxDepth(html: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[3] || NOT_COUNTED.has((match[2] as string).toLowerCase())) continue;
    depth += match[1] ? -1 : 1;
    if (depth > max && (max = depth) > stopAt) break;
  }
  TAG.lastIndex = 0;
  return max;
}
