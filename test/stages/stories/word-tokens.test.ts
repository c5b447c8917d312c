import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WORD, wordTokens } from '../../../src/stages/stories/word-tokens.ts';

/** The words as the regular expression finds them, lower-cased, possessive 's dropped. */
function reference(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/['’]s$/, ''));
}

describe('wordTokens', () => {
  it('finds the same words as the WORD expression, in any script and around joiners', () => {
    const texts = [
      "O'Neill's U.S. plan: 3.5% more—“Ça va?” said Ünal’s aide.",
      'İstanbul Straße ΣΟΦΊΑ naïve cafe\u0301 中文 ٣٤ ² Ⅻ ǅemal',
      '𝒜lpha 𝒜 😀x \ud835 lone \udc9c surrogates',
      "trailing joiners. ' ’ .. a'.b x’ 'y end.",
      '',
      '...',
    ];
    for (const text of texts) assert.deepEqual(wordTokens(text, 20_000).words, reference(text), text);
    // Random strings over the characters that matter.
    const alphabet = ['a', 'Z', '0', ' ', '.', "'", '’', '“', 'é', 'e\u0301', 'İ', 'Σ', '²', '中', '𝒜', '😀', '\ud835', '_', 's'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: Math.floor(next() * 16) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      assert.deepEqual(wordTokens(text, 20_000).words, reference(text), JSON.stringify(text));
    }
  });

  it('flags capitalised words inside a sentence as parts of names', () => {
    const { words, proper } = wordTokens('The mayor met Ana Ortiz. Then Council voted; "Bridge" opened.', 20_000);
    assert.deepEqual(words, ['the', 'mayor', 'met', 'ana', 'ortiz', 'then', 'council', 'voted', 'bridge', 'opened']);
    assert.deepEqual(proper, [false, false, false, true, true, false, true, false, false, false]);
    assert.deepEqual(wordTokens('Mayor Meets Ana Ortiz', 20_000, true).proper, [false, false, false, false], 'a Title Case headline says nothing');
    assert.deepEqual(wordTokens('one two three', 7).words, ['one', 'two'], 'read up to maxChars');
  });
});
