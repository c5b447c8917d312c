// Bad input of issue 5: unbalanced marks, 5 MB texts, no sentences, mixed scripts. Each gives a
// defined result (valid, ordered spans) and never throws; a generous time bound catches a
// runaway (quadratic) rule without being a flaky speed test — bench/quotes.ts measures speed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, type Quote } from '../../../src/stages/quotes/index.ts';
import { adversarialTexts } from './adversarial-texts.ts';

/** Asserts every span of every quote lies within the text, start before end. */
function assertValidSpans(text: string, quotes: readonly Quote[]): void {
  for (const q of quotes) {
    for (const span of [q.content, q.cue, ...(q.speakerSpan ? [q.speakerSpan] : [])]) {
      assert.ok(span[0] >= 0 && span[0] < span[1] && span[1] <= text.length, `bad span ${span.join(',')}`);
    }
  }
  for (let i = 1; i < quotes.length; i++) assert.ok(quotes[i - 1]!.content[0] <= quotes[i]!.content[0], 'quotes out of order');
}

describe('findQuotes on bad input', () => {
  it('returns nothing for empty and blank text', () => {
    assert.deepEqual(findQuotes(''), []);
    assert.deepEqual(findQuotes(' \n\n\t '), []);
  });

  it('ends an unclosed quote with its paragraph instead of swallowing the article', () => {
    const text = '“We will win, Trump said.\n\nClinton said that the polls were wrong about the race.';
    const quotes = findQuotes(text);
    assertValidSpans(text, quotes);
    assert.ok(quotes.every((q) => q.content[1] <= text.indexOf('\n') || q.content[0] > text.indexOf('\n')));
    assert.ok(quotes.some((q) => text.slice(...q.content) === 'that the polls were wrong about the race'));
  });

  it('handles stray closing marks and lone apostrophes', () => {
    const text = 'He said” nothing. ” ’ \' ‘ The end” said he.';
    assertValidSpans(text, findQuotes(text));
  });

  it('handles surrogate pairs, combining marks and right-to-left text', () => {
    const text = '“Emoji 👍🏽 and é and עברית,” she said. قال الرئيس "سننتصر" 习近平说“我们会赢”';
    const quotes = findQuotes(text);
    assertValidSpans(text, quotes);
    assert.equal(text.slice(...quotes[0]!.content), '“Emoji 👍🏽 and é and עברית,”');
  });

  for (const [name, text] of adversarialTexts(1_000_000)) {
    it(`1 MB of ${name}: valid spans, well under a generous bound`, () => {
      const started = performance.now();
      const quotes = findQuotes(text);
      const ms = performance.now() - started;
      assertValidSpans(text, quotes);
      // Linear code does 1 MB in well under a second here; quadratic code would take minutes.
      assert.ok(ms < 15_000, `${name} took ${ms.toFixed(0)} ms`);
    });
  }

  it('takes a 5 MB article in one piece', () => {
    const [, text] = adversarialTexts(5_000_000).find(([name]) => name === 'news text')!;
    const quotes = findQuotes(text);
    assert.ok(quotes.length > 10_000);
    assertValidSpans(text, quotes);
  });
});
