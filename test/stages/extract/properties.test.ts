import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractArticle } from '../../../src/stages/extract/index.ts';

// Words without markup characters, so that every output word can be looked for in the input.
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,12}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
const TAGS = ['p', 'div', 'span', 'article', 'section', 'li', 'ul', 'h2', 'blockquote', 'a', 'b', 'em', 'table', 'td', 'tr', 'nav', 'aside', 'footer', 'header', 'form', 'script', 'style', 'iframe', 'button'];
const ATTRS = ['', ' class="article-body"', ' class="share"', ' id="main"', ' onclick="alert(1)"', ' href="javascript:alert(1)"', ' style="display:none"', ' src="javascript:x"', ' hidden'];

/** A random HTML fragment: nested elements with text, attributes (some hostile) and stray tags. */
const fragment: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 })).map(([tag, attr, kids]) => `<${tag}${attr}>${kids.join(' ')}</${tag}>`),
    fc.constantFrom('<br>', '<img src="x.png" onerror="alert(1)">', '</div>', '<p>', '<!-- note -->', '&amp; &lt;b&gt;', '<svg><script>alert(1)</script></svg>'),
  ),
})).node as fc.Arbitrary<string>;

const page = fc.array(fragment, { minLength: 1, maxLength: 8 }).map((parts) => `<html><head><title>T</title></head><body>${parts.join('\n')}</body></html>`);

/** Words (letters and digits) of a text. */
function words(text: string): string[] {
  return text.match(/[A-Za-zÀ-ÿ0-9]+/g) ?? [];
}

describe('extractArticle properties (generated HTML)', () => {
  it('never throws and always gives an article or a reason', () => {
    fc.assert(
      fc.property(page, (html) => {
        const outcome = extractArticle(html, { url: 'https://example.org/x' });
        assert.ok(outcome.kind === 'article' || (outcome.kind === 'no-article' && outcome.reason.length > 0));
      }),
      { numRuns: 300 },
    );
  });

  it('output text comes from the input text', () => {
    fc.assert(
      fc.property(page, (html) => {
        const outcome = extractArticle(html, { url: null });
        if (outcome.kind !== 'article') return;
        const input = new Set(words(html.replace(/&lt;|&gt;|&amp;/g, ' ')));
        for (const w of words(outcome.article.text)) assert.ok(input.has(w), `"${w}" is not in the input`);
      }),
      { numRuns: 300 },
    );
  });

  it('sanitized HTML never holds active content', () => {
    fc.assert(
      fc.property(page, (html) => {
        const outcome = extractArticle(html, { url: 'https://example.org/x' });
        if (outcome.kind !== 'article') return;
        const out = outcome.article.html;
        assert.ok(!/<(script|style|iframe|form|object|embed|svg|button|input)\b/i.test(out), out);
        assert.ok(!/\son[a-z]+\s*=/i.test(out), out);
        assert.ok(!/javascript:/i.test(out), out);
        assert.ok(!/\sstyle\s*=/i.test(out), out);
      }),
      { numRuns: 300 },
    );
  });
});
