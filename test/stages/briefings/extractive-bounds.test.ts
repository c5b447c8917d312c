// The eval's ceiling and chance level: every set in range scored, checked against a brute force
// over the same sets with rougeN on the joined sentences.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractiveBounds, rougeN, rougeTokens, splitSentences } from '../../../src/stages/briefings/index.ts';
import { article } from './story-fixtures.ts';

const articles = [
  article('a', 'Ferry crews walked out on Tuesday over pay. Crossings to the islands stopped at noon. The union said talks failed.'),
  article('b', 'All ferry crossings stopped on Tuesday as crews struck. The operator called the strike unlawful.'),
  article('c', 'Island shops ran short of milk by evening. Crews say pay has not risen in six years.'),
];
const reference = rougeTokens('Ferry crews went on strike on Tuesday over pay, and crossings to the islands stopped. The operator called it unlawful.');
const limits = { leadSentences: 8, minWords: 10, maxWords: 30, minSentences: 2, maxSentences: 3 };

/** Every sentence in article order, with its words, and the F1 of each set in range by plain rougeN. */
function bruteForce(): number[] {
  const sentences = articles.flatMap((a) => splitSentences(a.text).map((s) => a.text.slice(s.start, s.end)));
  const scores: number[] = [];
  for (let mask = 1; mask < 1 << sentences.length; mask++) {
    const set = sentences.filter((_, i) => mask & (1 << i));
    const words = set.reduce((n, s) => n + s.split(/\s+/).length, 0);
    if (set.length < limits.minSentences || set.length > limits.maxSentences || words < limits.minWords || words > limits.maxWords) continue;
    scores.push(rougeN(set.flatMap(rougeTokens), reference, 2).f1);
  }
  return scores;
}

describe('extractiveBounds', () => {
  it('finds the best set and the mean over all sets in range', () => {
    const expected = bruteForce();
    const bounds = extractiveBounds(articles, reference, limits)!;
    assert.equal(bounds.sets, expected.length);
    assert.ok(Math.abs(bounds.oracle - Math.max(...expected)) < 1e-12);
    assert.ok(Math.abs(bounds.random - expected.reduce((a, b) => a + b, 0) / expected.length) < 1e-12);
    assert.ok(bounds.oracle > bounds.random);
  });

  it('returns null when no set fits', () => {
    assert.equal(extractiveBounds(articles, reference, { ...limits, minSentences: 4, maxSentences: 4, maxWords: 12 }), null);
  });
});
