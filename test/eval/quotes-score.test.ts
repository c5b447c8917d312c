// The quotes scorer's two counts: issue 5's overlap count, where each prediction and each gold is
// judged on its own, and the stricter one-to-one count, where one wide prediction matches once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyScore, scoreArticle, type GoldArticle, type GoldAttribution, type Piece } from '../../eval/quotes.ts';
import type { Quote } from '../../src/core/quote.ts';

const text = 'Smith said taxes will rise and Smith said wages will fall. Jones said nothing here.';

/** A piece of `text` from its first occurrence of `words`. */
function piece(words: string): Piece {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return [start, start + words.length, words];
}

/** A gold attribution with one source piece and one content piece. */
function gold(source: string, content: string): GoldAttribution {
  return { source: piece(source), content: piece(content), fragments: { source: [piece(source)], content: [piece(content)] } };
}

/** A predicted quote with the given content and speaker. */
function quote(content: string, speaker: string): Quote {
  const [cs, ce] = piece(content);
  const [ss, se] = piece(speaker);
  return { content: [cs, ce], cue: [se + 1, se + 5], speakerSpan: [ss, se], speaker: 'Smith', kind: 'indirect', speakerType: 'person' };
}

const article: GoldArticle = { id: 'a', text, attributions: [gold('Smith', 'taxes will rise'), gold('Smith', 'wages will fall')] };

describe('quotes scorer', () => {
  it('counts a wide prediction over two golds once one to one, and both gold as found in the overlap count', () => {
    const score = emptyScore();
    scoreArticle(article, [quote('taxes will rise and Smith said wages will fall', 'Smith')], score);
    assert.deepEqual(score.sourced, { predicted: 1, gold: 2, matched: 1 });
    assert.deepEqual(score.sourcedOverlap, { predicted: 1, predictedRight: 1, gold: 2, goldFound: 2 });
  });

  it('counts neither when the speaker span misses the source, nor a prediction covering under half the gold', () => {
    const score = emptyScore();
    scoreArticle(article, [quote('taxes will rise', 'Jones'), quote('wages', 'Smith')], score);
    assert.deepEqual(score.sourced, { predicted: 2, gold: 2, matched: 0 });
    assert.deepEqual(score.sourcedOverlap, { predicted: 2, predictedRight: 0, gold: 2, goldFound: 0 });
  });

  it('counts two predictions of one gold as both right but the gold found once', () => {
    const score = emptyScore();
    scoreArticle(article, [quote('taxes will rise', 'Smith'), quote('taxes will rise and', 'Smith')], score);
    assert.deepEqual(score.sourced, { predicted: 2, gold: 2, matched: 1 });
    assert.deepEqual(score.sourcedOverlap, { predicted: 2, predictedRight: 2, gold: 2, goldFound: 1 });
  });
});
