import sanitizeHtml from 'sanitize-html';
import type { TextBlock } from './text-block.ts';

// The only markup the article's HTML may hold; sanitize-html enforces it a second time, so that a
// bug in our own serializer can never let active content through.
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'tbody', 'tr', 'td', 'figure', 'figcaption', 'img', 'br', 'a', 'em', 'i', 'strong', 'b', 'code', 'sub', 'sup', 'mark', 'small', 'abbr', 'q', 's', 'u', 'cite'],
  allowedAttributes: { a: ['href'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** The article's HTML from its blocks: one element per block, consecutive list items in one list. */
export function blocksToHtml(blocks: readonly TextBlock[]): string {
  const parts: string[] = [];
  let openList: 'ul' | 'ol' | null = null;
  let openTable = false;
  for (const block of blocks) {
    const list = block.kind === 'li-ul' ? 'ul' : block.kind === 'li-ol' ? 'ol' : null;
    if (openList && list !== openList) parts.push(`</${openList}>`);
    if (list && list !== openList) parts.push(`<${list}>`);
    openList = list;
    if (openTable && block.kind !== 'tr') parts.push('</tbody></table>');
    if (!openTable && block.kind === 'tr') parts.push('<table><tbody>');
    openTable = block.kind === 'tr';
    parts.push(blockHtml(block));
  }
  if (openList) parts.push(`</${openList}>`);
  if (openTable) parts.push('</tbody></table>');
  return sanitizeHtml(parts.join('\n'), SANITIZE);
}

/** One block as an element. */
function blockHtml(block: TextBlock): string {
  switch (block.kind) {
    case 'li-ul':
    case 'li-ol':
      return `<li>${block.html}</li>`;
    case 'tr':
      return `<tr><td>${block.html}</td></tr>`;
    case 'img':
      return `<figure>${block.html}</figure>`;
    case 'figcaption':
      return `<figure><figcaption>${block.html}</figcaption></figure>`;
    default:
      return `<${block.kind}>${block.html}</${block.kind}>`;
  }
}
